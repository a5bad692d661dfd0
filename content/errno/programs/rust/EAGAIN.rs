// A non-blocking read on a connection that has no data yet.
use std::io::{ErrorKind, Read};
use std::net::{TcpListener, TcpStream};

fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let mut client = TcpStream::connect(listener.local_addr().unwrap()).unwrap();
    let _server = listener.accept().unwrap(); // connected, silent
    client.set_nonblocking(true).unwrap();
    let err = client.read(&mut [0u8; 64]).unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.kind() == ErrorKind::WouldBlock { 0 } else { 1 });
}
