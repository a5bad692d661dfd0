// The program reads a configuration file that is not there.
use std::fs;
use std::io::ErrorKind;

fn main() {
    let err = fs::read_to_string("config.json").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.kind() == ErrorKind::NotFound { 0 } else { 1 });
}
