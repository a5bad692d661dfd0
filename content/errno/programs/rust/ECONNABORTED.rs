// Something on the machine destroys the connection (here `ss --kill`, in real life a VPN or firewall agent).
use std::io::{ErrorKind, Read};
use std::net::{TcpListener, TcpStream};
use std::process::Command;

fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let mut client = TcpStream::connect(addr).unwrap();
    let _server = listener.accept().unwrap();
    Command::new("ss").args(["--kill", "--tcp", "dst", &addr.to_string()]).output().unwrap();
    let err = client.read(&mut [0u8; 64]).unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.kind() == ErrorKind::ConnectionAborted { 0 } else { 1 });
}
