//! The calls of SPEC §10, one handler each: read the request (refusing bad input with a
//! 4xx), call [`Accounts`], shape the answer.

use std::sync::Arc;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use pinwarden::{Locale, MustChange, Policy, Report};
use serde_json::{Value, json};

use crate::App;
use crate::accounts::{Failure, Logon, PinChange};
use crate::auth::Admin;
use crate::clock::MAX_OFFSET_DAYS;
use crate::error::{ApiError, pick};
use crate::request::{Body, Lang, check_logon_pin, check_name};

/// The routes under `/api`; `/api/demo/clock` only in demo mode.
pub fn routes(app: &App) -> Router<Arc<App>> {
    let routes = Router::new()
        .route("/policy", get(policy).put(set_policy))
        .route("/users", post(create_user))
        .route("/users/{name}", get(user_status))
        .route("/users/{name}/reset", post(reset))
        .route("/users/{name}/unlock", post(unlock))
        .route("/users/{name}/outbox", get(outbox))
        .route("/logon", post(logon))
        .route("/pin", post(change_pin));
    let routes = if app.demo {
        routes.route("/demo/clock", get(clock).put(set_clock))
    } else {
        routes
    };
    routes.fallback(not_found)
}

async fn not_found(Lang(locale): Lang) -> ApiError {
    crate::error::for_status(StatusCode::NOT_FOUND, locale)
}

/// `GET /api/policy`: the complete policy.
async fn policy(State(app): State<Arc<App>>) -> Json<Policy> {
    Json(app.accounts.policy())
}

/// `PUT /api/policy` (admin): any §1 input; the complete policy, or 400 with the policy
/// error.
async fn set_policy(
    _: Admin,
    State(app): State<Arc<App>>,
    Lang(locale): Lang,
    body: Bytes,
) -> Result<Json<Policy>, ApiError> {
    let text = std::str::from_utf8(&body).map_err(|_| {
        ApiError::bad_request(
            "invalidJson",
            pick(
                locale,
                "The body is not UTF-8 text.",
                "Le corps n’est pas du texte UTF-8.",
            ),
        )
    })?;
    let policy = Policy::from_json_str(text).map_err(|error| {
        let refusal = ApiError::bad_request(error.code(), error.message(locale));
        match error.field() {
            Some(field) => refusal.field(field),
            None => refusal,
        }
    })?;
    app.accounts
        .set_policy(policy)
        .await
        .map_err(|failure| refusal(failure, locale))?;
    Ok(Json(policy))
}

