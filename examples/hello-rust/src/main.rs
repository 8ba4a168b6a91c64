//! hello prints a greeting, or its version with --version.

/// The version: `DISTRO_VERSION` at build time (distro-actions sets it), else the crate version.
const VERSION: &str = match option_env!("DISTRO_VERSION") {
    Some(v) => v,
    None => env!("CARGO_PKG_VERSION"),
};

fn main() {
    if std::env::args().nth(1).as_deref() == Some("--version") {
        println!("hello {}", VERSION);
        return;
    }
    println!("Hello, world!");
}
