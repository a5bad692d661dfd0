// No route leaves the machine (a container without a network, a laptop offline): only loopback works.
use std::net::TcpStream;

const ENETUNREACH: i32 = 101; // libc::ENETUNREACH

fn main() {
    let err = TcpStream::connect("203.0.113.5:443").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.raw_os_error() == Some(ENETUNREACH) { 0 } else { 1 });
}
