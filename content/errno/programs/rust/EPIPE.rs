// The server has closed the connection; the first write draws a reset, the next one fails.
use std::io::{ErrorKind, Write};
use std::net::{TcpListener, TcpStream};
use std::{thread, time::Duration};

fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let mut client = TcpStream::connect(listener.local_addr().unwrap()).unwrap();
    drop(listener.accept().unwrap());
    let err = loop {
        thread::sleep(Duration::from_millis(20));
        if let Err(e) = client.write_all(b"data\n") {
            break e;
        }
    };
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.kind() == ErrorKind::BrokenPipe { 0 } else { 1 });
}
