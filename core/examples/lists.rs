//! Prints, as JSON, the lists other languages need from the core: every violation code,
//! every extra check, every locale, every preset and the context fields the checks read.
//! `cargo xtask codegen` writes the TypeScript and JavaScript lists of the npm package
//! from it; `cargo xtask test` checks that they are current.
//!
//! ```text
//! cargo run -p pinwarden --example lists
//! ```

use pinwarden::{Code, ExtraCheck, Locale, Needs, PRESET_NAMES};

fn main() {
    let lists = serde_json::json!({
        "codes": Code::ALL.map(Code::as_str),
        "extraChecks": ExtraCheck::ALL.map(ExtraCheck::name),
        "locales": Locale::ALL.map(Locale::tag),
        "presets": PRESET_NAMES,
        "checkContextFields": Needs::ALL.into_iter().filter_map(Needs::context_field).collect::<Vec<_>>(),
    });
    println!("{lists:#}");
}
