// Nothing listens on the port any more: it was bound a moment ago and closed.
use std::io::ErrorKind;
use std::net::{TcpListener, TcpStream};

fn main() {
    let addr = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap(); // dropped: closed again
    let err = TcpStream::connect(addr).unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.kind() == ErrorKind::ConnectionRefused { 0 } else { 1 });
}
