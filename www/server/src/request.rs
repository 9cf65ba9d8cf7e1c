//! Reading requests by hand, so that every refusal is ours: a body that is not a JSON
//! object, a missing or unknown member, a member of the wrong type, an odd name or PIN.
//! serde's own messages are never passed on, since they can quote the value sent (a PIN).

use axum::extract::FromRequestParts;
use axum::http::{HeaderMap, header, request::Parts};
use pinwarden::Locale;
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::error::{ApiError, pick};

/// The caller's language: the first tag of `Accept-Language` that pinwarden speaks
/// (English otherwise).
#[derive(Clone, Copy, Debug, Default)]
pub struct Lang(pub Locale);

impl<S: Sync> FromRequestParts<S> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Lang(locale_of(&parts.headers)))
    }
}

/// The locale of `Accept-Language` (its tags in order, quality values ignored).
pub fn locale_of(headers: &HeaderMap) -> Locale {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| {
            value
                .split(',')
                .find_map(|tag| Locale::from_tag(tag.split(';').next().unwrap_or("").trim()))
        })
        .unwrap_or_default()
}

/// A JSON object body with the members a call takes.
pub struct Body {
    members: Map<String, Value>,
    locale: Locale,
}

impl Body {
    /// Parses `bytes` as a JSON object whose members are all in `allowed`.
    ///
    /// # Errors
    /// 400 `invalidJson`, `notAnObject` or `unknownField`.
    pub fn parse(bytes: &[u8], allowed: &[&str], locale: Locale) -> Result<Body, ApiError> {
        let value: Value = serde_json::from_slice(bytes).map_err(|error| {
            // Only the position: serde's text may quote the input.
            ApiError::bad_request(
                "invalidJson",
                pick(
                    locale,
                    &format!(
                        "The body is not valid JSON (line {}, column {}).",
                        error.line(),
                        error.column()
                    ),
                    &format!(
                        "Le corps n’est pas du JSON valide (ligne {}, colonne {}).",
                        error.line(),
                        error.column()
                    ),
                ),
            )
        })?;
        let Value::Object(members) = value else {
            return Err(ApiError::bad_request(
                "notAnObject",
                pick(
                    locale,
                    "The body must be a JSON object.",
                    "Le corps doit être un objet JSON.",
                ),
            ));
        };
        if let Some(unknown) = members.keys().find(|key| !allowed.contains(&key.as_str())) {
            let shown: String = unknown.chars().take(40).collect();
            let list = allowed.join("`, `");
            return Err(ApiError::bad_request(
                "unknownField",
                pick(
                    locale,
                    &format!("Unknown member `{shown}`; this call takes `{list}`."),
                    &format!("Membre inconnu `{shown}` ; cet appel prend `{list}`."),
                ),
            )
            .field(shown));
        }
        Ok(Body { members, locale })
    }

    /// The language of the request.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The string member `key`.
    ///
    /// # Errors
    /// 400 `missingField` or `wrongType`.
    pub fn string(&mut self, key: &str) -> Result<Zeroizing<String>, ApiError> {
        match self.members.remove(key) {
            Some(Value::String(text)) => Ok(Zeroizing::new(text)),
            None | Some(Value::Null) => Err(self.missing(key)),
            Some(_) => Err(self.wrong_type(key, "a string", "une chaîne")),
        }
    }

    /// The string member `key` as an account name ([`check_name`]).
    ///
    /// # Errors
    /// 400 `missingField`, `wrongType` or `invalidName`.
    pub fn name(&mut self, key: &str) -> Result<String, ApiError> {
        let name = self.string(key)?.to_string();
        check_name(&name, key, self.locale)?;
        Ok(name)
    }

    /// The member `key` as a list of strings: absent or `null` is empty, a single string is
    /// a list of one.
    ///
    /// # Errors
    /// 400 `wrongType`, or `outOfRange` beyond `max_items` items of `max_chars` characters.
    pub fn strings(
        &mut self,
        key: &str,
        max_items: usize,
        max_chars: usize,
    ) -> Result<Vec<String>, ApiError> {
        let items = match self.members.remove(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::String(text)) => vec![text],
            Some(Value::Array(items)) => items
                .into_iter()
                .map(|item| match item {
                    Value::String(text) => Ok(text),
                    _ => Err(()),
                })
                .collect::<Result<_, ()>>()
                .map_err(|()| self.wrong_type(key, "a list of strings", "une liste de chaînes"))?,
            Some(_) => {
                return Err(self.wrong_type(key, "a list of strings", "une liste de chaînes"));
            }
        };
        if items.len() > max_items || items.iter().any(|item| item.chars().count() > max_chars) {
            return Err(ApiError::bad_request(
                "outOfRange",
                pick(
                    self.locale,
                    &format!("`{key}` takes at most {max_items} items of at most {max_chars} characters."),
                    &format!("`{key}` prend au plus {max_items} éléments d’au plus {max_chars} caractères."),
                ),
            )
            .field(key));
        }
        Ok(items)
    }

    /// The integer member `key`, between `min` and `max`.
    ///
    /// # Errors
    /// 400 `missingField`, `wrongType` or `outOfRange`.
    pub fn integer(&mut self, key: &str, min: i64, max: i64) -> Result<i64, ApiError> {
        match self.members.remove(key) {
            None | Some(Value::Null) => Err(self.missing(key)),
            Some(Value::Number(number)) => match number.as_i64() {
                Some(n) if (min..=max).contains(&n) => Ok(n),
                _ => Err(ApiError::bad_request(
                    "outOfRange",
                    pick(
                        self.locale,
                        &format!("`{key}` must be a whole number from {min} to {max}."),
                        &format!("`{key}` doit être un nombre entier de {min} à {max}."),
                    ),
                )
                .field(key)),
            },
            Some(_) => Err(self.wrong_type(key, "a whole number", "un nombre entier")),
        }
    }

    fn missing(&self, key: &str) -> ApiError {
        ApiError::bad_request(
            "missingField",
            pick(
                self.locale,
                &format!("`{key}` is missing."),
                &format!("`{key}` manque."),
            ),
        )
        .field(key)
    }

    fn wrong_type(&self, key: &str, en: &str, fr: &str) -> ApiError {
        ApiError::bad_request(
            "wrongType",
            pick(
                self.locale,
                &format!("`{key}` must be {en}."),
                &format!("`{key}` doit être {fr}."),
            ),
        )
        .field(key)
    }
}

