//! The administrator's bearer token (SPEC §10): `PINWARDEN_ADMIN_TOKEN`, or 32 random bytes
//! from the operating system's CSPRNG, compared in constant time.

use axum::extract::FromRequestParts;
use axum::http::{header, request::Parts};
use subtle::ConstantTimeEq;

use crate::App;
use crate::error::ApiError;
use crate::request::locale_of;

/// The token administrator calls must present.
#[derive(Clone)]
pub struct AdminToken(String);

impl AdminToken {
    /// This token (from the environment); `None` when it is too short to be safe (under
    /// 16 characters) or not printable ASCII.
    pub fn given(token: &str) -> Option<AdminToken> {
        (token.len() >= 16 && token.bytes().all(|b| b.is_ascii_graphic()))
            .then(|| AdminToken(token.to_owned()))
    }

    /// A new token: 32 bytes from the OS CSPRNG, as 64 hexadecimal digits.
    ///
    /// # Errors
    /// When the CSPRNG fails.
    pub fn generate() -> Result<AdminToken, getrandom::Error> {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes)?;
        let hex = bytes
            .iter()
            .flat_map(|b| [HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]])
            .map(char::from)
            .collect();
        Ok(AdminToken(hex))
    }

    /// The token, to print with the administrator page's address.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether `presented` is the token, in time independent of where they differ.
    pub fn matches(&self, presented: &str) -> bool {
        self.0.as_bytes().ct_eq(presented.as_bytes()).into()
    }
}

impl std::fmt::Debug for AdminToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AdminToken(<redacted>)")
    }
}

/// Proof that the request carries `Authorization: Bearer <the token>`; extracting it
/// refuses any other request with 401 `unauthorized`.
pub struct Admin;

impl FromRequestParts<std::sync::Arc<App>> for Admin {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &std::sync::Arc<App>,
    ) -> Result<Self, Self::Rejection> {
        let presented = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| {
                let (scheme, token) = value.trim().split_once(' ')?;
                scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
            });
        match presented {
            Some(token) if app.token.matches(token) => Ok(Admin),
            _ => Err(ApiError::unauthorized(locale_of(&parts.headers))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let token = AdminToken::generate().unwrap();
        assert_eq!(token.expose().len(), 64);
        assert_ne!(token.expose(), AdminToken::generate().unwrap().expose());
        assert!(token.matches(token.expose()));
        assert!(!token.matches(&token.expose()[1..]));
        assert!(!format!("{token:?}").contains(token.expose()));
        assert!(AdminToken::given("short").is_none());
        assert!(AdminToken::given("a token with spaces in it").is_none());
        assert!(AdminToken::given("0123456789abcdef").is_some());
    }
}
