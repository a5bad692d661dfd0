// The routing table marks 198.51.100.0/24 unreachable, as a VPN or a gateway that knows the host is down does.
use std::net::TcpStream;

const EHOSTUNREACH: i32 = 113; // libc::EHOSTUNREACH

fn main() {
    let err = TcpStream::connect("198.51.100.7:5432").unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.raw_os_error() == Some(EHOSTUNREACH) { 0 } else { 1 });
}
