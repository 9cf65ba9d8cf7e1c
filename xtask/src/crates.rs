//! The crates published to crates.io — `pinwarden` (the core), `pinwarden-js` (the
//! JavaScript errors the Yew crate's element shares with the npm package) and
//! `pinwarden-yew` (the Yew component) — checked as their users will get them: rustdoc
//! without a warning, the Yew example application built for the browser and used in
//! Chromium, and `cargo package` of all three, offline.

use std::process::Command;

use crate::cmd::{self, Result};
use crate::tools;

/// The published crates, in dependency order.
const PUBLISHED: [&str; 3] = ["pinwarden", "pinwarden-js", "pinwarden-yew"];

/// `cargo doc` of the published crates; a rustdoc warning (a broken intra-doc link, an
/// unclosed HTML tag in a doc comment…) fails.
pub fn docs() -> Result {
    let mut command = Command::new(cmd::cargo_path());
    command
        .args(["doc", "--no-deps", "--locked"])
        .args(PUBLISHED.iter().flat_map(|name| ["-p", name]))
        .current_dir(cmd::root())
        .env("RUSTDOCFLAGS", "-D warnings");
    cmd::run_command(&mut command)
}

/// The Yew example application (`web/examples/choose_pin/`), built for the browser as its
/// README says (cargo, then wasm-bindgen) and used in headless Chromium.
pub fn yew_example() -> Result {
    tools::wasm_target()?;
    tools::wasm_bindgen_cli()?;
    tools::chromium()?;
    tools::npm_ci("npm")?;
    cmd::cargo(&[
        "build",
        "--locked",
        "-p",
        "pinwarden-yew",
        "--example",
        "choose_pin",
        "--target",
        "wasm32-unknown-unknown",
    ])?;
    let site = cmd::root().join("target").join("choose_pin");
    let wasm = cmd::root().join("target/wasm32-unknown-unknown/debug/examples/choose_pin.wasm");
    let mut bindgen = Command::new("wasm-bindgen");
    bindgen
        .args(["--target", "web", "--out-dir"])
        .arg(&site)
        .arg(&wasm);
    cmd::run_command(&mut bindgen)?;
    let page = cmd::root().join("web/examples/choose_pin/index.html");
    std::fs::copy(&page, site.join("index.html"))
        .map_err(|error| cmd::Failure::new(format!("{}: {error}", page.display())))?;
    cmd::node("web/tests/yew-example.mjs", &[site.as_os_str()])
}

/// `cargo package` of the crates in one command: cargo packages workspace members that
/// depend on each other together, resolving `pinwarden-yew`'s dependencies on `pinwarden`
/// and `pinwarden-js` to the ones just packaged (not to crates.io, where this version may not exist yet).
/// Each package is then verified by building it from its own tarball, which proves that
/// every file a build needs is in the package. `--offline`: every other dependency comes
/// from the local registry cache that the workspace's own build filled. `--allow-dirty`
/// lets a developer run the tests before committing (a fresh clone, as in CI, is clean).
///
/// The verification builds go to a target folder of their own: in the workspace's, the
/// packaged `pinwarden-yew` (built with its normal dependencies only) took the place of
/// the workspace's (built with the tests' Yew features), and the next `cargo test` failed
/// with "multiple different versions of crate `yew`".
pub fn package() -> Result {
    let target = cmd::root().join("target").join("package-verify");
    forget_packaged_crates(&target);
    let mut command = Command::new(cmd::cargo_path());
    command
        .args([
            "package",
            "--locked",
            "--offline",
            "--allow-dirty",
            "--target-dir",
        ])
        .arg(&target)
        .args(PUBLISHED.iter().flat_map(|name| ["-p", name]))
        .current_dir(cmd::root());
    cmd::run_command(&mut command)
}

/// Removes what earlier `cargo package` runs left of the crates of this workspace: their
/// copies in cargo's registry folders and their builds in the verification's target
/// folder. Cargo takes a registry crate of one version to never change, so it trusts both:
/// a fresh clone at the path of an earlier one was verified against the earlier run's
/// sources, and a developer's second run against the first run's builds.
fn forget_packaged_crates(target: &std::path::Path) {
    // Builds: `.fingerprint/<crate>-<hash>`; without it, cargo builds the crate again.
    if let Ok(entries) = std::fs::read_dir(target.join("debug").join(".fingerprint")) {
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let ours = PUBLISHED.iter().any(|krate| {
                name.strip_prefix(krate)
                    .and_then(|rest| rest.strip_prefix('-'))
                    .is_some_and(|hash| hash.bytes().all(|b| b.is_ascii_hexdigit()))
            });
            if ours {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|home| std::path::Path::new(&home).join(".cargo"))
        });
    let Some(home) = home else { return };
    for kind in ["src", "cache"] {
        let Ok(registries) = std::fs::read_dir(home.join("registry").join(kind)) else {
            continue;
        };
        // Only the temporary registries of `cargo package`, never crates.io's.
        for entry in registries
            .flatten()
            .filter(|registry| !registry.file_name().to_string_lossy().contains("crates.io"))
            .filter_map(|registry| std::fs::read_dir(registry.path()).ok())
            .flatten()
            .flatten()
        {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let ours = PUBLISHED.iter().any(|krate| {
                name.strip_prefix(krate)
                    .and_then(|rest| rest.strip_prefix('-'))
                    .is_some_and(|version| version.starts_with(|c: char| c.is_ascii_digit()))
            });
            if ours {
                let path = entry.path();
                // Best effort: what cannot be removed is left as it was.
                let _ = if path.is_dir() {
                    std::fs::remove_dir_all(&path)
                } else {
                    std::fs::remove_file(&path)
                };
            }
        }
    }
}
