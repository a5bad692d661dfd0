// The server closes the connection with the request still unread, which sends a reset; the client's read fails.
use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};

fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let mut client = TcpStream::connect(listener.local_addr().unwrap()).unwrap();
    let (server, _) = listener.accept().unwrap();
    client.write_all(b"GET / HTTP/1.1\r\n\r\n").unwrap();
    server.peek(&mut [0u8; 1]).unwrap(); // the request has arrived, unread
    drop(server);
    let err = client.read(&mut [0u8; 64]).unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.kind() == ErrorKind::ConnectionReset { 0 } else { 1 });
}
