//! Every call of SPEC §10 and every refusal, against a real server process and a real
//! SQLite file.

mod common;

use common::{Server, TOKEN, answer, assert_refusal, folder, json_of};
use reqwest::{Method, StatusCode, header};
use serde_json::{Value, json};

#[tokio::test]
async fn the_banner_gives_the_address_and_the_administrator_page() {
    let folder = folder();
    let server = Server::start(folder.path(), &[]);
    let port = server.base.rsplit(':').next().unwrap();
    assert!(port.parse::<u16>().unwrap() > 0);
    assert_eq!(
        server.banner[1],
        format!("pinwarden: administrator page http://127.0.0.1:{port}/reset.html#token={TOKEN}")
    );
    assert!(
        server.db.exists(),
        "the SQLite file is created on first start"
    );
}

#[tokio::test]
async fn the_policy_is_public_to_read_and_the_administrators_to_change() {
    let folder = folder();
    let server = Server::start(folder.path(), &[]);
    let (status, policy) = answer(server.request(Method::GET, "/api/policy")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(policy["minLength"], 6);
    assert_eq!(policy["failuresBeforeLockout"], 15);
    assert_eq!(policy["extraChecks"], json!([]));

    let put = |token: Option<&str>, body: &str| {
        let request = server
            .request(Method::PUT, "/api/policy")
            .header(header::CONTENT_TYPE, "application/json")
            .body(body.to_owned());
        match token {
            Some(token) => request.bearer_auth(token),
            None => request,
        }
    };
    for token in [None, Some("wrong-token-0123456789")] {
        let (status, body) = answer(put(token, r#"{"minLength": 8}"#)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_refusal(&body, "unauthorized", None);
    }
    // Any §1 input: Exchange's names and value forms included.
    let (status, policy) = answer(put(
        Some(TOKEN),
        r#"{"MinPINLength": "8", "LogonFailuresBeforePINReset": "Unlimited", "extraChecks": ["date"]}"#,
    ))
    .await;
    assert_eq!(status, StatusCode::OK, "{policy}");
    assert_eq!(policy["minLength"], 8);
    assert_eq!(policy["failuresBeforeReset"], Value::Null);
    assert_eq!(policy["extraChecks"], json!(["date"]));
    let (_, read) = answer(server.request(Method::GET, "/api/policy")).await;
    assert_eq!(read, policy);

    for (body, code, field) in [
        (r#"{"minLength": 3}"#, "outOfRange", Some("minLength")),
        (r#"{"minLenght": 6}"#, "unknownField", Some("minLenght")),
        (r#"{"minLength": "six"}"#, "wrongType", Some("minLength")),
        (
            r#"{"failuresBeforeReset": 20, "failuresBeforeLockout": 10}"#,
            "crossField",
            None,
        ),
        ("{", "invalidJson", None),
        ("", "invalidJson", None),
    ] {
        let (status, refusal) = answer(put(Some(TOKEN), body)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_refusal(&refusal, code, field);
    }
    // French messages for a French caller.
    let (_, refusal) =
        answer(put(Some(TOKEN), r#"{"minLength": 3}"#).header(header::ACCEPT_LANGUAGE, "fr-CA"))
            .await;
    assert!(
        refusal["error"]["message"]
            .as_str()
            .unwrap()
            .contains("doit être"),
        "{refusal}"
    );
    let (_, read) = answer(server.request(Method::GET, "/api/policy")).await;
    assert_eq!(read, policy, "a refused policy changes nothing");
}

#[tokio::test]
async fn administrators_create_read_reset_and_unlock_accounts() {
    let folder = folder();
    let server = Server::start(folder.path(), &[]);
    let first = server.create("amos", &["36697"]).await;
    assert!(
        first.len() == 6 && first.bytes().all(|b| b.is_ascii_digit()),
        "{first}"
    );
    assert!(!"36697".ends_with(&first));

    let (status, body) = answer(
        server
            .admin(Method::POST, "/api/users")
            .json(&json!({"name": "amos"})),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_refusal(&body, "userExists", Some("name"));

    let status = server.status("amos").await;
    assert_eq!(status["firstTimeUser"], true);
    assert_eq!(status["lockedOut"], false);
    assert_eq!(status["failures"], 0);
    assert_eq!(status["pinExpired"], false);
    assert!(status["expiresAt"].as_i64().unwrap() > 1_700_000_000_000);
    let revision = status["revision"].as_u64().unwrap();
    let keys: Vec<&String> = status.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "expiresAt",
            "failures",
            "firstTimeUser",
            "lockedOut",
            "pinExpired",
            "revision"
        ]
    );

    // Reading changes nothing; a failure is a change.
    assert_eq!(server.status("amos").await["revision"], revision);
    let (code, _) = server.logon("amos", "000000").await;
    assert_eq!(code, StatusCode::UNAUTHORIZED);
    let status = server.status("amos").await;
    assert_eq!(status["failures"], 1);
    assert_eq!(status["revision"].as_u64().unwrap(), revision + 1);

    // Reset: a new PIN, shown once; the old one no longer works.
    let (code, reset) = answer(server.admin(Method::POST, "/api/users/amos/reset")).await;
    assert_eq!(code, StatusCode::OK);
    let second = reset["pin"].as_str().unwrap().to_owned();
    assert_eq!(reset.as_object().unwrap().len(), 1);
    assert_eq!(server.status("amos").await["failures"], 0);
    let (code, _) = server.logon("amos", &first).await;
    assert_eq!(code, StatusCode::UNAUTHORIZED);
    let (code, body) = server.logon("amos", &second).await;
    assert_eq!(code, StatusCode::OK);
    assert_eq!(
        body,
        json!({"outcome": "success", "mustChange": "firstTimeUser"})
    );

    // Unlock: 204, no body, the failures cleared.
    server.logon("amos", "000000").await;
    let response = server
        .admin(Method::POST, "/api/users/amos/unlock")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert!(response.bytes().await.unwrap().is_empty());
    assert_eq!(server.status("amos").await["failures"], 0);

    // An empty outbox: nothing was sent yet.
    assert_eq!(server.outbox("amos").await, Vec::<Value>::new());

    // Unknown names: 404 for administrators.
    for (method, path) in [
        (Method::GET, "/api/users/nobody"),
        (Method::POST, "/api/users/nobody/reset"),
        (Method::POST, "/api/users/nobody/unlock"),
        (Method::GET, "/api/users/nobody/outbox"),
    ] {
        let (code, body) = answer(server.admin(method.clone(), path)).await;
        assert_eq!(code, StatusCode::NOT_FOUND, "{method} {path}");
        assert_refusal(&body, "userNotFound", Some("name"));
    }
}

#[tokio::test]
async fn administrator_calls_need_the_token() {
    let folder = folder();
    let server = Server::start(folder.path(), &["--demo"]);
    server.create("amos", &[]).await;
    let calls = [
        (Method::PUT, "/api/policy", Some(json!({}))),
        (Method::POST, "/api/users", Some(json!({"name": "eve"}))),
        (Method::GET, "/api/users/amos", None),
        (Method::POST, "/api/users/amos/reset", None),
        (Method::POST, "/api/users/amos/unlock", None),
        (Method::GET, "/api/users/amos/outbox", None),
        (Method::GET, "/api/demo/clock", None),
        (
            Method::PUT,
            "/api/demo/clock",
            Some(json!({"offsetDays": 1})),
        ),
    ];
    for (method, path, body) in calls {
        for authorization in [
            None,
            Some("Bearer nope"),
            Some("Basic dGVzdA=="),
            Some(TOKEN),
        ] {
            let mut request = server.request(method.clone(), path);
            if let Some(value) = authorization {
                request = request.header(header::AUTHORIZATION, value);
            }
            if let Some(body) = &body {
                request = request.json(body);
            }
            let response = request.send().await.unwrap();
            assert!(response.headers().contains_key(header::WWW_AUTHENTICATE));
            let (code, refusal) = json_of(response).await;
            assert_eq!(
                code,
                StatusCode::UNAUTHORIZED,
                "{method} {path} {authorization:?}"
            );
            assert_refusal(&refusal, "unauthorized", None);
        }
    }
    assert_eq!(
        server.status("amos").await["firstTimeUser"],
        true,
        "nothing changed"
    );
    assert!(
        answer(
            server
                .request(Method::GET, "/api/users/eve")
                .bearer_auth(TOKEN)
        )
        .await
        .0 == StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn logons_succeed_fail_reset_and_lock_and_unknown_names_look_like_wrong_pins() {
    let folder = folder();
    let server = Server::start(folder.path(), &[]);
    let mut pin = server.create("amos", &[]).await;
    let (code, body) = server.change("amos", &pin, "480137").await;
    assert_eq!(code, StatusCode::OK, "{body}");
    pin = "480137".into();
    let (code, body) = server.logon("amos", &pin).await;
    assert_eq!(
        (code, body),
        (
            StatusCode::OK,
            json!({"outcome": "success", "mustChange": null})
        )
    );

    for attempt in 1..=15 {
        let (code, body) = server.logon("amos", "000000").await;
        assert_eq!(code, StatusCode::UNAUTHORIZED, "attempt {attempt}");
        assert_eq!(
            body,
            json!({"outcome": "failure", "lockedOut": attempt == 15})
        );
        let (unknown_code, unknown_body) = server.logon("nobody", "000000").await;
        assert_eq!(unknown_code, StatusCode::UNAUTHORIZED);
        assert_eq!(
            unknown_body,
            json!({"outcome": "failure", "lockedOut": false})
        );
        if attempt < 15 {
            assert_eq!(
                unknown_body, body,
                "an unknown name answers like a wrong PIN"
            );
        }
    }
    // Locked: even the right PIN gets 423.
    let (code, body) = server.logon("amos", &pin).await;
    assert_eq!(
        (code, body),
        (StatusCode::LOCKED, json!({"outcome": "lockedOut"}))
    );
    let status = server.status("amos").await;
    assert_eq!(
        (status["failures"].clone(), status["lockedOut"].clone()),
        (json!(15), json!(true))
    );

    // The 5th and 10th failures reset the PIN: two messages, never in the logon's answer.
    let outbox = server.outbox("amos").await;
    assert_eq!(outbox.len(), 2, "{outbox:?}");
    for message in &outbox {
        assert_eq!(message["reason"], "automaticReset");
        assert!(message["at"].as_i64().unwrap() > 1_700_000_000_000);
        let sent = message["pin"].as_str().unwrap();
        assert_eq!(sent.len(), 6);
        assert_ne!(sent, pin);
    }
    // The last reset's PIN is current once an administrator unlocks.
    server
        .admin(Method::POST, "/api/users/amos/unlock")
        .send()
        .await
        .unwrap();
    let sent = outbox[1]["pin"].as_str().unwrap();
    let (code, body) = server.logon("amos", sent).await;
    assert_eq!(
        (code, body),
        (
            StatusCode::OK,
            json!({"outcome": "success", "mustChange": "firstTimeUser"})
        )
    );
}

#[tokio::test]
async fn a_new_pin_is_checked_again_by_the_server() {
    let folder = folder();
    let server = Server::start(folder.path(), &[]);
    let first = server.create("amos", &["36697"]).await;

    // Refused by the policy: 422 with the report, in the caller's language.
    let (code, body) = answer(
        server
            .request(Method::POST, "/api/pin")
            .header(header::ACCEPT_LANGUAGE, "fr")
            .json(&json!({"name": "amos", "currentPin": first, "newPin": "136697"})),
    )
    .await;
    assert_eq!(code, StatusCode::OK, "136697 passes: {body}");
    assert_eq!(body["report"]["ok"], true);
    let (code, body) = server.change("amos", "136697", "6697").await;
    assert_eq!(code, StatusCode::UNPROCESSABLE_ENTITY);
    let codes: Vec<&str> = body["report"]["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["tooShort", "extensionSuffix"]);
    assert_eq!(
        body["report"]["violations"][0]["message"],
        "Use at least 6 digits."
    );
    let (_, body) = answer(
        server
            .request(Method::POST, "/api/pin")
            .header(header::ACCEPT_LANGUAGE, "fr")
            .json(&json!({"name": "amos", "currentPin": "136697", "newPin": "123456"})),
    )
    .await;
    assert_eq!(body["report"]["violations"][0]["code"], "sequential");
    assert!(
        body["report"]["violations"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("N’utilisez")
    );
    // The server holds the history: the current PIN and the first one are recycled.
    for old in ["136697", first.as_str()] {
        let (code, body) = server.change("amos", "136697", old).await;
        assert_eq!(code, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            body["report"]["violations"][0]["code"], "recycled",
            "{body}"
        );
    }
    // Not even a digit: a report, not an error.
    let (code, body) = server.change("amos", "136697", "12ab").await;
    assert_eq!(code, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["report"]["violations"][0]["code"], "notDigits");
    assert_eq!(
        server.status("amos").await["failures"],
        0,
        "refusals are not failed logons"
    );

    // A wrong current PIN is a failed logon; locked, 423.
    let (code, body) = server.change("amos", "000000", "480137").await;
    assert_eq!(
        (code, body),
        (
            StatusCode::UNAUTHORIZED,
            json!({"outcome": "failure", "lockedOut": false})
        )
    );
    assert_eq!(server.status("amos").await["failures"], 1);
    let (code, body) = server.change("nobody", "000000", "480137").await;
    assert_eq!(
        (code, body),
        (
            StatusCode::UNAUTHORIZED,
            json!({"outcome": "failure", "lockedOut": false})
        )
    );
    for _ in 0..14 {
        server.logon("amos", "000000").await;
    }
    let (code, body) = server.change("amos", "136697", "480137").await;
    assert_eq!(
        (code, body),
        (StatusCode::LOCKED, json!({"outcome": "lockedOut"}))
    );
}

#[tokio::test]
async fn the_demo_clock_shows_expiry_and_exists_only_in_demo_mode() {
    let folder = folder();
    let plain = Server::start(folder.path(), &[]);
    for method in [Method::GET, Method::PUT] {
        let (code, body) = answer(
            plain
                .admin(method, "/api/demo/clock")
                .json(&json!({"offsetDays": 1})),
        )
        .await;
        assert_eq!(code, StatusCode::NOT_FOUND);
        assert_refusal(&body, "notFound", None);
    }
    plain.kill();

    let demo = Server::start(folder.path(), &["--demo"]);
    let first = demo.create("amos", &[]).await;
    demo.change("amos", &first, "480137").await;
    let (code, body) = answer(demo.admin(Method::GET, "/api/demo/clock")).await;
    assert_eq!((code, body), (StatusCode::OK, json!({"offsetDays": 0})));
    for bad in [
        json!({"offsetDays": -1}),
        json!({"offsetDays": 3651}),
        json!({"offsetDays": 1.5}),
    ] {
        let (code, body) = answer(demo.admin(Method::PUT, "/api/demo/clock").json(&bad)).await;
        assert_eq!(code, StatusCode::BAD_REQUEST, "{bad}");
        assert_refusal(&body, "outOfRange", Some("offsetDays"));
    }
    let (code, body) = answer(
        demo.admin(Method::PUT, "/api/demo/clock")
            .json(&json!({"offsetDays": "60"})),
    )
    .await;
    assert_eq!(code, StatusCode::BAD_REQUEST);
    assert_refusal(&body, "wrongType", Some("offsetDays"));

    let (code, body) = answer(
        demo.admin(Method::PUT, "/api/demo/clock")
            .json(&json!({"offsetDays": 60})),
    )
    .await;
    assert_eq!((code, body), (StatusCode::OK, json!({"offsetDays": 60})));
    let status = demo.status("amos").await;
    assert_eq!(status["pinExpired"], true);
    let (code, body) = demo.logon("amos", "480137").await;
    assert_eq!(
        (code, body),
        (
            StatusCode::OK,
            json!({"outcome": "success", "mustChange": "expired"})
        )
    );
    demo.admin(Method::PUT, "/api/demo/clock")
        .json(&json!({"offsetDays": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(demo.status("amos").await["pinExpired"], false);
}

/// Requests no call takes: each gets a 4xx with the JSON refusal, and never a PIN back.
#[tokio::test]
async fn bad_input_gets_a_4xx_refusal_never_a_5xx() {
    let folder = folder();
    let server = Server::start(folder.path(), &["--demo"]);
    server.create("amos", &[]).await;
    let secret = "480137";
    for case in bad_requests(secret) {
        check(&server, &case, secret).await;
    }
    assert_eq!(
        server.status("amos").await["failures"],
        0,
        "no refused request counted as a logon"
    );
}

/// A request, and the refusal it must get: status, code and field.
type Case = (
    Method,
    String,
    Option<&'static str>,
    String,
    StatusCode,
    &'static str,
    Option<&'static str>,
);

#[allow(clippy::too_many_lines)] // a table
fn bad_requests(secret: &str) -> Vec<Case> {
    let long_name = "a".repeat(65);
    vec![
        (
            Method::POST,
            "/api/logon".into(),
            None,
            "{".into(),
            StatusCode::BAD_REQUEST,
            "invalidJson",
            None,
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            String::new(),
            StatusCode::BAD_REQUEST,
            "invalidJson",
            None,
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            format!("{{\"name\":\"amos\",\"pin\":\"{secret}"),
            StatusCode::BAD_REQUEST,
            "invalidJson",
            None,
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            "[\"amos\"]".into(),
            StatusCode::BAD_REQUEST,
            "notAnObject",
            None,
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            "null".into(),
            StatusCode::BAD_REQUEST,
            "notAnObject",
            None,
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            "{\"name\":\"amos\"}".into(),
            StatusCode::BAD_REQUEST,
            "missingField",
            Some("pin"),
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            format!("{{\"pin\":\"{secret}\"}}"),
            StatusCode::BAD_REQUEST,
            "missingField",
            Some("name"),
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            format!("{{\"name\":\"amos\",\"pin\":{secret}}}"),
            StatusCode::BAD_REQUEST,
            "wrongType",
            Some("pin"),
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            format!("{{\"name\":[\"amos\"],\"pin\":\"{secret}\"}}"),
            StatusCode::BAD_REQUEST,
            "wrongType",
            Some("name"),
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            format!("{{\"name\":\"amos\",\"pin\":\"{secret}\",\"pni\":1}}"),
            StatusCode::BAD_REQUEST,
            "unknownField",
            Some("pni"),
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            "{\"name\":\"amos\",\"pin\":\"12ab\"}".into(),
            StatusCode::BAD_REQUEST,
            "invalidPin",
            Some("pin"),
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            "{\"name\":\"amos\",\"pin\":\"\"}".into(),
            StatusCode::BAD_REQUEST,
            "invalidPin",
            Some("pin"),
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            format!("{{\"name\":\"amos\",\"pin\":\"{}\"}}", "1".repeat(25)),
            StatusCode::BAD_REQUEST,
            "invalidPin",
            Some("pin"),
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            format!("{{\"name\":\"../etc\",\"pin\":\"{secret}\"}}"),
            StatusCode::BAD_REQUEST,
            "invalidName",
            Some("name"),
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            format!("{{\"name\":\"\",\"pin\":\"{secret}\"}}"),
            StatusCode::BAD_REQUEST,
            "invalidName",
            Some("name"),
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            format!("{{\"name\":\"{long_name}\",\"pin\":\"{secret}\"}}"),
            StatusCode::BAD_REQUEST,
            "invalidName",
            Some("name"),
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            format!("{{\"name\":\"am\\u0000os\",\"pin\":\"{secret}\"}}"),
            StatusCode::BAD_REQUEST,
            "invalidName",
            Some("name"),
        ),
        (
            Method::POST,
            "/api/pin".into(),
            None,
            format!("{{\"name\":\"amos\",\"currentPin\":\"{secret}\"}}"),
            StatusCode::BAD_REQUEST,
            "missingField",
            Some("newPin"),
        ),
        (
            Method::POST,
            "/api/pin".into(),
            None,
            format!("{{\"name\":\"amos\",\"currentPin\":\"{secret}\",\"newPin\":480137}}"),
            StatusCode::BAD_REQUEST,
            "wrongType",
            Some("newPin"),
        ),
        (
            Method::POST,
            "/api/pin".into(),
            None,
            "{\"name\":\"amos\",\"currentPin\":\"x\",\"newPin\":\"480137\"}".into(),
            StatusCode::BAD_REQUEST,
            "invalidPin",
            Some("currentPin"),
        ),
        (
            Method::POST,
            "/api/users".into(),
            Some(TOKEN),
            "{\"name\":\"a b\"}".into(),
            StatusCode::BAD_REQUEST,
            "invalidName",
            Some("name"),
        ),
        (
            Method::POST,
            "/api/users".into(),
            Some(TOKEN),
            "{\"name\":\"eve\",\"extensions\":36697}".into(),
            StatusCode::BAD_REQUEST,
            "wrongType",
            Some("extensions"),
        ),
        (
            Method::POST,
            "/api/users".into(),
            Some(TOKEN),
            "{\"name\":\"eve\",\"extensions\":[1]}".into(),
            StatusCode::BAD_REQUEST,
            "wrongType",
            Some("extensions"),
        ),
        (
            Method::POST,
            "/api/users".into(),
            Some(TOKEN),
            format!("{{\"name\":\"eve\",\"names\":[\"{}\"]}}", "x".repeat(101)),
            StatusCode::BAD_REQUEST,
            "outOfRange",
            Some("names"),
        ),
        (
            Method::POST,
            "/api/users".into(),
            Some(TOKEN),
            "{\"name\":\"eve\",\"extensions\":\"1\",\"pin\":\"480137\"}".into(),
            StatusCode::BAD_REQUEST,
            "unknownField",
            Some("pin"),
        ),
        (
            Method::GET,
            "/api/users/a%20b".into(),
            Some(TOKEN),
            String::new(),
            StatusCode::BAD_REQUEST,
            "invalidName",
            Some("name"),
        ),
        (
            Method::GET,
            "/api/users/..%2Fsecret".into(),
            Some(TOKEN),
            String::new(),
            StatusCode::BAD_REQUEST,
            "invalidName",
            Some("name"),
        ),
        (
            Method::GET,
            "/api/users/%FF".into(),
            Some(TOKEN),
            String::new(),
            StatusCode::BAD_REQUEST,
            "badRequest",
            None,
        ),
        (
            Method::GET,
            "/api/logon".into(),
            None,
            String::new(),
            StatusCode::METHOD_NOT_ALLOWED,
            "methodNotAllowed",
            None,
        ),
        (
            Method::DELETE,
            "/api/users/amos".into(),
            Some(TOKEN),
            String::new(),
            StatusCode::METHOD_NOT_ALLOWED,
            "methodNotAllowed",
            None,
        ),
        (
            Method::PATCH,
            "/api/policy".into(),
            Some(TOKEN),
            "{}".into(),
            StatusCode::METHOD_NOT_ALLOWED,
            "methodNotAllowed",
            None,
        ),
        (
            Method::GET,
            "/api/nothing".into(),
            None,
            String::new(),
            StatusCode::NOT_FOUND,
            "notFound",
            None,
        ),
        (
            Method::GET,
            "/api/users/amos/nothing".into(),
            Some(TOKEN),
            String::new(),
            StatusCode::NOT_FOUND,
            "notFound",
            None,
        ),
        (
            Method::GET,
            "/api".into(),
            None,
            String::new(),
            StatusCode::NOT_FOUND,
            "notFound",
            None,
        ),
        (
            Method::POST,
            "/api/logon".into(),
            None,
            format!("{{\"name\":\"amos\",\"pin\":\"{}\"}}", "1".repeat(100_000)),
            StatusCode::PAYLOAD_TOO_LARGE,
            "bodyTooLarge",
            None,
        ),
        (
            Method::GET,
            "/missing.html".into(),
            None,
            String::new(),
            StatusCode::NOT_FOUND,
            "notFound",
            None,
        ),
        (
            Method::GET,
            "/../../etc/passwd".into(),
            None,
            String::new(),
            StatusCode::NOT_FOUND,
            "notFound",
            None,
        ),
        (
            Method::GET,
            "/%2E%2E/%2E%2E/etc/passwd".into(),
            None,
            String::new(),
            StatusCode::NOT_FOUND,
            "notFound",
            None,
        ),
        (
            Method::POST,
            "/index.html".into(),
            None,
            String::new(),
            StatusCode::METHOD_NOT_ALLOWED,
            "methodNotAllowed",
            None,
        ),
    ]
}

/// Sends `case` and checks its refusal.
async fn check(server: &Server, case: &Case, secret: &str) {
    let (method, path, token, body, status, code, field) = case;
    let mut request = server.request(method.clone(), path).body(body.clone());
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    let received = response.status();
    let headers = response.headers().clone();
    let text = response.text().await.unwrap_or_default();
    let shown: String = body.chars().take(80).collect();
    assert_eq!(received, *status, "{method} {path} {shown}: {text}");
    let refusal: Value = serde_json::from_str(&text)
        .unwrap_or_else(|_| panic!("{method} {path} {shown}: not JSON: {text}"));
    assert_refusal(&refusal, code, *field);
    assert!(
        !text.contains(secret),
        "{method} {path}: the PIN came back: {text}"
    );
    if *status == StatusCode::METHOD_NOT_ALLOWED {
        assert!(headers.contains_key(header::ALLOW), "{method} {path}");
    }
    if *status == StatusCode::PAYLOAD_TOO_LARGE {
        // The unread body leaves the connection unusable: the client is told.
        assert_eq!(headers[header::CONNECTION], "close", "{method} {path}");
    }
}
