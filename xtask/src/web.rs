//! `cargo xtask web`: builds the `<pin-field>` element package into `web/pkg/` (plain
//! `cargo build` + `wasm-bindgen --target web` + npm binaryen's `wasm-opt -Oz`).

use std::process::Command;

use crate::cmd::{self, Failure, Result};
use crate::{npm, tools};

/// The folder holding the assembled element package.
pub fn package_dir() -> std::path::PathBuf {
    cmd::root().join("web").join("pkg")
}

pub fn build() -> Result {
    tools::wasm_target()?;
    tools::wasm_bindgen_cli()?;
    tools::npm_ci("npm")?;
    cmd::cargo(&[
        "build",
        "--locked",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "pinwarden-web",
        "--lib",
    ])?;
    let package = package_dir();
    if package.exists() {
        std::fs::remove_dir_all(&package)
            .map_err(|e| Failure::new(format!("{}: {e}", package.display())))?;
    }
    let wasm = cmd::root().join("target/wasm32-unknown-unknown/release/pinwarden_web.wasm");
    let mut bindgen = Command::new("wasm-bindgen");
    bindgen
        .args([
            "--target",
            "web",
            "--out-name",
            "pinwarden_web",
            "--out-dir",
        ])
        .arg(&package)
        .arg(&wasm);
    cmd::run_command(&mut bindgen)?;
    let output = package.join("pinwarden_web_bg.wasm");
    let mut optimize = Command::new("wasm-opt");
    optimize
        .arg("-Oz")
        .arg(&output)
        .arg("-o")
        .arg(&output)
        .env("PATH", npm::path_with_npm_tools());
    cmd::run_command(&mut optimize)?;
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
