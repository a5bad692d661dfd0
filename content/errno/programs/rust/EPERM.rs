// A hard link to a folder: Linux refuses it to every user, root included.
use std::fs;
use std::io::ErrorKind;

fn main() {
    fs::create_dir("photos").unwrap();
    let err = fs::hard_link("photos", "photos-backup").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    // EPERM and EACCES both map to PermissionDenied; raw_os_error() tells them apart (libc::EPERM is 1).
    std::process::exit(if err.kind() == ErrorKind::PermissionDenied && err.raw_os_error() == Some(1) { 0 } else { 1 });
}
