//! Installing what the tests need when it is missing, and saying so when it cannot.

use crate::cmd::{self, Failure, Result};

/// rustfmt and clippy, from rustup when missing.
pub fn rust_components() -> Result {
    for (component, probe) in [
        ("rustfmt", ["fmt", "--version"]),
        ("clippy", ["clippy", "--version"]),
    ] {
        if cmd::succeeds(&cmd::cargo_path(), &probe) {
            continue;
        }
        println!("{component} is missing: installing it with rustup");
        cmd::run("rustup", &["component", "add", component]).map_err(|failure| {
            Failure::new(format!("could not install {component} ({failure}); install it with `rustup component add {component}`"))
        })?;
    }
    Ok(())
}
