//! The versioned JSON envelope shared by the serialized history and account:
//! `{"format": "pinwarden-…", "version": N, …}`. The format and version are checked before
//! anything else, so that data from a future version gets a clear message rather than a
//! complaint about its fields.

use serde_json::Value;

/// Parses `text` as JSON whose `format` is `format` and whose `version` is `version`;
/// otherwise says what is wrong, naming `what` ("a PIN history").
pub(crate) fn open(text: &str, format: &str, version: u32, what: &str) -> Result<Value, String> {
    let value: Value = serde_json::from_str(text).map_err(|error| format!("not JSON ({error})"))?;
    if value.get("format").and_then(Value::as_str) != Some(format) {
        return Err(format!("not {what} (`format` must be \"{format}\")"));
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(version) => Ok(value),
        Some(v) => Err(format!(
            "unknown version {v}; this pinwarden reads version {version}"
        )),
        None => Err("`version` is missing".to_owned()),
    }
}
