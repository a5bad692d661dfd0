// The server is configured to listen on an address this machine does not have.
use std::io::ErrorKind;
use std::net::TcpListener;

fn main() {
    let err = TcpListener::bind("192.0.2.10:8080").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.kind() == ErrorKind::AddrNotAvailable { 0 } else { 1 });
}
