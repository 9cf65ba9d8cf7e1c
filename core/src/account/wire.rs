//! The serialized form of an account, and its errors.
//!
//! ```json
//! {"format":"pinwarden-account","version":3,"revision":7,"failures":0,"lockedOut":false,
//!  "firstTimeUser":true,"policyChanged":false,"changedAt":1700000000000,
//!  "history":{…PinHistory…}}
//! ```
//!
//! Version 1 (before revisions) has no `revision` and still parses, as revision 0;
//! versions 1 and 2 (before `minAgeDays`) have no `policyChanged` and parse as false.

use serde::Serialize;
use serde_json::Value;

use super::{PinAccount, Timestamp};
use crate::{GenerateError, HistoryError, PinHistory, Report};

const FORMAT: &str = "pinwarden-account";
/// The fields of the serialized form; any other is an error.
const FIELDS: [&str; 9] = [
    "format",
    "version",
    "revision",
    "failures",
    "lockedOut",
    "firstTimeUser",
    "policyChanged",
    "changedAt",
    "history",
];

/// The version written; 2 added `revision`.
const VERSION: u32 = 3;
/// The oldest version still read.
const OLDEST_VERSION: u32 = 1;

/// Why an account operation did not happen.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AccountError {
    /// The new PIN breaks the policy; the report says how.
    #[error("the PIN breaks the policy: {}", .0.codes().map(crate::Code::as_str).collect::<Vec<_>>().join(", "))]
    Rejected(Report),
    /// The account is locked; an administrator must unlock or reset it first.
    #[error("the account is locked out")]
    LockedOut,
    /// The PIN was changed less than the policy's `minAgeDays` ago, and no change is
    /// required: a new PIN can be chosen from `allowed_at`.
    #[error("the PIN was changed too recently: it can be changed again from {} (milliseconds since 1970)", .allowed_at.unix_millis())]
    TooSoon {
        /// When a change will be allowed.
        allowed_at: Timestamp,
    },
    /// No PIN could be generated.
    #[error(transparent)]
    Generate(GenerateError),
    /// The history refused a change.
    #[error(transparent)]
    History(HistoryError),
    /// Serialized data that is corrupt, truncated or of an unknown version.
    #[error("invalid PIN account: {0}")]
    Invalid(String),
}

impl AccountError {
    /// The stable, camelCase code of this error.
    pub fn code(&self) -> &'static str {
        match self {
            AccountError::Rejected(_) => "rejected",
            AccountError::LockedOut => "lockedOut",
            AccountError::TooSoon { .. } => "tooSoon",
            AccountError::Generate(error) => error.code(),
            AccountError::History(error) => error.code(),
            AccountError::Invalid(_) => "invalidAccount",
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Wire {
    format: String,
    version: u32,
    revision: u64,
    failures: u32,
    locked_out: bool,
    first_time_user: bool,
    policy_changed: bool,
    changed_at: Timestamp,
    history: serde_json::Value,
}

pub(super) fn serialize(account: &PinAccount) -> String {
    let history: serde_json::Value =
        serde_json::from_str(&account.history.serialize()).unwrap_or_default();
    let wire = Wire {
        format: FORMAT.into(),
        version: VERSION,
        revision: account.revision,
        failures: account.failures,
        locked_out: account.locked_out,
        first_time_user: account.first_time_user,
        policy_changed: account.policy_changed,
        changed_at: account.changed_at,
        history,
    };
    serde_json::to_string(&wire).unwrap_or_default()
}

pub(super) fn parse(
    text: &str,
    parse_history: impl Fn(&str) -> Result<PinHistory, HistoryError>,
) -> Result<PinAccount, AccountError> {
    let invalid = |reason: String| AccountError::Invalid(reason);
    let (map, version) = crate::envelope::open_versions(
        text,
        FORMAT,
        OLDEST_VERSION..=VERSION,
        "a PIN account",
        &FIELDS,
    )
    .map_err(AccountError::Invalid)?;
    let revision = match (version, map.get("revision")) {
        (1, None) => 0,
        (1, Some(_)) => return Err(invalid("version 1 has no `revision`".into())),
        (_, revision) => revision
            .and_then(Value::as_u64)
            .ok_or_else(|| invalid("`revision` must be a whole number".into()))?,
    };
    let flag = |name: &str| {
        map.get(name)
            .and_then(Value::as_bool)
            .ok_or_else(|| invalid(format!("`{name}` must be true or false")))
    };
    let failures = map
        .get("failures")
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| invalid("`failures` must be a whole number".into()))?;
    let changed_at = map
        .get("changedAt")
        .and_then(Value::as_i64)
        .map(Timestamp::from_unix_millis)
        .ok_or_else(|| invalid("`changedAt` must be milliseconds since 1970".into()))?;
    let history = map
        .get("history")
        .ok_or_else(|| invalid("`history` is missing".into()))?;
    // `serde_json::to_string`, not `Value`'s `Display`, whose `std::io` adapter would cost
    // the wasm kilobytes (as in policy errors).
    let history = serde_json::to_string(history).unwrap_or_default();
    let history = parse_history(&history).map_err(|error| invalid(error.to_string()))?;
    if history.is_empty() {
        return Err(invalid("the history holds no current PIN".into()));
    }
    Ok(PinAccount {
        history,
        failures,
        locked_out: flag("lockedOut")?,
        first_time_user: flag("firstTimeUser")?,
        policy_changed: match (version, map.get("policyChanged")) {
            (1 | 2, None) => false,
            (1 | 2, Some(_)) => {
                return Err(invalid(format!("version {version} has no `policyChanged`")));
            }
            _ => flag("policyChanged")?,
        },
        changed_at,
        revision,
    })
}
