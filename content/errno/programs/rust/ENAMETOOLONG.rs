// A file name built from data grows past the 255 bytes a Linux file name may have.
use std::fs;

const ENAMETOOLONG: i32 = 36; // libc::ENAMETOOLONG

fn main() {
    let name = "report-".repeat(40) + ".txt";
    let err = fs::write(&name, "x").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.raw_os_error() == Some(ENAMETOOLONG) { 0 } else { 1 });
}
