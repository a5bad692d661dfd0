// A second server tries to listen on a port the first one holds.
use std::io::ErrorKind;
use std::net::TcpListener;

fn main() {
    let first = TcpListener::bind("127.0.0.1:0").unwrap();
    let err = TcpListener::bind(first.local_addr().unwrap()).unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.kind() == ErrorKind::AddrInUse { 0 } else { 1 });
}
