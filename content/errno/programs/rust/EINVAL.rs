// A folder is moved into its own subfolder.
use std::fs;
use std::io::ErrorKind;

fn main() {
    fs::create_dir_all("photos/2024").unwrap();
    let err = fs::rename("photos", "photos/2024/photos").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.kind() == ErrorKind::InvalidInput { 0 } else { 1 });
}
