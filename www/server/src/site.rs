//! The demo's static files: tower-http's `ServeDir` (percent-decoding, `HEAD`, ranges,
//! `Last-Modified` and `If-Modified-Since`, 405 with `Allow`), plus a weak `ETag` from the
//! file's size and modification time with `If-None-Match`, and `Cache-Control: no-cache`:
//! browsers keep every file and ask again with a cheap conditional request, so a rebuilt
//! site is never stale and an unchanged one costs a 304.

use std::path::Path;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use tower_http::services::ServeDir;

/// The files of `site` (its `index.html` for a folder).
pub fn files(site: &Path) -> ServeDir {
    ServeDir::new(site).append_index_html_on_directories(true)
}

/// Adds the `ETag` and the cache policy to a file's answer, and turns it into 304 Not
/// Modified when the browser already holds this version.
pub async fn caching(request: Request, next: Next) -> Response {
    let conditional = (request.method() == Method::GET || request.method() == Method::HEAD)
        .then(|| request.headers().get(header::IF_NONE_MATCH).cloned())
        .flatten();
    let mut response = next.run(request).await;
    with_charset(response.headers_mut());
    let status = response.status();
    if status == StatusCode::OK || status == StatusCode::NOT_MODIFIED {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    if status != StatusCode::OK {
        return response;
    }
    let Some(tag) = entity_tag(response.headers()) else {
        return response;
    };
    let fresh = conditional
        .as_ref()
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value
                .split(',')
                .map(str::trim)
                .any(|candidate| candidate == "*" || weak_eq(candidate, &tag))
        });
    let tag = HeaderValue::from_str(&tag).unwrap_or_else(|_| HeaderValue::from_static("W/\"0\""));
    if fresh {
        let mut not_modified = Response::new(Body::empty());
        *not_modified.status_mut() = StatusCode::NOT_MODIFIED;
        for name in [
            header::LAST_MODIFIED,
            header::CACHE_CONTROL,
            header::CONTENT_TYPE,
        ] {
            if let Some(value) = response.headers().get(&name) {
                not_modified.headers_mut().insert(name, value.clone());
            }
        }
        not_modified.headers_mut().insert(header::ETAG, tag);
        return not_modified;
    }
    response.headers_mut().insert(header::ETAG, tag);
    response
}

/// Says that text files (the site's HTML, CSS and JavaScript) are UTF-8.
fn with_charset(headers: &mut HeaderMap) {
    let Some(kind) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
    else {
        return;
    };
    let textual = kind.starts_with("text/") || kind == "application/javascript";
    if textual
        && !kind.contains("charset")
        && let Ok(value) = HeaderValue::from_str(&format!("{kind}; charset=utf-8"))
    {
        headers.insert(header::CONTENT_TYPE, value);
    }
}

/// `W/"<size>-<hash of Last-Modified>"` for a whole file's answer.
fn entity_tag(headers: &HeaderMap) -> Option<String> {
    let length = headers.get(header::CONTENT_LENGTH)?.to_str().ok()?;
    let modified = headers.get(header::LAST_MODIFIED)?.as_bytes();
    // FNV-1a: a short, stable fingerprint of the date.
    let hash = modified
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
        });
    Some(format!("W/\"{length}-{hash:016x}\""))
}

/// The weak comparison of RFC 9110: equal once `W/` is dropped from both.
fn weak_eq(a: &str, b: &str) -> bool {
    a.trim_start_matches("W/") == b.trim_start_matches("W/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_tags() {
        let mut headers = HeaderMap::new();
        assert_eq!(entity_tag(&headers), None);
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from_static("120"));
        headers.insert(
            header::LAST_MODIFIED,
            HeaderValue::from_static("Sun, 22 Nov 2026 20:00:00 GMT"),
        );
        let tag = entity_tag(&headers).unwrap();
        assert!(tag.starts_with("W/\"120-"), "{tag}");
        assert!(weak_eq(&tag, tag.trim_start_matches("W/")));
        headers.insert(
            header::LAST_MODIFIED,
            HeaderValue::from_static("Sun, 22 Nov 2026 20:00:01 GMT"),
        );
        assert_ne!(entity_tag(&headers).unwrap(), tag);
    }
}
