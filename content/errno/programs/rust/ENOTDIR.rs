// A path goes through a file as if it were a folder.
use std::fs;

const ENOTDIR: i32 = 20; // libc::ENOTDIR

fn main() {
    fs::write("config.json", "{}").unwrap();
    let err = fs::read_to_string("config.json/app.conf").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.raw_os_error() == Some(ENOTDIR) { 0 } else { 1 });
}
