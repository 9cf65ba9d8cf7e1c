//! `validatePin`'s fast path: the exports that the package's JavaScript (`validate.js`)
//! calls for a PIN of ASCII digits and a context of extensions, names and a locale, with the
//! policy read and compiled once (`args::compile`). Only numbers cross on the common call:
//! the PIN as the number its digits write and its length, and back a refused PIN's report
//! as its index among the reports made before, so that its JSON text crosses once. Every
//! rule is still decided by the core's `validate_pin`.

use std::cell::RefCell;

use pinwarden::{Context, Locale, Report, validate_pin};
use wasm_bindgen::prelude::*;
use zeroize::Zeroize;

use crate::args;

/// The most digits a PIN given as a number has (below 2⁵³, so that the number is exact);
/// a longer PIN takes the general path.
const QUICK_DIGITS_MAX: usize = 15;

/// How many refused reports are remembered (see [`validate_quick`]).
const MAX_REPORTS: usize = 64;

thread_local! {
    /// The extensions and names of the fast path's context (see [`use_extensions`],
    /// [`use_names`]).
    static QUICK_CONTEXT: RefCell<QuickContext> = const {
        RefCell::new(QuickContext {
            extensions: String::new(),
            names: String::new(),
            context: Context::new(),
        })
    };
    /// The refused reports made so far, with their locale; [`validate_quick`] answers
    /// with an index into this list, so that `validate.js` builds a report it has seen
    /// without its text crossing again.
    static REPORTS: RefCell<Vec<(Report, Locale)>> = const { RefCell::new(Vec::new()) };
}

/// The fast path's context as given (each list joined by newlines) and as the core reads it.
struct QuickContext {
    extensions: String,
    names: String,
    context: Context<'static>,
}

impl QuickContext {
    fn rebuild(&mut self) {
        // An empty line (no extensions, no names) has no digit and no letter: it adds nothing.
        let mut context = Context::new();
        for extension in lines(&self.extensions) {
            context = context.with_extension(extension);
        }
        for name in lines(&self.names) {
            context = context.with_name(name);
        }
        self.context = context;
    }
}

/// The lines of `text`, split at each newline. (Split as bytes: `str::split` costs the
/// `pinwarden/checks` wasm half a kilobyte; a line of valid UTF-8 split at a newline is
/// valid UTF-8.)
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.as_bytes()
        .split(|&byte| byte == b'\n')
        .map(|line| std::str::from_utf8(line).unwrap_or_default())
}

/// Sets the extensions [`validate_quick`] checks against, joined by newlines. The
/// package's JavaScript entry (`validate.js`) calls it only when they change, so that a
/// caller who passes the same extensions call after call sends them once.
#[wasm_bindgen(js_name = __useExtensions, skip_typescript)]
pub fn use_extensions(extensions: &str) {
    QUICK_CONTEXT.with_borrow_mut(|quick| {
        extensions.clone_into(&mut quick.extensions);
        quick.rebuild();
    });
}

/// Sets the person's names [`validate_quick`] checks against (`nameOnKeypad`), joined by
/// newlines; as [`use_extensions`], called only when they change.
#[wasm_bindgen(js_name = __useNames, skip_typescript)]
pub fn use_names(names: &str) {
    QUICK_CONTEXT.with_borrow_mut(|quick| {
        names.clone_into(&mut quick.names);
        quick.rebuild();
    });
}

/// `validatePin`'s common case: a PIN of `length` ASCII digits (at most
/// [`QUICK_DIGITS_MAX`]) given as the number they write (`"004821"` is 4821 and 6), a
/// compiled policy (a preset's index in [`pinwarden::PRESET_NAMES`], or a handle from
/// `__compilePolicy`), the extensions last given to [`use_extensions`] and a locale (its
/// index in [`Locale::ALL`]). Returns 0 for an accepted PIN without warnings; for any
/// other, `n` when its report (with the locale) is the `n`-th remembered, `-n` when it was
/// just added as the `n`-th (its text: [`report_text`]).
#[wasm_bindgen(js_name = __validateQuick, skip_typescript)]
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole, below 10¹⁵
pub fn validate_quick(digits: f64, length: usize, policy: usize, locale: usize) -> i32 {
    let mut bytes = [b'0'; QUICK_DIGITS_MAX];
    let length = length.min(QUICK_DIGITS_MAX);
    let mut rest = digits as u64;
    for byte in bytes[..length].iter_mut().rev() {
        *byte = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    let pin = std::str::from_utf8(&bytes[..length]).unwrap_or_default();
    let policy = args::compiled(policy).unwrap_or_default();
    let report = QUICK_CONTEXT.with_borrow(|quick| validate_pin(pin, &policy, &quick.context));
    bytes.zeroize();
    // 0 means "accepted, nothing to say": a report with warnings is sent like a refused one.
    if report.ok() && report.warning_codes().next().is_none() {
        return 0;
    }
    let locale = Locale::ALL.get(locale).copied().unwrap_or_default();
    remembered(report, locale)
}

/// The 1-based index of `report` among [`REPORTS`], negative when just added.
#[allow(clippy::cast_possible_truncation, clippy::cast_possible_wrap)] // ≤ MAX_REPORTS
fn remembered(report: Report, locale: Locale) -> i32 {
    REPORTS.with_borrow_mut(|reports| {
        if let Some(index) = reports.iter().position(|kept| *kept == (report, locale)) {
            return index as i32 + 1;
        }
        if reports.len() >= MAX_REPORTS {
            reports.clear();
        }
        reports.push((report, locale));
        -(reports.len() as i32)
    })
}

/// The JSON text of the `n`-th remembered report (see [`validate_quick`]).
#[wasm_bindgen(js_name = __reportText, skip_typescript)]
pub fn report_text(n: usize) -> Option<String> {
    let (report, locale) =
        REPORTS.with_borrow(|reports| reports.get(n.checked_sub(1)?).copied())?;
    serde_json::to_string(&report.localized(locale)).ok()
}

/// `readPolicy` of read.js, for `validate.js`: the policy objects it reads share one
/// cache with every other export's.
#[wasm_bindgen(js_name = __policyReader, skip_typescript)]
pub fn policy_reader() -> JsValue {
    args::reader()
}

/// Compiles the JSON text `readPolicy` returned: the policy's handle for
/// [`validate_quick`]. Throws a `PolicyError` as `parsePolicy` does.
#[wasm_bindgen(js_name = __compilePolicy, skip_typescript)]
pub fn compile_policy(text: &str) -> Result<usize, JsValue> {
    args::compile(text)
}
