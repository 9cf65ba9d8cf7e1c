//! `cargo xtask demo [--port N]`: builds the demo site into `target/www/` and the reference
//! server (`www/server`, the `pinwarden-server` binary), then runs the server on
//! http://127.0.0.1:8080 (or N, or `PORT`) in demo mode, with the accounts in
//! `target/pinwarden-demo.sqlite3` (`PINWARDEN_DB` to change).
//!
//! Also the end-to-end step of `cargo xtask test`: the browser journeys against a server
//! of their own, on a free port, with a fresh database and a known administrator token.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use crate::cmd::{self, Failure, Result};
use crate::partials;
use crate::{npm, tools, wasm, web};

/// The folder the site is assembled in.
pub fn site_dir() -> PathBuf {
    cmd::root().join("target").join("www")
}

/// Where the policy editor's wasm is built, before it is copied into the site.
fn editor_dir() -> PathBuf {
    cmd::root().join("target").join("www-editor")
}

/// The server binary `build_server` makes.
fn server_binary() -> PathBuf {
    let name = format!("pinwarden-server{}", std::env::consts::EXE_SUFFIX);
    cmd::root().join("target").join("debug").join(name)
}

/// Builds the element and npm packages, the policy editor and the server, and assembles
/// the pages around them.
pub fn build() -> Result {
    web::build()?;
    npm::build()?;
    build_editor()?;
    assemble()?;
    build_server()
}

/// Builds the policy editor (`www/editor`, the `pinwarden-www` crate) for the browser.
pub fn build_editor() -> Result {
    wasm::build_for_web("pinwarden-www", "pinwarden_www", &editor_dir())
}

/// Builds the reference server (`www/server`). A debug build: the key derivations are
/// optimized even there (see the workspace's `Cargo.toml`), and it builds in a fraction
/// of the release's time.
pub fn build_server() -> Result {
    tools::c_compiler()?;
    cmd::cargo(&["build", "--locked", "-p", "pinwarden-server"])
}

/// Assembles the pages around the element, the npm package and the editor, already built.
pub fn assemble() -> Result {
    let site = site_dir();
    if site.exists() {
        std::fs::remove_dir_all(&site)
            .map_err(|e| Failure::new(format!("{}: {e}", site.display())))?;
    }
    npm::copy_tree(&cmd::root().join("www").join("site"), &site)?;
    // The header every page shares, written once in `www/site/partials/`.
    partials::insert(&site)?;
    npm::copy_tree(&web::package_dir(), &site.join("pkg"))?;
    // The npm package's browser build, for the pages that call it directly.
    npm::copy_tree(&npm::package_dir().join("web"), &site.join("npm"))?;
    npm::copy_tree(&editor_dir(), &site.join("editor"))?;
    println!("assembled {}", site.display());
    Ok(())
}

/// Builds, then runs the server until interrupted.
pub fn run(args: &[String]) -> Result {
    let port = port(args)?;
    build()?;
    let db = std::env::var_os("PINWARDEN_DB").map_or_else(
        || cmd::root().join("target").join("pinwarden-demo.sqlite3"),
        PathBuf::from,
    );
    println!("\nthe demo's accounts: {} (Ctrl-C to stop)", db.display());
    let mut command = Command::new(server_binary());
    command
        .arg("--port")
        .arg(port.to_string())
        .arg("--site")
        .arg(site_dir())
        .arg("--db")
        .arg(&db)
        .arg("--demo")
        .current_dir(cmd::root());
    cmd::run_command(&mut command)
}

fn port(args: &[String]) -> Result<u16> {
    let given = match args.iter().position(|arg| arg == "--port") {
        Some(at) => args.get(at + 1).cloned(),
        None => std::env::var("PORT").ok(),
    };
    match given {
        None => Ok(8080),
        Some(text) => text
            .parse()
            .map_err(|_| Failure::new(format!("`{text}` is not a port number (1–65535)"))),
    }
}

/// A server started for a test, stopped when dropped (even when the test failed).
pub struct TestServer {
    child: Child,
    folder: PathBuf,
    /// `http://127.0.0.1:<port>/`.
    pub url: String,
    /// The administrator's token it was given.
    pub token: String,
}

impl TestServer {
    /// Starts the built server in demo mode on a free port, serving the assembled site,
    /// with a fresh database in a folder of its own.
    pub fn start() -> Result<TestServer> {
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_nanos());
        let folder = cmd::root()
            .join("target")
            .join(format!("demo-e2e-{}-{stamp}", std::process::id()));
        std::fs::create_dir_all(&folder)
            .map_err(|e| Failure::new(format!("{}: {e}", folder.display())))?;
        // Loopback only, for one test run.
        let token = format!("e2e-{stamp:x}-{}", std::process::id());
        let mut child = Command::new(server_binary())
            .args(["--port", "0", "--demo", "--site"])
            .arg(site_dir())
            .arg("--db")
            .arg(folder.join("demo.sqlite3"))
            .env("PINWARDEN_ADMIN_TOKEN", &token)
            .current_dir(cmd::root())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| {
                Failure::new(format!(
                    "could not start {}: {e}",
                    server_binary().display()
                ))
            })?;
        let mut first = String::new();
        if let Some(stdout) = child.stdout.take() {
            let _ = BufReader::new(stdout).read_line(&mut first);
        }
        let url = first
            .trim()
            .strip_prefix("pinwarden: serving ")
            .map(str::to_owned);
        let mut server = TestServer {
            child,
            folder,
            url: String::new(),
            token,
        };
        match url {
            Some(url) => {
                server.url = url;
                println!("started the server on {}", server.url);
                Ok(server)
            }
            None => Err(Failure::new(format!(
                "the server did not print its address (it printed {first:?})"
            ))),
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

/// The browser journeys through the server: `node <script> <base-url> <admin-token>`,
/// with the script of `www/e2e/` (or, before it moved there, `npm/scripts/`).
pub fn journeys() -> Result {
    build_server()?;
    let server = TestServer::start()?;
    let script = ["www/e2e/demo-e2e.mjs", "npm/scripts/demo-e2e.mjs"]
        .into_iter()
        .map(|path| cmd::root().join(path))
        .find(|path| path.exists())
        .ok_or_else(|| Failure::new("no demo-e2e.mjs in www/e2e/ or npm/scripts/"))?;
    let mut command = Command::new("node");
    command
        .arg(script)
        .arg(&server.url)
        .arg(&server.token)
        .current_dir(cmd::root());
    cmd::run_command(&mut command)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ports() {
        assert_eq!(port(&["--port".into(), "9000".into()]).unwrap(), 9000);
        assert!(port(&["--port".into(), "http".into()]).is_err());
    }
}
