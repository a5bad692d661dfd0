// A write to a device that is always full (/dev/full), as a write to a full disk fails.
use std::fs::OpenOptions;
use std::io::Write;

const ENOSPC: i32 = 28; // libc::ENOSPC

fn main() {
    let mut full = OpenOptions::new().write(true).open("/dev/full").unwrap();
    let err = full.write_all(b"report\n").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.raw_os_error() == Some(ENOSPC) { 0 } else { 1 });
}
