// Removing a folder that still holds a file, with the call that removes only empty folders.
use std::fs;

const ENOTEMPTY: i32 = 39; // libc::ENOTEMPTY

fn main() {
    fs::create_dir("build").unwrap();
    fs::write("build/app.js", "1").unwrap();
    let err = fs::remove_dir("build").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.raw_os_error() == Some(ENOTEMPTY) { 0 } else { 1 });
}