/// The longest account name.
pub const MAX_NAME: usize = 64;

/// Checks an account name: 1 to 64 ASCII letters, digits, `.`, `_`, `-` and `@`, starting
/// with a letter or a digit (a directory's user name or an e-mail address).
///
/// # Errors
/// 400 `invalidName` naming `field`.
pub fn check_name(name: &str, field: &str, locale: Locale) -> Result<(), ApiError> {
    let fine = (1..=MAX_NAME).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'@'));
    if fine {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            "invalidName",
            pick(
                locale,
                "A name is 1 to 64 letters (a–z, A–Z), digits, `.`, `_`, `-` or `@`, starting with a letter or a digit.",
                "Un nom compte de 1 à 64 lettres (a–z, A–Z), chiffres, `.`, `_`, `-` ou `@`, et commence par une lettre ou un chiffre.",
            ),
        )
        .field(field))
    }
}

/// The longest PIN any policy allows.
pub const MAX_PIN: usize = 24;

/// Checks a PIN typed at a logon: 1 to 24 ASCII digits, what a keypad can send. Anything
/// else is refused without counting as a failed logon (it cannot be anybody's PIN).
///
/// # Errors
/// 400 `invalidPin` naming `field`; the message never quotes the value.
pub fn check_logon_pin(pin: &str, field: &str, locale: Locale) -> Result<(), ApiError> {
    if (1..=MAX_PIN).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            "invalidPin",
            pick(
                locale,
                "A PIN is 1 to 24 digits (0–9).",
                "Un code PIN compte de 1 à 24 chiffres (0–9).",
            ),
        )
        .field(field))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for good in [
            "alice",
            "a",
            "amos.marble@example.com",
            "u-1_2",
            &"x".repeat(64),
        ] {
            assert!(check_name(good, "name", Locale::En).is_ok(), "{good}");
        }
        for odd in [
            "",
            ".x",
            "a b",
            "é",
            "a/b",
            "../x",
            "a\0",
            "<script>",
            &"x".repeat(65),
        ] {
            assert!(check_name(odd, "name", Locale::En).is_err(), "{odd:?}");
        }
    }

    #[test]
    fn logon_pins_are_digits_and_refusals_never_quote_them() {
        assert!(check_logon_pin("0", "pin", Locale::En).is_ok());
        assert!(check_logon_pin(&"9".repeat(24), "pin", Locale::En).is_ok());
        for odd in ["", "12ab", "１２３４", "1234 ", &"1".repeat(25)] {
            let error = check_logon_pin(odd, "pin", Locale::Fr).unwrap_err();
            assert_eq!(error.code, "invalidPin");
            assert!(odd.is_empty() || !error.message.contains(odd.trim()));
        }
    }

    #[test]
    fn bodies() {
        let body = Body::parse(br#"{"pin": 123456}"#, &["pin"], Locale::En);
        let error = body.ok().unwrap().string("pin").unwrap_err();
        assert_eq!(
            (error.code, error.field.as_deref()),
            ("wrongType", Some("pin"))
        );
        assert!(!error.message.contains("123456"));
        let error = Body::parse(br#"{"pin": "4801"#, &["pin"], Locale::En)
            .err()
            .unwrap();
        assert_eq!(error.code, "invalidJson");
        assert!(!error.message.contains("4801"), "{}", error.message);
        let error = Body::parse(b"[1]", &["pin"], Locale::En).err().unwrap();
        assert_eq!(error.code, "notAnObject");
        let error = Body::parse(br#"{"pni": "1"}"#, &["pin"], Locale::En)
            .err()
            .unwrap();
        assert_eq!(
            (error.code, error.field.as_deref()),
            ("unknownField", Some("pni"))
        );
    }

    #[test]
    fn accept_language() {
        let mut headers = HeaderMap::new();
        assert_eq!(locale_of(&headers), Locale::En);
        headers.insert(
            header::ACCEPT_LANGUAGE,
            "de-DE, fr-CA;q=0.8, en;q=0.5".parse().unwrap(),
        );
        assert_eq!(locale_of(&headers), Locale::Fr);
    }
}
