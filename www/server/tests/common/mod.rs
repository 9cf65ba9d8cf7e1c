//! A real `pinwarden-server` process for a test: a free port, a SQLite file in a
//! temporary folder, a known administrator token, and a small site; killed when dropped.

#![allow(dead_code)] // each test file uses a part

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use reqwest::{Client, Method, RequestBuilder, Response, StatusCode};
use serde_json::Value;

/// The administrator's token every test server gets.
pub const TOKEN: &str = "test-admin-token-0123456789";

/// A running server.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:<port>`, without the final slash.
    pub base: String,
    /// The SQLite file.
    pub db: PathBuf,
    /// The folder of the site's files.
    pub site: PathBuf,
    /// A client for it.
    pub client: Client,
    /// What the server printed first, both lines.
    pub banner: [String; 2],
}

/// A temporary folder holding the database and a site of two files.
pub fn folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    let site = folder.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).unwrap();
    let page = format!(
        "<!doctype html><meta charset=utf-8><title>pinwarden</title>{}",
        "<p>Choose your PIN.</p>".repeat(200)
    );
    std::fs::write(site.join("index.html"), page).unwrap();
    std::fs::write(site.join("demo.css"), "body { margin: 0 }\n".repeat(50)).unwrap();
    std::fs::write(site.join("pkg/pin-field.js"), "export {};\n").unwrap();
    folder
}

impl Server {
    /// Starts the server on the database and site of `folder`, with `args` added.
    pub fn start(folder: &Path, args: &[&str]) -> Server {
        let db = folder.join("accounts.sqlite3");
        let site = folder.join("site");
        let mut child = Command::new(env!("CARGO_BIN_EXE_pinwarden-server"))
            .args(["--port", "0", "--db"])
            .arg(&db)
            .arg("--site")
            .arg(&site)
            .args(args)
            .env("PINWARDEN_ADMIN_TOKEN", TOKEN)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut banner = [String::new(), String::new()];
        for line in &mut banner {
            stdout.read_line(line).unwrap();
            *line = line.trim_end().to_owned();
        }
        let base = banner[0]
            .strip_prefix("pinwarden: serving ")
            .unwrap_or_else(|| panic!("unexpected first line {:?}", banner[0]))
            .trim_end_matches('/')
            .to_owned();
        Server {
            child,
            base,
            db,
            site,
            client: Client::builder().no_proxy().build().unwrap(),
            banner,
        }
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Stops the server (as a crash would: no chance to tidy up).
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// A request to `path`.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.client.request(method, format!("{}{path}", self.base))
    }

    /// An administrator's request to `path`.
    pub fn admin(&self, method: Method, path: &str) -> RequestBuilder {
        self.request(method, path).bearer_auth(TOKEN)
    }

    /// Creates an account; its first PIN.
    pub async fn create(&self, name: &str, extensions: &[&str]) -> String {
        let (status, body) = answer(
            self.admin(Method::POST, "/api/users")
                .json(&serde_json::json!({ "name": name, "extensions": extensions })),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["pin"].as_str().unwrap().to_owned()
    }

    /// Creates an account with the person's names; its first PIN.
    pub async fn create_named(&self, name: &str, names: &[&str]) -> String {
        let (status, body) = answer(
            self.admin(Method::POST, "/api/users")
                .json(&serde_json::json!({ "name": name, "names": names })),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["pin"].as_str().unwrap().to_owned()
    }

    /// Puts `policy` in force (`PUT /api/policy`); the complete policy.
    pub async fn set_policy(&self, policy: Value) -> Value {
        let (status, body) = answer(self.admin(Method::PUT, "/api/policy").json(&policy)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body
    }

    /// Moves the demo clock to `days` after the real time (`PUT /api/demo/clock`).
    pub async fn set_clock(&self, days: u32) {
        let (status, body) = answer(
            self.admin(Method::PUT, "/api/demo/clock")
                .json(&serde_json::json!({ "offsetDays": days })),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }

    /// A logon attempt.
    pub async fn logon(&self, name: &str, pin: &str) -> (StatusCode, Value) {
        answer(
            self.request(Method::POST, "/api/logon")
                .json(&serde_json::json!({ "name": name, "pin": pin })),
        )
        .await
    }

    /// A PIN change.
    pub async fn change(&self, name: &str, current: &str, new: &str) -> (StatusCode, Value) {
        answer(
            self.request(Method::POST, "/api/pin")
                .json(&serde_json::json!({ "name": name, "currentPin": current, "newPin": new })),
        )
        .await
    }

    /// An account's status (`GET /api/users/{name}`).
    pub async fn status(&self, name: &str) -> Value {
        let (status, body) = answer(self.admin(Method::GET, &format!("/api/users/{name}"))).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body
    }

    /// An account's outbox.
    pub async fn outbox(&self, name: &str) -> Vec<Value> {
        let (status, body) =
            answer(self.admin(Method::GET, &format!("/api/users/{name}/outbox"))).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body.as_array().unwrap().clone()
    }

    /// The peak resident memory of the server so far, in KiB (Linux: `VmHWM`).
    pub fn peak_memory_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).ok()?;
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmHWM:"))?
            .trim()
            .trim_end_matches("kB")
            .trim()
            .parse()
            .ok()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sends `request`; the status and the JSON body (`null` when empty).
pub async fn answer(request: RequestBuilder) -> (StatusCode, Value) {
    let response = request.send().await.unwrap();
    json_of(response).await
}

/// The status and the JSON body of `response` (`null` when empty).
pub async fn json_of(response: Response) -> (StatusCode, Value) {
    let status = response.status();
    let text = response.text().await.unwrap();
    let body = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("{status}: not JSON: {text}"))
    };
    (status, body)
}

/// Asserts that `body` is SPEC §10's refusal with `code` (and `field`, when given).
pub fn assert_refusal(body: &Value, code: &str, field: Option<&str>) {
    let error = &body["error"];
    assert_eq!(error["code"], code, "{body}");
    assert!(
        error["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    if let Some(field) = field {
        assert_eq!(error["field"], field, "{body}");
    }
    let keys: Vec<&String> = error.as_object().unwrap().keys().collect();
    assert!(
        keys.iter()
            .all(|key| ["code", "message", "field", "allowedAt"].contains(&key.as_str())),
        "{body}"
    );
}

/// A PIN no test account has: the server's generated PINs could be anything, so tests
/// that want a wrong PIN take one the account's current PIN is not.
pub fn wrong_pin(current: &str) -> &'static str {
    if current == "000000" {
        "000001"
    } else {
        "000000"
    }
}
