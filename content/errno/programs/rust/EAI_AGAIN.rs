// The configured DNS server cannot be reached: the machine has no network.
use std::net::TcpStream;

fn main() {
    let err = TcpStream::connect(("db.example.com", 5432)).unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    // A resolver failure carries no errno: only its message tells which failure it was.
    let temporary = err.raw_os_error().is_none() && err.to_string().contains("Temporary failure in name resolution");
    std::process::exit(if temporary { 0 } else { 1 });
}
