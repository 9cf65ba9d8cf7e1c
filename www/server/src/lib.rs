//! pinwarden's reference server (SPEC §10): the demo site, and an API that keeps each
//! person's `PinAccount` in SQLite, checks every new PIN again, counts failed logons,
//! resets, locks, and "sends" generated PINs through an outbox.
//!
//! It is assembled from well-kept layers: axum routes ([`api`]), tower-http for the static
//! files, compression, timeouts and body limits ([`app`]), hyper with a header-read
//! timeout and a connection limit ([`serve`]), rusqlite behind the [`store::Store`] trait,
//! and the core's state machine applied with compare-and-swap ([`accounts`]).

pub mod accounts;
pub mod api;
pub mod auth;
pub mod clock;
pub mod config;
pub mod error;
pub mod pool;
pub mod request;
pub mod serve;
pub mod site;
pub mod store;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};

use crate::accounts::Accounts;
use crate::auth::AdminToken;

/// The largest request body (a policy pasted from `Get-UMMailboxPolicy` fits many times).
pub const MAX_BODY: usize = 64 * 1024;
/// The longest a request may take, queueing for a key derivation included.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// The longest a client may take to send a request body.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// What every handler shares.
pub struct App {
    /// The accounts and the policy.
    pub accounts: Accounts,
    /// The administrator's token.
    pub token: AdminToken,
    /// Whether the demo-only calls (`/api/demo/clock`) exist.
    pub demo: bool,
}

/// The whole service: `/api` (SPEC §10) and the site's files at `/`, with compression,
/// timeouts, a body limit, and a JSON body on every 4xx.
pub fn app(state: &Arc<App>, site: &Path) -> Router {
    let api =
        api::routes(state)
            .with_state(Arc::clone(state))
            .layer(SetResponseHeaderLayer::overriding(
                header::CACHE_CONTROL,
                HeaderValue::from_static("no-store"),
            ));
    let files = Router::new()
        .fallback_service(site::files(site))
        .layer(middleware::from_fn(site::caching));
    Router::new()
        .nest("/api", api)
        .merge(files)
        .layer(RequestBodyLimitLayer::new(MAX_BODY))
        .layer(RequestBodyTimeoutLayer::new(BODY_TIMEOUT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(middleware::from_fn(json_refusals))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(CompressionLayer::new())
}

/// Gives every 4xx that a layer answered with a bare status (routing, the body limit,
/// the timeout, the static files) the JSON body of SPEC §10, keeping its headers
/// (`Allow`, `WWW-Authenticate`).
async fn json_refusals(request: Request, next: Next) -> Response {
    let locale = request::locale_of(request.headers());
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    if !status.is_client_error() || is_json {
        return response;
    }
    // The body of a request refused as too large or too slow is left unread: the
    // connection cannot carry another request, and the client must know not to reuse it.
    let close = matches!(
        status,
        StatusCode::PAYLOAD_TOO_LARGE | StatusCode::REQUEST_TIMEOUT
    );
    let (parts, _) = response.into_parts();
    let mut refusal = error::for_status(status, locale).into_response();
    for name in [
        header::ALLOW,
        header::WWW_AUTHENTICATE,
        header::CONTENT_RANGE,
    ] {
        if let Some(value) = parts.headers.get(&name) {
            refusal.headers_mut().insert(name, value.clone());
        }
    }
    if close {
        refusal
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    refusal
}
