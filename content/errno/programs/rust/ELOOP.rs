// Two symbolic links that point at each other.
use std::fs;
use std::os::unix::fs::symlink;

const ELOOP: i32 = 40; // libc::ELOOP

fn main() {
    symlink("b.conf", "a.conf").unwrap();
    symlink("a.conf", "b.conf").unwrap();
    let err = fs::read_to_string("a.conf").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.raw_os_error() == Some(ELOOP) { 0 } else { 1 });
}
