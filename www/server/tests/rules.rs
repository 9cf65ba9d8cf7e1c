//! The rules of Cisco Unity Connection and Webex Calling through the server (SPEC §2.3,
//! §6, §10): the minimum PIN age (429 `tooSoon` with `allowedAt`), the expiry warning
//! (`expiresInDays`), the person's names for `nameOnKeypad`, and checks of severity `warn`.

mod common;

use common::{Server, answer, assert_refusal, folder};
use reqwest::{Method, StatusCode, header};
use serde_json::{Value, json};

const DAY_MS: i64 = 86_400_000;

fn now_ms() -> i64 {
    i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis(),
    )
    .unwrap()
}

fn codes(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v["code"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn a_pin_changed_too_recently_answers_429_too_soon_with_allowed_at() {
    let folder = folder();
    let server = Server::start(folder.path(), &["--demo"]);
    let policy = server.set_policy(json!({"minAgeDays": 2})).await;
    assert_eq!(policy["minAgeDays"], 2);
    let first = server.create("amos", &[]).await;

    // The first change is required (an administrator's PIN): the minimum age does not hold it.
    let before = now_ms();
    let (code, body) = server.change("amos", &first, "480137").await;
    let after = now_ms();
    assert_eq!(code, StatusCode::OK, "{body}");

    // A second change the same day: 429, in the caller's language, with allowedAt.
    let response = server
        .request(Method::POST, "/api/pin")
        .header(header::ACCEPT_LANGUAGE, "fr")
        .json(&json!({"name": "amos", "currentPin": "480137", "newPin": "592640"}))
        .send()
        .await
        .unwrap();
    let retry_after: i64 = response.headers()[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    let (code, body) = common::json_of(response).await;
    assert_eq!(code, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_refusal(&body, "tooSoon", None);
    let allowed_at = body["error"]["allowedAt"].as_i64().unwrap();
    assert_eq!(
        body["allowedAt"], allowed_at,
        "also at the top level: {body}"
    );
    assert!(
        (before + 2 * DAY_MS..=after + 2 * DAY_MS).contains(&allowed_at),
        "two days after the change: {body}"
    );
    assert!(
        (2 * 86_400 - 60..=2 * 86_400).contains(&retry_after),
        "Retry-After {retry_after}"
    );
    let message = body["error"]["message"].as_str().unwrap();
    assert!(message.starts_with("Votre code"), "{message}");
    assert!(!message.contains("592640") && !message.contains("480137"));
    assert_eq!(
        server.status("amos").await["failures"],
        0,
        "not a failed logon"
    );

    // The current PIN is still checked first: a wrong one is a failed logon, not tooSoon.
    let (code, _) = server.change("amos", "000000", "592640").await;
    assert_eq!(code, StatusCode::UNAUTHORIZED);
    assert_eq!(server.status("amos").await["failures"], 1);
    // The right PIN under tooSoon still counts as a logon: the failures go back to 0.
    let (code, body) = server.change("amos", "480137", "592640").await;
    assert_eq!(code, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(server.status("amos").await["failures"], 0);

    // One day on: still too soon, the same allowedAt. Two days on: allowed.
    server.set_clock(1).await;
    let (code, body) = server.change("amos", "480137", "592640").await;
    assert_eq!(code, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(body["allowedAt"], allowed_at);
    server.set_clock(2).await;
    let (code, body) = server.change("amos", "480137", "592640").await;
    assert_eq!(code, StatusCode::OK, "{body}");
    let (code, _) = server.logon("amos", "592640").await;
    assert_eq!(code, StatusCode::OK);
}

#[tokio::test]
async fn a_logon_near_expiry_says_in_how_many_days_and_so_does_the_status() {
    let folder = folder();
    let server = Server::start(folder.path(), &["--demo"]);
    server
        .set_policy(json!({"lifetimeDays": 10, "expiryWarningDays": 3}))
        .await;
    let first = server.create("amos", &[]).await;
    let (code, _) = server.change("amos", &first, "480137").await;
    assert_eq!(code, StatusCode::OK);

    // Far from expiry: no expiresInDays at all.
    let (code, body) = server.logon("amos", "480137").await;
    assert_eq!(
        (code, body),
        (
            StatusCode::OK,
            json!({"outcome": "success", "mustChange": null})
        )
    );
    assert!(server.status("amos").await.get("expiresInDays").is_none());

    // Eight days on, two are left.
    server.set_clock(8).await;
    let (code, body) = server.logon("amos", "480137").await;
    assert_eq!(
        (code, body),
        (
            StatusCode::OK,
            json!({"outcome": "success", "mustChange": null, "expiresInDays": 2})
        )
    );
    assert_eq!(server.status("amos").await["expiresInDays"], 2);
    // Seven days on, three: the first day of the warning.
    server.set_clock(7).await;
    let (_, body) = server.logon("amos", "480137").await;
    assert_eq!(body["expiresInDays"], 3, "{body}");

    // Expired: the PIN must change, and there is no countdown left.
    server.set_clock(10).await;
    let (code, body) = server.logon("amos", "480137").await;
    assert_eq!(
        (code, body),
        (
            StatusCode::OK,
            json!({"outcome": "success", "mustChange": "expired"})
        )
    );
    assert!(server.status("amos").await.get("expiresInDays").is_none());
}

#[tokio::test]
async fn a_pin_spelling_the_persons_name_is_refused_under_name_on_keypad() {
    let folder = folder();
    let server = Server::start(folder.path(), &[]);
    server
        .set_policy(json!({"extraChecks": ["nameOnKeypad"]}))
        .await;
    let amos = server.create_named("amos", &["Amos Marble"]).await;
    let eve = server.create("eve", &[]).await;

    // MARBLE is 627253 on a keypad; 126672 holds AMOS (2667).
    for spelled in ["627253", "126672"] {
        let (code, body) = answer(
            server
                .request(Method::POST, "/api/pin")
                .header(header::ACCEPT_LANGUAGE, "fr")
                .json(&json!({"name": "amos", "currentPin": amos, "newPin": spelled})),
        )
        .await;
        assert_eq!(code, StatusCode::UNPROCESSABLE_ENTITY, "{spelled}: {body}");
        assert_eq!(codes(&body["report"]["violations"]), ["nameOnKeypad"]);
        let message = body["report"]["violations"][0]["message"].as_str().unwrap();
        assert!(!message.contains("Marble") && !message.contains(spelled));
    }
    // Another person's name is not theirs: eve may choose 627253.
    let (code, body) = server.change("eve", &eve, "627253").await;
    assert_eq!(code, StatusCode::OK, "{body}");
    // And amos may choose a PIN that spells nothing of theirs.
    let (code, body) = server.change("amos", &amos, "626253").await;
    assert_eq!(code, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn a_check_of_severity_warn_accepts_the_pin_with_the_warning_in_the_report() {
    let folder = folder();
    let server = Server::start(folder.path(), &[]);
    let policy = server
        .set_policy(
            json!({"extraChecks": [{"check": "sequenceRun", "max": 3, "severity": "warn"}]}),
        )
        .await;
    assert_eq!(
        policy["extraChecks"],
        json!([{"check": "sequenceRun", "severity": "warn"}]),
        "max 3 is the default"
    );
    let first = server.create("amos", &[]).await;

    let (code, body) = server.change("amos", &first, "501234").await;
    assert_eq!(code, StatusCode::OK, "{body}");
    let report = &body["report"];
    assert_eq!(report["ok"], true);
    assert_eq!(report["violations"], json!([]));
    assert_eq!(codes(&report["warnings"]), ["sequenceRun"]);
    assert_eq!(report["warnings"][0]["max"], 3);
    assert!(report["warnings"][0]["message"].as_str().unwrap().len() > 10);
    let (code, _) = server.logon("amos", "501234").await;
    assert_eq!(code, StatusCode::OK, "the warned PIN is the PIN now");

    // A refusal still refuses, and carries the warnings too.
    let (code, body) = server.change("amos", "501234", "50123").await;
    assert_eq!(code, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(codes(&body["report"]["violations"]), ["tooShort"]);
    assert_eq!(codes(&body["report"]["warnings"]), ["sequenceRun"]);
}
