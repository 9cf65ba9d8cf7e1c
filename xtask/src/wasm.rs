//! Building a crate for browsers without tools that download binaries: plain `cargo build`
//! for wasm32, `wasm-bindgen --target web` (the CLI at the version in Cargo.lock) and npm
//! binaryen's `wasm-opt -Oz` (see docs/contributing.md).

use std::path::Path;
use std::process::Command;

use crate::cmd::{self, Failure, Result};
use crate::{npm, tools};

/// Builds `package` (whose library is `lib_name`) into `out`, which is emptied first:
/// `{lib_name}.js`, its `.d.ts` and `{lib_name}_bg.wasm`, optimised for size.
pub fn build_for_web(package: &str, lib_name: &str, out: &Path) -> Result {
    build_for_web_with_features(package, lib_name, out, "")
}

/// [`build_for_web`] with these cargo `features` (comma-separated) on.
pub fn build_for_web_with_features(
    package: &str,
    lib_name: &str,
    out: &Path,
    features: &str,
) -> Result {
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
        package,
        "--lib",
        "--features",
        features,
    ])?;
    if out.exists() {
        std::fs::remove_dir_all(out)
            .map_err(|e| Failure::new(format!("{}: {e}", out.display())))?;
    }
    let wasm = cmd::root()
        .join("target/wasm32-unknown-unknown/release")
        .join(format!("{lib_name}.wasm"));
    let mut bindgen = Command::new("wasm-bindgen");
    bindgen
        .args(["--target", "web", "--out-name", lib_name, "--out-dir"])
        .arg(out)
        .arg(&wasm);
    cmd::run_command(&mut bindgen)?;
    let output = out.join(format!("{lib_name}_bg.wasm"));
    let mut optimize = Command::new("wasm-opt");
    optimize
        .arg("-Oz")
        .arg(&output)
        .arg("-o")
        .arg(&output)
        .env("PATH", npm::path_with_npm_tools());
    cmd::run_command(&mut optimize)
}
