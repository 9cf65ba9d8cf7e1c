//! `cargo xtask web`: builds the `<pin-field>` element package into `web/pkg/` (plain
//! `cargo build` + `wasm-bindgen --target web` + npm binaryen's `wasm-opt -Oz`).

use crate::cmd::{self, Result};
use crate::{npm, wasm};

/// The folder holding the assembled element package.
pub fn package_dir() -> std::path::PathBuf {
    cmd::root().join("web").join("pkg")
}

pub fn build() -> Result {
    let package = package_dir();
    wasm::build_for_web("pinwarden-yew", "pinwarden_yew", &package)?;
    npm::copy_tree(&cmd::root().join("web").join("element"), &package)?;
    println!("assembled {}", package.display());
    Ok(())
}

/// Raw, gzip and brotli sizes of the element package, against its 150 KB gzip budget.
pub fn size_report() -> Result {
    cmd::node_script(
        "size-report.mjs",
        &[package_dir().as_os_str(), "element".as_ref()],
    )
}
