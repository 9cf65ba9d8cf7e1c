//! The server against the core, step by step: seeded random sequences of logons (right and
//! wrong PINs), PIN changes and moves of the demo clock on one account, under a policy with
//! a minimum PIN age, a lifetime and an expiry warning. The core's own [`PinAccount`],
//! driven with the same steps at the same times, is the oracle: after every step the
//! server's answer (status, `outcome`, `mustChange`, `expiresInDays`, the report's codes,
//! `tooSoon` and its `allowedAt`) and the account's status are the oracle's.
//!
//! A failing sequence prints its seed; `PINWARDEN_SEED=<seed>` replays it alone.

mod common;

use common::{Server, folder};
use pinwarden::{AccountError, Context, MustChange, PinAccount, Policy, Timestamp, Verification};
use reqwest::StatusCode;
use serde_json::{Value, json};

const DAY_MS: i64 = 86_400_000;
/// How far the server's clock and the oracle's may be apart (the time a step takes).
const SLACK_MS: i64 = 60_000;
const STEPS: usize = 60;
/// PINs the person chooses among (each passes Exchange's rules on its own).
const CHOICES: [&str; 5] = ["480137", "592640", "731846", "264913", "915372"];
const WRONG: &str = "000000";

/// A small seeded generator (xorshift64*), so that a sequence can be replayed.
struct Seeded(u64);

