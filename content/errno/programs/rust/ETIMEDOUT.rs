// A server that stopped accepting: once its listen queue is full, its kernel ignores new connection attempts.
use std::io::ErrorKind;
use std::net::{TcpListener, TcpStream};

fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap(); // never accepts
    let addr = listener.local_addr().unwrap();
    let mut queued = Vec::new();
    let err = loop {
        match TcpStream::connect(addr) {
            Ok(stream) => queued.push(stream),
            Err(e) => break e,
        }
    };
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.kind() == ErrorKind::TimedOut { 0 } else { 1 });
}
