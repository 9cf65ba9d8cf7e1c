//! The supply-chain check (`cargo xtask test`, step "supply chain"): every Rust and npm
//! dependency comes from its registry (no git or path sources beyond the workspace), under
//! a licence on the allow list, and none is on the ban list. An offline equivalent of
//! `cargo deny check licenses bans sources`.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::cmd::{self, Failure, Result};

/// Licences whose terms allow shipping pinwarden under MIT OR Apache-2.0.
const ALLOWED: &[&str] = &[
    "0BSD",
    "Apache-2.0",
    "Apache-2.0 WITH LLVM-exception",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "BSL-1.0",
    "CC0-1.0",
    "ISC",
    "MIT",
    "Unicode-3.0",
    "Unicode-DFS-2016",
    "Unlicense",
    "Zlib",
];

/// Licences also allowed for npm packages used only to build and test (never shipped):
/// axe-core, the accessibility checker, is MPL-2.0, which asks nothing of code that only
/// runs it unmodified; caniuse-lite, the browser data webpack's browserslist reads in the
/// packaging test, is CC-BY-4.0, which asks attribution of whoever redistributes the data;
/// graceful-fs and lru-cache (under webpack) are BlueOak-1.0.0, a permissive licence.
const ALLOWED_FOR_DEV_TOOLS: &[&str] = &["MPL-2.0", "CC-BY-4.0", "BlueOak-1.0.0"];

/// Crates that must never enter the tree: native TLS and crypto stacks (pinwarden's
/// crypto is RustCrypto's, pure Rust, wasm-friendly).
const BANNED: &[&str] = &["openssl", "openssl-sys", "native-tls", "ring"];

const CRATES_IO: &str = "registry+https://github.com/rust-lang/crates.io-index";

pub fn run() -> Result {
    let mut problems = Vec::new();
    let crates = rust_packages()?;
    for (name, (license, source)) in &crates {
        if BANNED.contains(&name.split('@').next().unwrap_or_default()) {
            problems.push(format!("{name}: banned"));
        }
        match source.as_deref() {
            None | Some(CRATES_IO) => {}
            Some(other) => problems.push(format!("{name}: from {other}, not crates.io")),
        }
        if source.is_some() && !license.as_deref().is_some_and(allowed) {
            problems.push(format!(
                "{name}: licence {license:?} is not on the allow list"
            ));
        }
    }
    let npm = npm_packages("npm")?;
    for (name, (license, dev)) in &npm {
        let dev_tool = *dev
            && license
                .as_deref()
                .is_some_and(|l| ALLOWED_FOR_DEV_TOOLS.contains(&l));
        if !dev_tool && !license.as_deref().is_some_and(allowed) {
            problems.push(format!(
                "npm {name}: licence {license:?} is not on the allow list"
            ));
        }
    }
    if problems.is_empty() {
        println!(
            "{} crates and {} npm packages: sources and licences allowed, none banned",
            crates.len(),
            npm.len()
        );
        Ok(())
    } else {
        Err(Failure::new(format!(
            "supply chain:\n  {}",
            problems.join("\n  ")
        )))
    }
}

type Crates = BTreeMap<String, (Option<String>, Option<String>)>;

/// Every crate of the workspace's dependency graph (all targets, all features):
/// `name@version` → (licence, source).
fn rust_packages() -> Result<Crates> {
    let text = cmd::output(
        &cmd::cargo_path(),
        &[
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--all-features",
        ],
    )
    .ok_or_else(|| Failure::new("`cargo metadata` failed"))?;
    let metadata: Value =
        serde_json::from_str(&text).map_err(|e| Failure::new(format!("cargo metadata: {e}")))?;
    let mut crates = BTreeMap::new();
    for package in metadata["packages"].as_array().into_iter().flatten() {
        let name = format!(
            "{}@{}",
            package["name"].as_str().unwrap_or("?"),
            package["version"].as_str().unwrap_or("?")
        );
        let license = package["license"].as_str().map(str::to_owned);
        let source = package["source"].as_str().map(str::to_owned);
        crates.insert(name, (license, source));
    }
    Ok(crates)
}

/// Every package of an npm lock file: `path` → (licence, whether it is a dev dependency).
fn npm_packages(dir: &str) -> Result<BTreeMap<String, (Option<String>, bool)>> {
    let path = cmd::root().join(dir).join("package-lock.json");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Failure::new(format!("{}: {e}", path.display())))?;
    let lock: Value = serde_json::from_str(&text)
        .map_err(|e| Failure::new(format!("{}: {e}", path.display())))?;
    let mut packages = BTreeMap::new();
    for (key, package) in lock["packages"].as_object().into_iter().flatten() {
        if key.is_empty() {
            continue; // the project itself
        }
        let license = package["license"].as_str().map(str::to_owned);
        let dev = package["dev"].as_bool().unwrap_or(false);
        packages.insert(
            key.trim_start_matches("node_modules/").to_owned(),
            (license, dev),
        );
    }
    Ok(packages)
}

/// Whether an SPDX expression (`A OR B`, `A AND B`, `A/B`, parentheses) is satisfied by
/// the allow list.
fn allowed(expression: &str) -> bool {
    let expression = expression.replace('/', " OR ");
    let tokens: Vec<String> = expression
        .replace('(', " ( ")
        .replace(')', " ) ")
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let mut at = 0;
    let result = or_expression(&tokens, &mut at);
    result && at == tokens.len()
}

fn or_expression(tokens: &[String], at: &mut usize) -> bool {
    let mut any = and_expression(tokens, at);
    while tokens.get(*at).is_some_and(|t| t == "OR") {
        *at += 1;
        any |= and_expression(tokens, at);
    }
    any
}

fn and_expression(tokens: &[String], at: &mut usize) -> bool {
    let mut all = term(tokens, at);
    while tokens.get(*at).is_some_and(|t| t == "AND") {
        *at += 1;
        all &= term(tokens, at);
    }
    all
}

fn term(tokens: &[String], at: &mut usize) -> bool {
    match tokens.get(*at).map(String::as_str) {
        Some("(") => {
            *at += 1;
            let value = or_expression(tokens, at);
            if tokens.get(*at).is_some_and(|t| t == ")") {
                *at += 1;
            }
            value
        }
        Some(id) => {
            *at += 1;
            let mut license = id.to_owned();
            if tokens.get(*at).is_some_and(|t| t == "WITH") {
                license = format!(
                    "{license} WITH {}",
                    tokens.get(*at + 1).map_or("", String::as_str)
                );
                *at += 2;
            }
            ALLOWED.contains(&license.as_str())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::allowed;

    #[test]
    fn spdx_expressions() {
        assert!(allowed("MIT OR Apache-2.0"));
        assert!(allowed("MIT/Apache-2.0"));
        assert!(allowed("(MIT OR Apache-2.0) AND Unicode-3.0"));
        assert!(allowed("Apache-2.0 WITH LLVM-exception OR MIT"));
        assert!(!allowed("GPL-3.0-only"));
        assert!(!allowed("MIT AND GPL-3.0-only"));
        assert!(allowed("GPL-3.0-only OR MIT"));
        assert!(!allowed(""));
    }
}
