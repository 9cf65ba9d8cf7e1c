//! The calls of SPEC §10, one handler each: read the request (refusing bad input with a
//! 4xx), call [`Accounts`], shape the answer.

use std::sync::Arc;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use pinwarden::{Locale, MustChange, Policy, Report, Timestamp};
use serde_json::{Value, json};

use crate::App;
use crate::accounts::{Failure, Logon, PinChange};
use crate::auth::Admin;
use crate::clock::MAX_OFFSET_DAYS;
use crate::error::{ApiError, pick};
use crate::request::{Body, Lang, check_logon_pin, check_name, locale_of};

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

/// The `{name}` of an account's path (`/api/users/{name}/…`), checked as a name in a body
/// is: a handler that takes it never sees an odd name. Refuses with 400 `invalidName`
/// naming `name` (or `badRequest` when the path does not even decode to text), in the
/// caller's language.
pub struct AccountName(pub String);

impl<S: Send + Sync> FromRequestParts<S> for AccountName {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let locale = locale_of(&parts.headers);
        let Path(name) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|rejection| crate::error::for_status(rejection.status(), locale))?;
        check_name(&name, "name", locale)?;
        Ok(AccountName(name))
    }
}

/// An account operation's failure as the caller's refusal.
trait OrRefusal<T> {
    /// `Ok` as it is; a [`Failure`] as its refusal in `locale`.
    fn or_refusal(self, locale: Locale) -> Result<T, ApiError>;
}

impl<T> OrRefusal<T> for Result<T, Failure> {
    fn or_refusal(self, locale: Locale) -> Result<T, ApiError> {
        self.map_err(|failure| refusal(failure, locale))
    }
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
    app.accounts.set_policy(policy).await.or_refusal(locale)?;
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
    let name = body.name("name")?;
    let extensions = body.strings("extensions", 10, 32)?;
    let names = body.strings("names", 10, 100)?;
    let pin = app
        .accounts
        .create(name.clone(), extensions, names)
        .await
        .or_refusal(locale)?;
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
    AccountName(name): AccountName,
) -> Result<Json<Value>, ApiError> {
    let (status, revision) = app.accounts.status(name).await.or_refusal(locale)?;
    let mut answer = serde_json::to_value(status).unwrap_or_default();
    answer["revision"] = Value::from(revision);
    Ok(Json(answer))
}

/// `POST /api/users/{name}/reset` (admin): `{"pin"}`, shown once; also unlocks.
async fn reset(
    _: Admin,
    State(app): State<Arc<App>>,
    Lang(locale): Lang,
    AccountName(name): AccountName,
) -> Result<Json<Value>, ApiError> {
    let pin = app.accounts.reset(name).await.or_refusal(locale)?;
    Ok(Json(json!({ "pin": pin.expose() })))
}

/// `POST /api/users/{name}/unlock` (admin): 204.
async fn unlock(
    _: Admin,
    State(app): State<Arc<App>>,
    Lang(locale): Lang,
    AccountName(name): AccountName,
) -> Result<StatusCode, ApiError> {
    app.accounts.unlock(name).await.or_refusal(locale)?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/users/{name}/outbox` (admin): `[{"at", "reason", "pin"}]`, oldest first.
async fn outbox(
    _: Admin,
    State(app): State<Arc<App>>,
    Lang(locale): Lang,
    AccountName(name): AccountName,
) -> Result<Json<Value>, ApiError> {
    let messages = app.accounts.outbox(name).await.or_refusal(locale)?;
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
    let name = body.name("name")?;
    let pin = body.string("pin")?;
    check_logon_pin(&pin, "pin", locale)?;
    let outcome = app.accounts.logon(name, pin).await.or_refusal(locale)?;
    Ok(logon_answer(&outcome))
}

/// `POST /api/pin`: `{"name", "currentPin", "newPin"}`.
async fn change_pin(
    State(app): State<Arc<App>>,
    Lang(locale): Lang,
    body: Bytes,
) -> Result<Response, ApiError> {
    let mut body = Body::parse(&body, &["name", "currentPin", "newPin"], locale)?;
    let name = body.name("name")?;
    let current = body.string("currentPin")?;
    check_logon_pin(&current, "currentPin", locale)?;
    let new = body.string("newPin")?;
    let outcome = app
        .accounts
        .change_pin(name, current, new)
        .await
        .or_refusal(locale)?;
    Ok(match outcome {
        PinChange::Accepted(report) => {
            (StatusCode::OK, report_answer(&report, locale)).into_response()
        }
        PinChange::Refused(report) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            report_answer(&report, locale),
        )
            .into_response(),
        PinChange::TooSoon { allowed_at } => {
            too_soon(allowed_at, app.accounts.clock().now(), locale)
        }
        PinChange::Logon(logon) => logon_answer(&logon),
    })
}

/// 429 `tooSoon`: the refusal of SPEC §10, with `allowedAt` (milliseconds since 1970, as
/// `expiresAt`) both in the `error` object, beside `code` and `message`, and at the top
/// level of the body; `Retry-After` in seconds from `now`.
fn too_soon(allowed_at: Timestamp, now: Timestamp, locale: Locale) -> Response {
    let date = utc_date(allowed_at);
    let mut refusal = ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        "tooSoon",
        pick(
            locale,
            &format!(
                "Your PIN was changed too recently: you can choose a new one from {date} (UTC)."
            ),
            &format!(
                "Votre code PIN a été changé trop récemment : vous pourrez en choisir un nouveau à partir du {date} (UTC)."
            ),
        ),
    );
    refusal.extra = Some(("allowedAt", Value::from(allowed_at.unix_millis())));
    let mut body = refusal.body();
    body["allowedAt"] = Value::from(allowed_at.unix_millis());
    let mut response = (StatusCode::TOO_MANY_REQUESTS, Json(body)).into_response();
    let seconds = ((allowed_at.unix_millis() - now.unix_millis()).max(0) + 999) / 1000;
    if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// `YYYY-MM-DD HH:MM` of a time, in UTC (Howard Hinnant's `civil_from_days`).
fn utc_date(time: Timestamp) -> String {
    let millis = time.unix_millis();
    let days = millis.div_euclid(86_400_000);
    let minutes = millis.rem_euclid(86_400_000) / 60_000;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}",
        minutes / 60,
        minutes % 60
    )
}

fn report_answer(report: &Report, locale: Locale) -> Json<Value> {
    Json(json!({ "report": report.localized(locale) }))
}

/// 200 success, 401 failure, 423 locked out. The same body for a wrong PIN and an unknown
/// name; never a PIN.
fn logon_answer(outcome: &Logon) -> Response {
    match outcome {
        Logon::Success {
            must_change,
            expires_in_days,
        } => {
            let mut answer = json!({
                "outcome": "success",
                "mustChange": must_change.map(MustChange::as_str),
            });
            if let Some(days) = expires_in_days {
                answer["expiresInDays"] = Value::from(*days);
            }
            (StatusCode::OK, Json(answer)).into_response()
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates_of_the_too_soon_message() {
        for (millis, date) in [
            (0, "1970-01-01 00:00"),
            (-60_000, "1969-12-31 23:59"),
            (951_782_400_000, "2000-02-29 00:00"),
            (1_795_597_920_000, "2026-11-25 09:12"),
            (4_107_542_340_000, "2100-02-28 23:59"),
        ] {
            assert_eq!(
                utc_date(Timestamp::from_unix_millis(millis)),
                date,
                "{millis}"
            );
        }
    }
}
