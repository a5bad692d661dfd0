// The file exists, but its permissions do not let this user read it.
use std::fs;
use std::io::ErrorKind;
use std::os::unix::fs::PermissionsExt;

fn main() {
    fs::write("secret.txt", "token").unwrap();
    fs::set_permissions("secret.txt", fs::Permissions::from_mode(0o000)).unwrap();
    let err = fs::read_to_string("secret.txt").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.kind() == ErrorKind::PermissionDenied { 0 } else { 1 });
}
