//! Installing what the builds and tests need when it is missing, and saying clearly what
//! could not be installed. Each check is quick when the tool is already there.

use std::path::Path;

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
            Failure::new(format!(
                "could not install {component} ({failure}); install it with `rustup component add {component}`"
            ))
        })?;
    }
    Ok(())
}

/// The wasm32-unknown-unknown target, from rustup when missing.
pub fn wasm_target() -> Result {
    let installed = cmd::output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|line| line.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    println!("the wasm32 target is missing: installing it with rustup");
    cmd::run("rustup", &["target", "add", "wasm32-unknown-unknown"]).map_err(|f| {
        Failure::new(format!(
            "could not add the wasm32-unknown-unknown target: {f}"
        ))
    })
}

/// The wasm-bindgen version pinned in Cargo.lock.
pub fn wasm_bindgen_version() -> Result<String> {
    let pkgid = cmd::output(&cmd::cargo_path(), &["pkgid", "-p", "wasm-bindgen"])
        .ok_or_else(|| Failure::new("`cargo pkgid -p wasm-bindgen` failed"))?;
    pkgid
        .trim()
        .rsplit(['@', '#'])
        .next()
        .map(str::to_owned)
        .ok_or_else(|| Failure::new(format!("cannot read a version in `{}`", pkgid.trim())))
}

/// wasm-bindgen-cli at exactly the version in Cargo.lock (wasm-pack uses the one on PATH).
pub fn wasm_bindgen_cli() -> Result {
    let wanted = wasm_bindgen_version()?;
    let have = cmd::output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(wanted.as_str()) {
        return Ok(());
    }
    println!(
        "wasm-bindgen-cli {wanted} is missing (found: {}); installing it (about 4 minutes)",
        have.trim()
    );
    // Without --locked: its lock file names crate versions the registry here may lack.
    cmd::cargo(&["install", "wasm-bindgen-cli", "--version", &wanted])
        .map_err(|f| Failure::new(format!("could not install wasm-bindgen-cli {wanted}: {f}")))
}

/// wasm-pack, from crates.io when missing.
pub fn wasm_pack() -> Result {
    if cmd::succeeds("wasm-pack", &["--version"]) {
        return Ok(());
    }
    println!("wasm-pack is missing: installing it (about 3 minutes)");
    cmd::cargo(&["install", "--locked", "wasm-pack"])
        .map_err(|f| Failure::new(format!("could not install wasm-pack: {f}")))
}

/// Node.js 20 or newer.
pub fn node() -> Result {
    let version = cmd::output("node", &["--version"]).ok_or_else(|| {
        Failure::new(
            "Node.js is missing: install Node.js 20 or newer (e.g. `apt-get install nodejs npm`)",
        )
    })?;
    let major: u32 = version
        .trim()
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    if major < 20 {
        return Err(Failure::new(format!(
            "Node.js {} is too old: pinwarden needs 20 or newer",
            version.trim()
        )));
    }
    Ok(())
}

/// `npm ci` in `dir` (relative to the root) when its lock file changed since the last run.
pub fn npm_ci(dir: &str) -> Result {
    node()?;
    let root = cmd::root().join(dir);
    let lock = std::fs::read(root.join("package-lock.json"))
        .map_err(|e| Failure::new(format!("{dir}/package-lock.json: {e}")))?;
    let stamp = root.join("node_modules").join(".pinwarden-lock-stamp");
    if std::fs::read(&stamp).is_ok_and(|seen| seen == lock) {
        return Ok(());
    }
    let mut command = std::process::Command::new("npm");
    command
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(&root);
    cmd::run_command(&mut command)
        .map_err(|f| Failure::new(format!("npm ci in {dir} failed: {f}")))?;
    std::fs::write(&stamp, lock)
        .map_err(|e| Failure::new(format!("cannot write {}: {e}", stamp.display())))
}

/// Debian's Chromium and ChromeDriver (headless browser tests), installed with apt when
/// missing; this needs root, and says so otherwise.
pub fn chromium() -> Result {
    if Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists() {
        return Ok(());
    }
    println!(
        "Chromium or ChromeDriver is missing: installing Debian's chromium and chromium-driver"
    );
    let apt = |args: &[&str]| {
        let mut command = std::process::Command::new("apt-get");
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        cmd::run_command(&mut command)
    };
    apt(&["update", "-qq"])
        .and_then(|()| apt(&["install", "-y", "-qq", "chromium", "chromium-driver"]))
        .map_err(|f| {
            Failure::new(format!(
                "could not install Chromium ({f}); as root run `apt-get update && apt-get install -y chromium chromium-driver`"
            ))
        })
}

/// cargo-fuzz and the nightly toolchain it needs.
pub fn cargo_fuzz() -> Result {
    let toolchains = cmd::output("rustup", &["toolchain", "list"]).unwrap_or_default();
    if !toolchains.lines().any(|line| line.starts_with("nightly")) {
        return Err(Failure::new(
            "fuzzing needs the nightly toolchain, which is not installed (`rustup toolchain install nightly`)",
        ));
    }
    if cmd::succeeds("cargo", &["fuzz", "--version"]) {
        return Ok(());
    }
    println!("cargo-fuzz is missing: installing it (about 2 minutes)");
    cmd::cargo(&["install", "--locked", "cargo-fuzz"])
        .map_err(|f| Failure::new(format!("could not install cargo-fuzz: {f}")))
}

/// A C compiler, which SQLite (compiled into the server by rusqlite's `bundled` feature)
/// needs; installed with apt (`gcc`) when missing, which needs root.
pub fn c_compiler() -> Result {
    let compiler = std::env::var("CC").unwrap_or_else(|_| "cc".to_owned());
    if cmd::succeeds(&compiler, &["--version"]) {
        return Ok(());
    }
    println!("no C compiler (`{compiler}`): installing Debian's gcc for SQLite");
    let apt = |args: &[&str]| {
        let mut command = std::process::Command::new("apt-get");
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        cmd::run_command(&mut command)
    };
    apt(&["update", "-qq"])
        .and_then(|()| apt(&["install", "-y", "-qq", "gcc"]))
        .map_err(|f| {
            Failure::new(format!(
                "could not install a C compiler ({f}); the server's SQLite needs one: as root run `apt-get install -y gcc`"
            ))
        })
}
