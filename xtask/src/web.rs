//! `cargo xtask web`: builds the `<pin-field>` element package into `web/pkg/` (plain
//! `cargo build` + `wasm-bindgen --target web` + npm binaryen's `wasm-opt -Oz`).

use crate::cmd::{self, Result};
use crate::{npm, tools, wasm};

/// The folder holding the assembled element package.
pub fn package_dir() -> std::path::PathBuf {
    cmd::root().join("web").join("pkg")
}

/// The folder holding the oracle build: the same crate with the `assess` export, which
/// the model-based test asks what the element must show.
pub fn oracle_dir() -> std::path::PathBuf {
    cmd::root().join("target").join("web-oracle")
}

pub fn build() -> Result {
    // The oracle first, so that the last build in target/ is the element's own.
    wasm::build_for_web_with_features("pinwarden-yew", "pinwarden_yew", &oracle_dir(), "oracle")?;
    let package = package_dir();
    // Yew's tracing compiled out (see the feature in web/Cargo.toml).
    wasm::build_for_web_with_features(
        "pinwarden-yew",
        "pinwarden_yew",
        &package,
        "element-package",
    )?;
    npm::copy_tree(&cmd::root().join("web").join("element"), &package)?;
    minify(&package, &["pin-field.js", "pinwarden_yew.js"])?;
    println!("assembled {}", package.display());
    Ok(())
}

/// Minifies the package's JavaScript in place with esbuild (from the npm workspace, where
/// Vite brings it): a page that loads the element without a bundler downloads 4 KB less.
/// The modules stay ES modules with the same imports and exports.
fn minify(package: &std::path::Path, files: &[&str]) -> Result {
    tools::npm_ci("npm")?;
    let esbuild = cmd::root().join("npm/node_modules/.bin/esbuild");
    for file in files {
        let path = package.join(file);
        let mut command = std::process::Command::new(&esbuild);
        command
            .arg(&path)
            .args([
                "--minify",
                "--format=esm",
                "--allow-overwrite",
                "--log-level=warning",
            ])
            .arg(format!("--outfile={}", path.display()))
            .current_dir(cmd::root());
        cmd::run_command(&mut command)?;
    }
    Ok(())
}

/// `cargo xtask fuzz-ui STEPS`: builds what the model-based test needs (the npm package
/// for its histories, the element and its oracle) and runs it for `steps` steps.
pub fn fuzz_ui(steps: u32) -> Result {
    tools::chromium()?;
    npm::build()?;
    build()?;
    model_test(steps)
}

/// The model-based test of `<pin-field>` (`web/tests/element-model.mjs`): `steps`
/// random steps from a seed that changes with every run (printed on failure).
pub fn model_test(steps: u32) -> Result {
    let steps = steps.to_string();
    cmd::node(
        "web/tests/element-model.mjs",
        &[
            package_dir().as_os_str(),
            oracle_dir().as_os_str(),
            npm::package_dir().as_os_str(),
            "--steps".as_ref(),
            steps.as_ref(),
        ],
    )
}

/// Raw, gzip and brotli sizes of the element package, against its 150 KB gzip budget.
pub fn size_report() -> Result {
    cmd::node_script(
        "size-report.mjs",
        &[package_dir().as_os_str(), "element".as_ref()],
    )
}
