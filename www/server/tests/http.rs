//! The HTTP side of SPEC §10: static files with compression and caching, and slow or
//! oversized requests cut off.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{Server, folder};
use reqwest::{Method, StatusCode, header};

#[tokio::test]
async fn files_are_compressed_and_cached_with_etag_and_last_modified() {
    let folder = folder();
    let server = Server::start(folder.path(), &[]);
    let plain = server.request(Method::GET, "/").send().await.unwrap();
    assert_eq!(plain.status(), StatusCode::OK);
    assert_eq!(
        plain.headers()[header::CONTENT_TYPE],
        "text/html; charset=utf-8"
    );
    assert_eq!(plain.headers()[header::CACHE_CONTROL], "no-cache");
    let etag = plain.headers()[header::ETAG].to_str().unwrap().to_owned();
    let modified = plain.headers()[header::LAST_MODIFIED]
        .to_str()
        .unwrap()
        .to_owned();
    let size = plain.bytes().await.unwrap().len();

    let zipped = server
        .request(Method::GET, "/index.html")
        .header(header::ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(zipped.headers()[header::CONTENT_ENCODING], "gzip");
    assert_eq!(zipped.headers()[header::ETAG], etag.as_str());
    let zipped_size = zipped.bytes().await.unwrap().len();
    assert!(zipped_size * 5 < size, "gzip {zipped_size} bytes of {size}");

    for (name, value) in [
        (header::IF_NONE_MATCH, etag.as_str()),
        (header::IF_MODIFIED_SINCE, modified.as_str()),
    ] {
        let again = server
            .request(Method::GET, "/")
            .header(name.clone(), value)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{name}");
        assert!(again.bytes().await.unwrap().is_empty());
    }
    let changed = server
        .request(Method::GET, "/")
        .header(header::IF_NONE_MATCH, "W/\"1-0\"")
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), StatusCode::OK);

    // Percent-decoded; HEAD has no body, even for a missing file; the API is never cached.
    let css = server
        .request(Method::GET, "/demo%2Ecss")
        .send()
        .await
        .unwrap();
    assert_eq!(css.status(), StatusCode::OK);
    assert_eq!(
        css.headers()[header::CONTENT_TYPE],
        "text/css; charset=utf-8"
    );
    let head = server
        .request(Method::HEAD, "/missing.js")
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), StatusCode::NOT_FOUND);
    assert!(head.bytes().await.unwrap().is_empty());
    let api = server
        .request(Method::GET, "/api/policy")
        .send()
        .await
        .unwrap();
    assert_eq!(api.headers()[header::CACHE_CONTROL], "no-store");
    assert_eq!(api.headers()[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
}

/// What the server sends on a raw connection before closing it, and how long it took.
fn raw(server: &Server, send: &[u8]) -> (String, Duration) {
    timed(&server.base, send)
}

#[tokio::test]
async fn slow_and_idle_connections_are_closed() {
    let folder = folder();
    let server = Server::start(folder.path(), &[]);
    let (idle, silent, partial) = tokio::join!(
        tokio::task::spawn_blocking({
            let server_base = server.base.clone();
            move || timed(&server_base, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        }),
        tokio::task::spawn_blocking({
            let server_base = server.base.clone();
            move || timed(&server_base, b"")
        }),
        tokio::task::spawn_blocking({
            let server_base = server.base.clone();
            move || timed(&server_base, b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        }),
    );
    // A kept-alive connection after its answer, one that never sends, one that stops in
    // the middle of its headers: each is closed after the 10 s header timeout.
    let (answered, idle) = idle.unwrap();
    assert!(answered.starts_with("HTTP/1.1 200"), "{answered}");
    for (what, elapsed) in [
        ("idle", idle),
        ("silent", silent.unwrap().1),
        ("partial", partial.unwrap().1),
    ] {
        assert!(
            elapsed >= Duration::from_secs(9) && elapsed < Duration::from_secs(25),
            "{what}: closed after {elapsed:?}"
        );
    }
    drop(server);
}

fn timed(base: &str, send: &[u8]) -> (String, Duration) {
    let address = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let started = Instant::now();
    let _ = stream.write_all(send);
    let mut received = Vec::new();
    let _ = stream.read_to_end(&mut received);
    (
        String::from_utf8_lossy(&received).into_owned(),
        started.elapsed(),
    )
}

#[tokio::test]
async fn an_oversized_request_line_or_header_is_refused_without_growing_memory() {
    let folder = folder();
    let server = Server::start(folder.path(), &[]);
    let before = server.peak_memory_kib();
    for request in [
        format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(4 << 20)),
        format!(
            "GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
            "b".repeat(4 << 20)
        ),
    ] {
        let (answer, _) = raw(&server, request.as_bytes());
        let status: u16 = answer
            .get(9..12)
            .and_then(|code| code.parse().ok())
            .unwrap_or(0);
        // hyper answers 431 (or closes) once the 16 KiB of headers are full.
        assert!(
            answer.is_empty() || (400..500).contains(&status),
            "{answer}"
        );
    }
    if let (Some(before), Some(after)) = (before, server.peak_memory_kib()) {
        assert!(after < before + 8 * 1024, "{before} KiB → {after} KiB");
    }
    let alive = server
        .request(Method::GET, "/api/policy")
        .send()
        .await
        .unwrap();
    assert_eq!(alive.status(), StatusCode::OK);
}
