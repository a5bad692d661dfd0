// The API's address from configuration, scheme included, is used as a host name.
use std::net::TcpStream;

fn main() {
    let err = TcpStream::connect(("https://api.example.com", 443)).unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    // A resolver failure carries no errno: only its message tells which failure it was.
    let not_found = err.raw_os_error().is_none() && err.to_string().contains("Name or service not known");
    std::process::exit(if not_found { 0 } else { 1 });
}
