//! The one shape of every refusal (SPEC §10): `{"error": {"code", "message", "field"?}}`,
//! with a 4xx status; the message in the caller's language.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use pinwarden::Locale;
use serde_json::{Value, json};

/// A refusal: the status, a stable camelCase `code`, a message (never holding a PIN) and
/// the field of the request at fault, when there is one.
#[derive(Debug)]
pub struct ApiError {
    /// The HTTP status (4xx, or 503 when the database fails).
    pub status: StatusCode,
    /// The stable code, e.g. `"userNotFound"`.
    pub code: &'static str,
    /// What went wrong, in words for a person.
    pub message: String,
    /// The request field at fault.
    pub field: Option<String>,
    /// More members of the `error` object (e.g. `allowedAt`).
    pub extra: Option<(&'static str, Value)>,
}

impl ApiError {
    /// A refusal with `status`, `code` and `message`.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            field: None,
            extra: None,
        }
    }

    /// The same refusal, naming the request field at fault.
    #[must_use]
    pub fn field(mut self, field: impl Into<String>) -> ApiError {
        self.field = Some(field.into());
        self
    }

    /// 400: the request is not what this call takes.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, code, message)
    }

    /// 401 for an administrator call without the right token.
    pub fn unauthorized(locale: Locale) -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            pick(
                locale,
                "This call needs the administrator token: `Authorization: Bearer <token>`.",
                "Cet appel exige le jeton d’administrateur : `Authorization: Bearer <jeton>`.",
            ),
        )
    }

    /// 404 for a name with no account (administrator calls only: a logon never says so).
    pub fn user_not_found(locale: Locale) -> ApiError {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "userNotFound",
            pick(
                locale,
                "No account has this name.",
                "Aucun compte ne porte ce nom.",
            ),
        )
        .field("name")
    }

    /// 503 when the database cannot be read or written; the details go to standard error.
    pub fn storage(locale: Locale, detail: &str) -> ApiError {
        eprintln!("pinwarden: storage error: {detail}");
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "storageUnavailable",
            pick(
                locale,
                "The account database is unavailable; try again.",
                "La base des comptes est indisponible ; réessayez.",
            ),
        )
    }

    /// The JSON body.
    pub fn body(&self) -> Value {
        let mut error = json!({ "code": self.code, "message": self.message });
        if let Some(field) = &self.field {
            error["field"] = Value::from(field.as_str());
        }
        if let Some((key, value)) = &self.extra {
            error[*key] = value.clone();
        }
        json!({ "error": error })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, axum::Json(self.body())).into_response();
        if self.status == StatusCode::UNAUTHORIZED && self.code == "unauthorized" {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"pinwarden\""),
            );
        }
        response
    }
}

/// The English or the French text.
pub fn pick(locale: Locale, en: &str, fr: &str) -> String {
    match locale {
        Locale::Fr => fr.to_owned(),
        Locale::En => en.to_owned(),
    }
}

/// The refusal a bare status stands for, when a layer (routing, body limit, timeout, the
/// static files) answered with a status and no JSON body.
pub fn for_status(status: StatusCode, locale: Locale) -> ApiError {
    let (code, en, fr) = match status {
        StatusCode::NOT_FOUND => (
            "notFound",
            "Nothing is at this address.",
            "Rien ne se trouve à cette adresse.",
        ),
        StatusCode::METHOD_NOT_ALLOWED => (
            "methodNotAllowed",
            "This address does not take this method; see the `Allow` header.",
            "Cette adresse n’accepte pas cette méthode ; voir l’en-tête `Allow`.",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "bodyTooLarge",
            "The request body is too large.",
            "Le corps de la requête est trop grand.",
        ),
        StatusCode::REQUEST_TIMEOUT => (
            "timeout",
            "The request took too long.",
            "La requête a pris trop de temps.",
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            "unsupportedMediaType",
            "Send the body as JSON.",
            "Envoyez le corps en JSON.",
        ),
        StatusCode::RANGE_NOT_SATISFIABLE => (
            "rangeNotSatisfiable",
            "The requested range is outside the file.",
            "La plage demandée est hors du fichier.",
        ),
        StatusCode::PRECONDITION_FAILED => (
            "preconditionFailed",
            "The file changed since the given date.",
            "Le fichier a changé depuis la date donnée.",
        ),
        _ => (
            "badRequest",
            "The request could not be understood.",
            "La requête n’a pas pu être comprise.",
        ),
    };
    ApiError::new(status, code, pick(locale, en, fr))
}
