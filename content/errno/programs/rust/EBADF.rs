// A file opened for reading only is written to.
use std::fs::{self, File};
use std::io::Write;

const EBADF: i32 = 9; // libc::EBADF

fn main() {
    fs::write("notes.txt", "draft\n").unwrap();
    let mut notes = File::open("notes.txt").unwrap();
    let err = notes.write_all(b"more\n").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.raw_os_error() == Some(EBADF) { 0 } else { 1 });
}
