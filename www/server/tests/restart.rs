//! SPEC §10: accounts, their outboxes and the policy live in the SQLite file, and survive
//! the server stopping — even killed, as in a crash.

mod common;

use common::{Server, answer, folder};
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn accounts_outboxes_and_the_policy_survive_a_restart() {
    let folder = folder();
    let before = Server::start(folder.path(), &[]);
    let (status, _) = answer(
        before
            .admin(Method::PUT, "/api/policy")
            .json(&json!({"minLength": 8, "failuresBeforeReset": 3})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let first = before.create("amos", &["+1 425 555 0123"]).await;
    let (status, body) = before.change("amos", &first, "48013725").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    for _ in 0..4 {
        before.logon("amos", "00000000").await;
    }
    let status_before = before.status("amos").await;
    let outbox_before = before.outbox("amos").await;
    assert_eq!(outbox_before.len(), 1, "the 3rd failure reset the PIN");
    before.kill();

    let after = Server::start(folder.path(), &[]);
    let (_, policy) = answer(after.request(Method::GET, "/api/policy")).await;
    assert_eq!(
        (
            policy["minLength"].clone(),
            policy["failuresBeforeReset"].clone()
        ),
        (json!(8), json!(3))
    );
    assert_eq!(after.status("amos").await, status_before);
    assert_eq!(status_before["failures"], 4);
    assert_eq!(after.outbox("amos").await, outbox_before);
    let (status, _) = answer(
        after
            .admin(Method::POST, "/api/users")
            .json(&json!({"name": "amos"})),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    // The PIN sent before the restart is the current one, and the history is kept: the
    // person's earlier choice is still recycled.
    let sent = outbox_before[0]["pin"].as_str().unwrap();
    let (status, body) = after.logon("amos", sent).await;
    assert_eq!(
        (status, body),
        (
            StatusCode::OK,
            json!({"outcome": "success", "mustChange": "firstTimeUser"})
        )
    );
    let (status, body) = after.change("amos", sent, "48013725").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["report"]["violations"][0]["code"], "recycled");
    // The number kept with the account still counts: its last eight digits are refused.
    let (status, body) = after.change("amos", sent, "55550123").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["report"]["violations"][0]["code"], "extensionSuffix");
}
