// A finished file is renamed into a folder on another file system (/dev/shm is a separate tmpfs).
use std::fs;

const EXDEV: i32 = 18; // libc::EXDEV

fn main() {
    fs::write("upload.tmp", "data").unwrap();
    let err = fs::rename("upload.tmp", "/dev/shm/upload.dat").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.raw_os_error() == Some(EXDEV) { 0 } else { 1 });
}
