// Files are opened in a loop and never closed, until the process's descriptor limit is reached.
use std::fs::File;

const EMFILE: i32 = 24; // libc::EMFILE

fn main() {
    let mut open = Vec::new();
    let err = loop {
        match File::create(format!("part-{}.csv", open.len())) {
            Ok(f) => open.push(f),
            Err(e) => break e,
        }
    };
    println!("{}", err);
    println!("{:?}", err);
    std::process::exit(if err.raw_os_error() == Some(EMFILE) { 0 } else { 1 });
}
