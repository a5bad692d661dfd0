// The log path names a folder, and the program opens it to write.
use std::fs::{self, OpenOptions};

const EISDIR: i32 = 21; // libc::EISDIR

fn main() {
    fs::create_dir("logs").unwrap();
    let err = OpenOptions::new().append(true).open("logs").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.raw_os_error() == Some(EISDIR) { 0 } else { 1 });
}
