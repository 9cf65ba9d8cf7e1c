//! The serialized form of a history: versioned JSON with a checksum, and its errors.
//!
//! ```json
//! {"format":"pinwarden-history","version":1,"algorithm":"argon2id",
//!  "memoryKib":19456,"iterations":2,"parallelism":1,"keep":5,
//!  "salt":"<16 bytes, base64>","digests":["<32 bytes, base64>", …],
//!  "checksum":"<16 bytes, base64>"}
//! ```
//!
//! The checksum (BLAKE2b-128 over every other field) catches corruption and careless edits.
//! It is not a MAC: whoever holds the history can rewrite it consistently. The server's
//! copy is the authority (see the README's security model).

use std::collections::VecDeque;

use base64ct::{Base64, Encoding};
use blake2::digest::consts::U16;
use blake2::{Blake2b, Digest as _};
use serde::Serialize;
use serde_json::Value;

use super::{DIGEST_LEN, Digest, HashParams, PinHistory, SALT_LEN};

const FORMAT: &str = "pinwarden-history";
const VERSION: u32 = 1;
const ALGORITHM: &str = "argon2id";
const CHECKSUM_LEN: usize = 16;

/// Why a history could not be made, changed or read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HistoryError {
    /// Serialized data that is corrupt, truncated, edited or of an unknown version.
    #[error("invalid PIN history: {0}")]
    Invalid(String),
    /// A `keep` or a hashing parameter outside its bounds.
    #[error("{0}")]
    OutOfRange(String),
    /// Something other than 1–24 ASCII digits was added.
    #[error("only PINs of 1 to 24 ASCII digits go into a PIN history")]
    NotDigits,
    /// The system CSPRNG gave no salt.
    #[error("the system's secure random number generator failed: {0}")]
    RandomUnavailable(String),
}

