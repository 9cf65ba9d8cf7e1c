//! SPEC §10: concurrent requests on one account lose nothing. 100 wrong PINs sent at once
//! count exactly as 100 one after another under Exchange's policy: 15 failures (the 5th and
//! the 10th reset the PIN, whose messages go to the outbox; the 15th locks), then 85
//! `lockedOut` answers — on many accounts at the same time.

mod common;

use std::collections::HashSet;

use common::{Server, folder};
use reqwest::StatusCode;
use serde_json::json;
use tokio::task::JoinSet;

const ACCOUNTS: usize = 10;
const ATTEMPTS: usize = 100;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_wrong_logons_at_once_count_as_one_after_another_on_every_account() {
    let folder = folder();
    let server = std::sync::Arc::new(Server::start(folder.path(), &[]));
    let names: Vec<String> = (0..ACCOUNTS).map(|n| format!("user{n}")).collect();
    let mut first_pins = Vec::new();
    for name in &names {
        first_pins.push(server.create(name, &["36697"]).await);
    }

    // Every attempt on every account, all in flight together.
    let mut attempts = JoinSet::new();
    for name in &names {
        for _ in 0..ATTEMPTS {
            let (server, name) = (std::sync::Arc::clone(&server), name.clone());
            attempts.spawn(async move {
                let answer = server.logon(&name, "000000").await; // never generated: repeated
                (name, answer)
            });
        }
    }
    let mut answers: std::collections::HashMap<String, Vec<_>> = std::collections::HashMap::new();
    while let Some(done) = attempts.join_next().await {
        let (name, answer) = done.unwrap();
        answers.entry(name).or_default().push(answer);
    }

    for (name, first) in names.iter().zip(&first_pins) {
        let answers = &answers[name];
        let failures = answers
            .iter()
            .filter(|(status, _)| *status == StatusCode::UNAUTHORIZED)
            .count();
        let locking = answers
            .iter()
            .filter(|(_, body)| *body == json!({"outcome": "failure", "lockedOut": true}))
            .count();
        let locked = answers
            .iter()
            .filter(|(status, body)| {
                *status == StatusCode::LOCKED && *body == json!({"outcome": "lockedOut"})
            })
            .count();
        assert_eq!(
            (failures, locking, locked),
            (15, 1, 85),
            "{name}: 401s, the one that locked, 423s"
        );
        let status = server.status(name).await;
        assert_eq!(status["failures"], 15, "{name}");
        assert_eq!(status["lockedOut"], true, "{name}");
        assert_eq!(status["firstTimeUser"], true, "{name}");

        let outbox = server.outbox(name).await;
        assert_eq!(
            outbox.len(),
            2,
            "{name}: the 5th and the 10th failure reset the PIN"
        );
        let pins: HashSet<&str> = outbox.iter().map(|m| m["pin"].as_str().unwrap()).collect();
        assert_eq!(pins.len(), 2, "{name}: two different PINs");
        assert!(!pins.contains(first.as_str()));
        assert!(outbox.iter().all(|m| m["reason"] == "automaticReset"));
    }

    // The last PIN sent is the current one: unlocked, it logs on.
    let name = &names[0];
    server
        .admin(reqwest::Method::POST, &format!("/api/users/{name}/unlock"))
        .send()
        .await
        .unwrap();
    let outbox = server.outbox(name).await;
    let (status, body) = server.logon(name, outbox[1]["pin"].as_str().unwrap()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}
