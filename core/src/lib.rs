//! # pinwarden
//!
//! The PIN rules of telephone-keypad PIN systems — Exchange Unified Messaging / Outlook
//! Voice Access mailbox PINs and the Teams / Skype for Business audio-conferencing leader
//! PIN — as one engine with no WebAssembly dependency. The npm package and the browser
//! widget are thin adapters over this crate.
//!
//! ```
//! use pinwarden::{Context, Locale, Policy, generate_pin, validate_pin};
//!
//! // SPEC §1: a policy from JSON, completed with the Exchange defaults.
//! let policy = Policy::from_json_str(r#"{"minLength": 6, "extraChecks": ["date"]}"#)?;
//! let context = Context::new().with_extension("+1 425 555 0123");
//!
//! // SPEC §2: problems are data, in a fixed order, with messages in English and French.
//! let report = validate_pin("1984", &policy, &context);
//! assert!(!report.ok());
//! let messages: Vec<String> = report.violations().map(|v| v.message(Locale::En)).collect();
//! assert_eq!(messages, ["Use at least 6 digits.", "Don’t use a year or a date."]);
//!
//! // SPEC §3: a fresh PIN from the system CSPRNG that passes the same checks.
//! let pin = generate_pin(&policy, &context, None)?;
//! assert!(validate_pin(pin.expose(), &policy, &context).ok());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The numbers in comments and docs ("SPEC §1"…) are the sections of the behaviour
//! contract, the repository's [documentation](https://example.invalid/pinwarden/tree/main/docs)
//! (`docs/`): every policy field, check, code, message and lifecycle transition.

#[cfg(feature = "history")]
mod account;
mod check;
mod checklist;
mod checks;
mod code;
mod context;
#[cfg(feature = "history")]
mod envelope;
mod extra;
mod generate;
#[cfg(feature = "history")]
mod history;
mod locale;
mod messages;
mod normalize;
pub mod policy;
mod random;
mod report;
mod secret;
mod violation;

#[cfg(feature = "history")]
pub use account::{AccountError, MustChange, PinAccount, Status, Timestamp, Verification};
pub use check::validate_pin;
pub use checklist::{
    Assessment, ChecklistItem, Rule, RuleState, assess, assess_without_history, checklist,
};
pub use checks::{COMMON_PINS, Examples, ExtraCheck, MaxRange, Needs, PatternCode};
pub use code::{Code, CodeSet};
pub use context::{Context, Extension, Name, PreviousPins};
pub use generate::{GenerateError, default_length, generate_pin};
#[cfg(feature = "history")]
pub use history::{HashParams, HistoryError, PinHistory};
pub use locale::{Locale, UnsupportedLocale};
pub use normalize::{Normalized, normalize_digits};
pub use policy::{CrossRule, Expected, Field, PRESET_NAMES, Policy, PolicyBuilder, PolicyError};
pub use report::{LocalizedReport, Report};
pub use secret::SecretPin;
pub use violation::{LocalizedViolation, Violation};

/// The README's Rust examples, run as doctests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

/// The crate README's example (what crates.io shows), run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct CrateReadmeDoctests;

/// The Rust examples of the repository's `docs/` pages, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../docs/policy.md")]
#[doc = include_str!("../../docs/checks.md")]
#[doc = include_str!("../../docs/generate.md")]
#[doc = include_str!("../../docs/history.md")]
#[doc = include_str!("../../docs/messages.md")]
pub struct DocsDoctests;