impl HistoryError {
    /// The stable, camelCase code of this error.
    pub fn code(&self) -> &'static str {
        match self {
            HistoryError::Invalid(_) => "invalidHistory",
            HistoryError::OutOfRange(_) => "outOfRange",
            HistoryError::NotDigits => "notDigits",
            HistoryError::RandomUnavailable(_) => "randomUnavailable",
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Wire {
    format: String,
    version: u32,
    algorithm: String,
    memory_kib: u32,
    iterations: u32,
    parallelism: u32,
    keep: u8,
    salt: String,
    digests: Vec<String>,
    checksum: String,
}

pub(super) fn check_keep(keep: u8) -> Result<(), HistoryError> {
    if (1..=20).contains(&keep) {
        Ok(())
    } else {
        Err(HistoryError::OutOfRange(format!(
            "a PIN history keeps 1 to 20 PINs, not {keep}"
        )))
    }
}

pub(super) fn check_params(params: HashParams, floor: HashParams) -> Result<(), HistoryError> {
    let ceiling = HashParams::CEILING;
    let within = |name: &str, value: u32, low: u32, high: u32| {
        if (low..=high).contains(&value) {
            Ok(())
        } else {
            Err(HistoryError::OutOfRange(format!(
                "Argon2id {name} must be {low} to {high}; got {value}"
            )))
        }
    };
    within(
        "memory (KiB)",
        params.memory_kib,
        floor.memory_kib,
        ceiling.memory_kib,
    )?;
    within(
        "iterations",
        params.iterations,
        floor.iterations,
        ceiling.iterations,
    )?;
    within(
        "parallelism",
        params.parallelism,
        floor.parallelism,
        ceiling.parallelism,
    )?;
    // Argon2 needs 8 KiB of memory per lane.
    if params.memory_kib < 8 * params.parallelism {
        return Err(HistoryError::OutOfRange(
            "Argon2id needs at least 8 KiB of memory per lane".into(),
        ));
    }
    Ok(())
}

fn checksum(history: &PinHistory) -> [u8; CHECKSUM_LEN] {
    // BLAKE2b, which Argon2 already brings, so the wasm carries one BLAKE2.
    let mut hasher = Blake2b::<U16>::new();
    hasher.update(FORMAT.as_bytes());
    hasher.update(VERSION.to_le_bytes());
    hasher.update(ALGORITHM.as_bytes());
    for value in [
        history.params.memory_kib,
        history.params.iterations,
        history.params.parallelism,
    ] {
        hasher.update(value.to_le_bytes());
    }
    hasher.update([history.keep]);
    hasher.update(history.salt);
    for digest in &history.digests {
        hasher.update(digest);
    }
    hasher.finalize().into()
}

pub(super) fn serialize(history: &PinHistory) -> String {
    let wire = Wire {
        format: FORMAT.into(),
        version: VERSION,
        algorithm: ALGORITHM.into(),
        memory_kib: history.params.memory_kib,
        iterations: history.params.iterations,
        parallelism: history.params.parallelism,
        keep: history.keep,
        salt: Base64::encode_string(&history.salt),
        digests: history
            .digests
            .iter()
            .map(|d| Base64::encode_string(d))
            .collect(),
        checksum: Base64::encode_string(&checksum(history)),
    };
    serde_json::to_string(&wire).unwrap_or_default()
}

/// The fields of the serialized form; any other is an error.
const FIELDS: [&str; 10] = [
    "format",
    "version",
    "algorithm",
    "memoryKib",
    "iterations",
    "parallelism",
    "keep",
    "salt",
    "digests",
    "checksum",
];

/// The fields of the JSON object, each of its type (see `envelope`).
fn read_wire(map: &serde_json::Map<String, Value>) -> Result<Wire, HistoryError> {
    let text = |name: &str| {
        map.get(name)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| invalid(format!("`{name}` must be a string")))
    };
    let number = |name: &str| {
        map.get(name)
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| invalid(format!("`{name}` must be a whole number")))
    };
    let digests = map
        .get("digests")
        .and_then(Value::as_array)
        .ok_or_else(|| invalid("`digests` must be a list"))?
        .iter()
        .map(|digest| {
            digest
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| invalid("`digests` must hold strings"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Wire {
        format: text("format")?,
        version: number("version")?,
        algorithm: text("algorithm")?,
        memory_kib: number("memoryKib")?,
        iterations: number("iterations")?,
        parallelism: number("parallelism")?,
        keep: u8::try_from(number("keep")?).map_err(|_| invalid("`keep` must be 1 to 20"))?,
        salt: text("salt")?,
        digests,
        checksum: text("checksum")?,
    })
}

fn invalid(reason: impl Into<String>) -> HistoryError {
    HistoryError::Invalid(reason.into())
}

fn decode<const N: usize>(field: &str, text: &str) -> Result<[u8; N], HistoryError> {
    let bytes =
        Base64::decode_vec(text).map_err(|_| invalid(format!("`{field}` is not base64")))?;
    bytes
        .try_into()
        .map_err(|_| invalid(format!("`{field}` must be {N} bytes")))
}

pub(super) fn parse(text: &str, floor: HashParams) -> Result<PinHistory, HistoryError> {
    let map = crate::envelope::open(text, FORMAT, VERSION, "a PIN history", &FIELDS)
        .map_err(HistoryError::Invalid)?;
    let wire = read_wire(&map)?;
    if wire.algorithm != ALGORITHM {
        return Err(invalid(format!("unknown algorithm; expected {ALGORITHM}")));
    }
    let params = HashParams {
        memory_kib: wire.memory_kib,
        iterations: wire.iterations,
        parallelism: wire.parallelism,
    };
    check_params(params, floor).map_err(|error| invalid(error.to_string()))?;
    check_keep(wire.keep).map_err(|error| invalid(error.to_string()))?;
    if wire.digests.len() > usize::from(wire.keep) {
        return Err(invalid("more digests than `keep`"));
    }
    let digests = wire
        .digests
        .iter()
        .map(|digest| decode::<DIGEST_LEN>("digests", digest))
        .collect::<Result<VecDeque<Digest>, _>>()?;
    let history = PinHistory {
        params,
        salt: decode::<SALT_LEN>("salt", &wire.salt)?,
        keep: wire.keep,
        digests,
    };
    let expected = decode::<CHECKSUM_LEN>("checksum", &wire.checksum)?;
    if expected != checksum(&history) {
        return Err(invalid(
            "the checksum does not match: the data was changed or damaged",
        ));
    }
    Ok(history)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored() -> (PinHistory, String) {
        let mut history = PinHistory::for_tests(5);
        for pin in ["482915", "730264", "195837"] {
            history.add(pin).unwrap();
        }
        let text = history.serialize();
        (history, text)
    }

    #[test]
    fn round_trip_is_identity_and_holds_no_pin() {
        let (history, text) = stored();
        let again = PinHistory::parse_for_tests(&text).unwrap();
        assert_eq!(again, history);
        assert!(again.contains("730264"));
        for pin in ["482915", "730264", "195837"] {
            assert!(!text.contains(pin), "{text}");
        }
    }

    #[test]
    fn weak_parameters_are_refused_by_the_public_parser() {
        let (_, text) = stored();
        let error = PinHistory::parse(&text).unwrap_err();
        assert_eq!(error.code(), "invalidHistory");
        assert!(error.to_string().contains("memory"), "{error}");
    }

    #[test]
    fn every_truncation_is_refused() {
        let (_, text) = stored();
        for end in 0..text.len() {
            if text.is_char_boundary(end) {
                assert_eq!(
                    PinHistory::parse_for_tests(&text[..end])
                        .unwrap_err()
                        .code(),
                    "invalidHistory",
                    "{end}"
                );
            }
        }
    }

    #[test]
    fn edits_are_refused() {
        let (_, text) = stored();
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let edits: Vec<(&str, serde_json::Value)> = vec![
            ("keep", 4.into()),
            ("memoryKib", 65.into()),
            ("salt", Base64::encode_string(&[7u8; 16]).into()),
            (
                "digests",
                serde_json::json!([Base64::encode_string(&[1u8; 32])]),
            ),
            ("version", 2.into()),
            ("algorithm", "argon2i".into()),
            ("extra", true.into()),
            ("keep", 25.into()),
            ("memoryKib", u32::MAX.into()),
        ];
        for (field, new) in edits {
            let original = value.get(field).cloned();
            value[field] = new.clone();
            let error = PinHistory::parse_for_tests(&value.to_string()).unwrap_err();
            assert_eq!(error.code(), "invalidHistory", "{field} = {new}");
            match original {
                Some(original) => value[field] = original,
                None => _ = value.as_object_mut().unwrap().remove(field),
            }
        }
        assert!(
            PinHistory::parse_for_tests(&value.to_string()).is_ok(),
            "the edits were undone"
        );
        let error = PinHistory::parse_for_tests(&text.replace("\"version\":1", "\"version\":2"))
            .unwrap_err();
        assert!(error.to_string().contains("unknown version 2"), "{error}");
    }

    #[test]
    fn flipped_characters_are_refused() {
        let (_, text) = stored();
        let bytes = text.as_bytes();
        for at in (0..bytes.len()).step_by(7) {
            let mut changed = bytes.to_vec();
            changed[at] = if changed[at] == b'A' { b'B' } else { b'A' };
            if let Ok(changed) = String::from_utf8(changed) {
                assert!(
                    PinHistory::parse_for_tests(&changed).is_err(),
                    "flip at {at} went unnoticed"
                );
            }
        }
    }
}