/// `POST /api/users` (admin): `{"name", "extensions"?, "names"?}` → 201 `{"name", "pin"}`.
async fn create_user(
    _: Admin,
    State(app): State<Arc<App>>,
    Lang(locale): Lang,
    body: Bytes,
) -> Result<Response, ApiError> {
    let mut body = Body::parse(&body, &["name", "extensions", "names"], locale)?;
    let name = body.string("name")?.to_string();
    check_name(&name, "name", locale)?;
    let extensions = body.strings("extensions", 10, 32)?;
    let names = body.strings("names", 10, 100)?;
    let pin = app
        .accounts
        .create(name.clone(), extensions, names)
        .await
        .map_err(|failure| refusal(failure, locale))?;
    let mut response = (
        StatusCode::CREATED,
        Json(json!({ "name": name, "pin": pin.expose() })),
    )
        .into_response();
    if let Ok(location) = HeaderValue::from_str(&format!("/api/users/{name}")) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// `GET /api/users/{name}` (admin): `status` of §6 plus `revision`.
async fn user_status(
    _: Admin,
    State(app): State<Arc<App>>,
    Lang(locale): Lang,
    Path(name): Path<String>,
) -> Result<Json<Value>, ApiError> {
    check_name(&name, "name", locale)?;
    let (status, revision) = app
        .accounts
        .status(name)
        .await
        .map_err(|failure| refusal(failure, locale))?;
    let mut answer = serde_json::to_value(status).unwrap_or_default();
    answer["revision"] = Value::from(revision);
    Ok(Json(answer))
}

/// `POST /api/users/{name}/reset` (admin): `{"pin"}`, shown once; also unlocks.
async fn reset(
    _: Admin,
    State(app): State<Arc<App>>,
    Lang(locale): Lang,
    Path(name): Path<String>,
) -> Result<Json<Value>, ApiError> {
    check_name(&name, "name", locale)?;
    let pin = app
        .accounts
        .reset(name)
        .await
        .map_err(|failure| refusal(failure, locale))?;
    Ok(Json(json!({ "pin": pin.expose() })))
}

/// `POST /api/users/{name}/unlock` (admin): 204.
async fn unlock(
    _: Admin,
    State(app): State<Arc<App>>,
    Lang(locale): Lang,
    Path(name): Path<String>,
) -> Result<StatusCode, ApiError> {
    check_name(&name, "name", locale)?;
    app.accounts
        .unlock(name)
        .await
        .map_err(|failure| refusal(failure, locale))?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/users/{name}/outbox` (admin): `[{"at", "reason", "pin"}]`, oldest first.
async fn outbox(
    _: Admin,
    State(app): State<Arc<App>>,
    Lang(locale): Lang,
    Path(name): Path<String>,
) -> Result<Json<Value>, ApiError> {
    check_name(&name, "name", locale)?;
    let messages = app
        .accounts
        .outbox(name)
        .await
        .map_err(|failure| refusal(failure, locale))?;
    Ok(Json(Value::Array(
        messages
            .into_iter()
            .map(|m| json!({ "at": m.at, "reason": m.reason, "pin": m.pin }))
            .collect(),
    )))
}

/// `POST /api/logon`: `{"name", "pin"}`.
async fn logon(
    State(app): State<Arc<App>>,
    Lang(locale): Lang,
    body: Bytes,
) -> Result<Response, ApiError> {
    let mut body = Body::parse(&body, &["name", "pin"], locale)?;
    let name = body.string("name")?.to_string();
    check_name(&name, "name", locale)?;
    let pin = body.string("pin")?;
    check_logon_pin(&pin, "pin", locale)?;
    let outcome = app
        .accounts
        .logon(name, pin)
        .await
        .map_err(|failure| refusal(failure, locale))?;
    Ok(logon_answer(&outcome))
}

/// `POST /api/pin`: `{"name", "currentPin", "newPin"}`.
async fn change_pin(
    State(app): State<Arc<App>>,
    Lang(locale): Lang,
    body: Bytes,
) -> Result<Response, ApiError> {
    let mut body = Body::parse(&body, &["name", "currentPin", "newPin"], locale)?;
    let name = body.string("name")?.to_string();
    check_name(&name, "name", locale)?;
    let current = body.string("currentPin")?;
    check_logon_pin(&current, "currentPin", locale)?;
    let new = body.string("newPin")?;
    let outcome = app
        .accounts
        .change_pin(name, current, new)
        .await
        .map_err(|failure| refusal(failure, locale))?;
    Ok(match outcome {
        PinChange::Accepted(report) => {
            (StatusCode::OK, report_answer(&report, locale)).into_response()
        }
        PinChange::Refused(report) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            report_answer(&report, locale),
        )
            .into_response(),
        PinChange::Logon(logon) => logon_answer(&logon),
    })
}

fn report_answer(report: &Report, locale: Locale) -> Json<Value> {
    Json(json!({ "report": report.localized(locale) }))
}

/// 200 success, 401 failure, 423 locked out. The same body for a wrong PIN and an unknown
/// name; never a PIN.
fn logon_answer(outcome: &Logon) -> Response {
    match outcome {
        Logon::Success { must_change } => (
            StatusCode::OK,
            Json(json!({
                "outcome": "success",
                "mustChange": must_change.map(MustChange::as_str),
            })),
        )
            .into_response(),
        Logon::Failure { locked_out } => (
            StatusCode::UNAUTHORIZED,
            Json(json!({ "outcome": "failure", "lockedOut": locked_out })),
        )
            .into_response(),
        Logon::LockedOut => {
            (StatusCode::LOCKED, Json(json!({ "outcome": "lockedOut" }))).into_response()
        }
    }
}

/// `GET /api/demo/clock` (admin, demo mode): `{"offsetDays"}`.
async fn clock(_: Admin, State(app): State<Arc<App>>) -> Json<Value> {
    Json(json!({ "offsetDays": app.accounts.clock().offset_days() }))
}

/// `PUT /api/demo/clock` (admin, demo mode): `{"offsetDays": 0–3650}`.
async fn set_clock(
    _: Admin,
    State(app): State<Arc<App>>,
    Lang(locale): Lang,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let mut body = Body::parse(&body, &["offsetDays"], locale)?;
    let days = body.integer("offsetDays", 0, i64::from(MAX_OFFSET_DAYS))?;
    app.accounts
        .clock()
        .set_offset_days(u32::try_from(days).unwrap_or(0));
    Ok(Json(json!({ "offsetDays": days })))
}

/// The answer to an operation that did not happen.
fn refusal(failure: Failure, locale: Locale) -> ApiError {
    match failure {
        Failure::NotFound => ApiError::user_not_found(locale),
        Failure::Exists => ApiError::new(
            StatusCode::CONFLICT,
            "userExists",
            pick(
                locale,
                "An account has this name already.",
                "Un compte porte déjà ce nom.",
            ),
        )
        .field("name"),
        // E.g. a policy and numbers that leave no PIN to generate.
        Failure::Account(error) => {
            ApiError::new(StatusCode::CONFLICT, error.code(), error.to_string())
        }
        Failure::Storage(detail) => ApiError::storage(locale, &detail),
    }
}
