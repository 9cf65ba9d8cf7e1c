//! `cargo xtask web`: builds the `<pin-field>` element package into `web/pkg/` (plain
//! `cargo build` + `wasm-bindgen --target web` + npm binaryen's `wasm-opt -Oz`).

use std::process::Command;

use crate::cmd::{self, Result};
use crate::{npm, wasm};

/// The folder holding the assembled element package.
pub fn package_dir() -> std::path::PathBuf {
    cmd::root().join("web").join("pkg")
}

pub fn build() -> Result {
    let package = package_dir();
    wasm::build_for_web("pinwarden-web", "pinwarden_web", &package)?;
    npm::copy_tree(&cmd::root().join("web").join("element"), &package)?;
    println!("assembled {}", package.display());
    Ok(())
}

/// Raw, gzip and brotli sizes of the element package, against its 150 KB gzip budget.
pub fn size_report() -> Result {
    let mut command = Command::new("node");
    command
        .arg(
            cmd::root()
                .join("npm")
                .join("scripts")
                .join("size-report.mjs"),
        )
        .arg(package_dir())
        .arg("element")
        .current_dir(cmd::root());
    cmd::run_command(&mut command)
}