impl Seeded {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

fn now(offset_days: i64) -> Timestamp {
    let real = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis();
    Timestamp::from_unix_millis(i64::try_from(real).unwrap() + offset_days * DAY_MS)
}

/// What the oracle's logon says, as the server's body would.
fn logon_body(verification: &Verification) -> (StatusCode, Value) {
    match verification {
        Verification::Success {
            must_change,
            expires_in_days,
        } => {
            let mut body =
                json!({"outcome": "success", "mustChange": must_change.map(MustChange::as_str)});
            if let Some(days) = expires_in_days {
                body["expiresInDays"] = json!(days);
            }
            (StatusCode::OK, body)
        }
        Verification::Failure { locked_out, .. } => (
            StatusCode::UNAUTHORIZED,
            json!({"outcome": "failure", "lockedOut": locked_out}),
        ),
        Verification::LockedOut => (StatusCode::LOCKED, json!({"outcome": "lockedOut"})),
    }
}

fn codes(list: &Value) -> Vec<String> {
    list.as_array()
        .map(|items| {
            items
                .iter()
                .map(|v| v["code"].as_str().unwrap_or("").to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// How often each answer worth seeing came up, so that the test shows it reached them.
#[derive(Default, Debug)]
struct Counts {
    accepted: usize,
    refused: usize,
    too_soon: usize,
    warned: usize,
    expired: usize,
    wrong: usize,
}

/// One account on a real server, and the core's account beside it.
struct Model {
    server: Server,
    _folder: tempfile::TempDir,
    oracle: PinAccount,
    policy: Policy,
    offset: i64,
    /// Each side's current PIN: the first ones differ (each side generated its own), the
    /// ones the person chooses are the same.
    server_pin: String,
    oracle_pin: String,
}

impl Model {
    /// `None` in the one chance in 100,000 that a generated PIN is one of the choices.
    async fn start() -> Option<Model> {
        let folder = folder();
        let server = Server::start(folder.path(), &["--demo"]);
        let policy_json = json!({
            "minAgeDays": 2, "lifetimeDays": 8, "expiryWarningDays": 5, "historyCount": 3,
            "failuresBeforeReset": null, "failuresBeforeLockout": 999
        });
        server.set_policy(policy_json.clone()).await;
        let policy = Policy::from_json(&policy_json).unwrap();
        let server_pin = server.create("amos", &[]).await;
        let (oracle, oracle_pin) = PinAccount::create(&policy, &Context::new(), now(0)).unwrap();
        let oracle_pin = oracle_pin.expose().to_owned();
        if CHOICES.contains(&server_pin.as_str()) || CHOICES.contains(&oracle_pin.as_str()) {
            return None;
        }
        Some(Model {
            server,
            _folder: folder,
            oracle,
            policy,
            offset: 0,
            server_pin,
            oracle_pin,
        })
    }

    async fn move_clock(&mut self, days: i64) {
        self.offset += days;
        self.server
            .set_clock(u32::try_from(self.offset).unwrap())
            .await;
    }

    /// The oracle's logon with its right PIN, or with a wrong one.
    fn oracle_logon(&mut self, right: bool) -> Verification {
        let pin = if right {
            self.oracle_pin.as_str()
        } else {
            WRONG
        };
        self.oracle
            .verify(&self.policy, &Context::new(), pin, now(self.offset))
            .unwrap()
    }

    async fn logon(&mut self, right: bool, at: &str, counts: &mut Counts) {
        let verification = self.oracle_logon(right);
        let sent = if right {
            self.server_pin.as_str()
        } else {
            WRONG
        };
        let answer = self.server.logon("amos", sent).await;
        assert_eq!(answer, logon_body(&verification), "logon ({at})");
        counts.wrong += usize::from(!right);
        counts.expired += usize::from(answer.1["mustChange"] == "expired");
    }

    async fn change(&mut self, right: bool, new: &str, at: &str, counts: &mut Counts) {
        let current = if right {
            self.server_pin.as_str()
        } else {
            WRONG
        };
        let (status, body) = self.server.change("amos", current, new).await;
        let verification = self.oracle_logon(right);
        if !matches!(verification, Verification::Success { .. }) {
            assert_eq!((status, body), logon_body(&verification), "change ({at})");
            return;
        }
        let outcome = self
            .oracle
            .set_pin(&self.policy, &Context::new(), new, now(self.offset));
        match outcome {
            Ok(report) => {
                assert_eq!(status, StatusCode::OK, "change ({at}): {body}");
                assert!(report.ok() && codes(&body["report"]["violations"]).is_empty());
                new.clone_into(&mut self.server_pin);
                new.clone_into(&mut self.oracle_pin);
                counts.accepted += 1;
            }
            Err(AccountError::Rejected(report)) => {
                assert_eq!(
                    status,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "change ({at}): {body}"
                );
                let expected: Vec<String> = report.codes().map(|c| c.as_str().to_owned()).collect();
                assert_eq!(codes(&body["report"]["violations"]), expected, "{at}");
                counts.refused += 1;
            }
            Err(AccountError::TooSoon { allowed_at }) => {
                assert_eq!(
                    status,
                    StatusCode::TOO_MANY_REQUESTS,
                    "change ({at}): {body}"
                );
                assert_eq!(body["error"]["code"], "tooSoon", "{at}");
                let given = body["allowedAt"].as_i64().unwrap();
                assert_eq!(body["error"]["allowedAt"], given, "{at}");
                let expected = allowed_at.unix_millis();
                assert!(
                    (given - expected).abs() < SLACK_MS,
                    "allowedAt {given} vs {expected} ({at})"
                );
                counts.too_soon += 1;
            }
            Err(other) => panic!("{at}: {other}"),
        }
    }

    /// The server's status is the oracle's.
    async fn check_status(&self, at: &str, counts: &mut Counts) {
        let status = self.server.status("amos").await;
        let expected = self.oracle.status(&self.policy, now(self.offset));
        assert_eq!(status["failures"], expected.failures, "{at}: {status}");
        assert_eq!(status["pinExpired"], expected.pin_expired, "{at}: {status}");
        assert_eq!(
            status["firstTimeUser"], expected.first_time_user,
            "{at}: {status}"
        );
        assert_eq!(status["lockedOut"], expected.locked_out, "{at}: {status}");
        assert_eq!(
            status.get("expiresInDays").and_then(Value::as_u64),
            expected.expires_in_days.map(u64::from),
            "{at}: {status}"
        );
        counts.warned += usize::from(expected.expires_in_days.is_some());
    }
}

async fn sequence(seed: u64, counts: &mut Counts) {
    let mut random = Seeded(seed | 1);
    let Some(mut model) = Model::start().await else {
        return;
    };
    for step in 0..STEPS {
        let at = format!("seed {seed}, step {step}");
        match random.below(8) {
            0 | 1 => {
                let days = i64::try_from(random.below(5)).unwrap();
                model.move_clock(days).await;
            }
            2..=5 => model.logon(random.below(4) != 0, &at, counts).await,
            _ => {
                let right = random.below(5) != 0;
                let new = CHOICES[usize::try_from(random.below(5)).unwrap()];
                model.change(right, new, &at, counts).await;
            }
        }
        model.check_status(&at, counts).await;
    }
}

#[tokio::test]
async fn the_servers_answers_are_the_cores_at_every_step() {
    let seeds: Vec<u64> = match std::env::var("PINWARDEN_SEED") {
        Ok(seed) => vec![seed.parse().expect("PINWARDEN_SEED is a number")],
        Err(_) => vec![1, 2, 3],
    };
    let mut counts = Counts::default();
    for seed in &seeds {
        sequence(*seed, &mut counts).await;
    }
    println!("{counts:?}");
    if seeds.len() > 1 {
        assert!(
            counts.accepted > 0
                && counts.refused > 0
                && counts.too_soon > 0
                && counts.warned > 0
                && counts.expired > 0
                && counts.wrong > 0,
            "the sequences reach every answer: {counts:?}"
        );
    }
}
