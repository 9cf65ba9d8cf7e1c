//! The versioned JSON envelope shared by the serialized history and account:
//! `{"format": "pinwarden-…", "version": N, …}`. The format and version are checked before
//! anything else, so that data from a future version gets a clear message rather than a
//! complaint about its fields. The fields are then read by hand rather than by a serde
//! derive, whose error messages would bring float formatting into the browser's wasm.

use serde_json::{Map, Value};

/// Parses `text` as a JSON object whose `format` is `format`, whose `version` is
/// `version` and whose fields are among `fields`; otherwise says what is wrong, naming
/// `what` ("a PIN history").
pub(crate) fn open(
    text: &str,
    format: &str,
    version: u32,
    what: &str,
    fields: &[&str],
) -> Result<Map<String, Value>, String> {
    open_versions(text, format, version..=version, what, fields).map(|(map, _)| map)
}

/// [`open`] for data of any version in `versions` (the newest last), returning the version
/// found with the fields.
pub(crate) fn open_versions(
    text: &str,
    format: &str,
    versions: std::ops::RangeInclusive<u32>,
    what: &str,
    fields: &[&str],
) -> Result<(Map<String, Value>, u32), String> {
    let value: Value = serde_json::from_str(text).map_err(|error| format!("not JSON ({error})"))?;
    if value.get("format").and_then(Value::as_str) != Some(format) {
        return Err(format!("not {what} (`format` must be \"{format}\")"));
    }
    let version = match value.get("version").and_then(Value::as_u64) {
        Some(v) if u32::try_from(v).is_ok_and(|v| versions.contains(&v)) => {
            u32::try_from(v).unwrap_or_default()
        }
        Some(v) => {
            let newest = versions.end();
            return Err(format!(
                "unknown version {v}; this pinwarden reads version {newest}{}",
                if versions.start() < newest {
                    format!(" and earlier ones from {}", versions.start())
                } else {
                    String::new()
                }
            ));
        }
        None => return Err("`version` is missing".to_owned()),
    };
    let Value::Object(map) = value else {
        return Err("not a JSON object".to_owned());
    };
    if let Some(unknown) = map.keys().find(|key| !fields.contains(&key.as_str())) {
        let shown: String = unknown.chars().take(40).collect();
        return Err(format!("unknown field `{shown}`"));
    }
    Ok((map, version))
}
