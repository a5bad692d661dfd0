// The output folder is created on every run; the second run finds it there.
use std::fs;
use std::io::ErrorKind;

fn main() {
    fs::create_dir("build").unwrap();
    let err = fs::create_dir("build").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.kind() == ErrorKind::AlreadyExists { 0 } else { 1 });
}
