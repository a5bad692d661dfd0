// The file system is mounted read-only (here everything but the working folder, as in a locked-down container).
use std::fs;

const EROFS: i32 = 30; // libc::EROFS

fn main() {
    let err = fs::write("/tmp/report.txt", "done\n").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.raw_os_error() == Some(EROFS) { 0 } else { 1 });
}
