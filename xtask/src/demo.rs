//! `cargo xtask demo [--port N]`: builds the demo site into `target/www/` and serves it on
//! http://127.0.0.1:8080 (or N, or `PORT`) with a small static file server.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

use crate::cmd::{self, Failure, Result};
use crate::{npm, wasm, web};

/// The folder the site is assembled in.
pub fn site_dir() -> PathBuf {
    cmd::root().join("target").join("www")
}

/// Where the policy editor's wasm is built, before it is copied into the site.
fn editor_dir() -> PathBuf {
    cmd::root().join("target").join("www-editor")
}

/// Builds the element and npm packages and the policy editor, and assembles the pages
/// around them.
pub fn build() -> Result {
    web::build()?;
    npm::build()?;
    build_editor()?;
    assemble()
}

/// Builds the policy editor (`www/editor`, the `pinwarden-www` crate) for the browser.
pub fn build_editor() -> Result {
    wasm::build_for_web("pinwarden-www", "pinwarden_www", &editor_dir())
}

/// Assembles the pages around the element, the npm package and the editor, already built.
pub fn assemble() -> Result {
    let site = site_dir();
    if site.exists() {
        std::fs::remove_dir_all(&site)
            .map_err(|e| Failure::new(format!("{}: {e}", site.display())))?;
    }
    npm::copy_tree(&cmd::root().join("www").join("site"), &site)?;
    npm::copy_tree(&web::package_dir(), &site.join("pkg"))?;
    // The npm package's browser build, for the pages that call it directly.
    npm::copy_tree(&npm::package_dir().join("web"), &site.join("npm"))?;
    npm::copy_tree(&editor_dir(), &site.join("editor"))?;
    println!("assembled {}", site.display());
    Ok(())
}

/// Builds, then serves until interrupted.
pub fn run(args: &[String]) -> Result {
    let port = port(args)?;
    build()?;
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|error| {
        Failure::new(format!(
            "cannot listen on 127.0.0.1:{port} ({error}); is another server using it? Try `cargo xtask demo --port 8081`"
        ))
    })?;
    let site = site_dir();
    println!("\nserving the demo on http://127.0.0.1:{port}/ (Ctrl-C to stop)");
    for stream in listener.incoming().flatten() {
        let site = site.clone();
        std::thread::spawn(move || {
            let _ = answer(stream, &site);
        });
    }
    Ok(())
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

fn answer(stream: TcpStream, site: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    // Skip the headers.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let mut parts = request.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let mut stream = stream;
    if method != "GET" && method != "HEAD" {
        return stream.write_all(
            b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        );
    }
    match resolve(site, target).and_then(|path| std::fs::read(&path).ok().map(|body| (path, body)))
    {
        Some((path, body)) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                content_type(&path),
                body.len()
            );
            stream.write_all(head.as_bytes())?;
            if method == "GET" {
                stream.write_all(&body)?;
            }
            Ok(())
        }
        None => stream.write_all(
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found",
        ),
    }
}

/// The file a request target names inside `site`; `None` for anything that would leave it.
fn resolve(site: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let relative = Path::new(path.trim_start_matches('/'));
    if relative
        .components()
        .any(|part| !matches!(part, Component::Normal(_)))
    {
        return None;
    }
    let file = site.join(relative);
    if file.is_dir() {
        Some(file.join("index.html"))
    } else {
        Some(file)
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|ext| ext.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_stay_inside_the_site() {
        let site = Path::new("/srv/site");
        assert_eq!(
            resolve(site, "/pkg/pin-field.js?v=1"),
            Some(PathBuf::from("/srv/site/pkg/pin-field.js"))
        );
        assert_eq!(resolve(site, "/../etc/passwd"), None);
        assert_eq!(resolve(site, "/pkg/../../x"), None);
        assert_eq!(content_type(Path::new("a.wasm")), "application/wasm");
    }

    #[test]
    fn ports() {
        assert_eq!(port(&["--port".into(), "9000".into()]).unwrap(), 9000);
        assert!(port(&["--port".into(), "http".into()]).is_err());
    }
}
