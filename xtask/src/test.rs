//! `cargo xtask test`: every check and test of the project, in order of cost.

use crate::cmd::{self, Result, Steps};
use crate::{shares, tools};

pub fn run() -> Result {
    let mut steps = Steps::new();
    steps.step("tools", tools::rust_components)?;
    steps.step("format (cargo fmt --check)", || {
        cmd::cargo(&["fmt", "--all", "--check"])
    })?;
    steps.step("lint (clippy, warnings are errors)", || {
        cmd::cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ])
    })?;
    steps.step("Rust tests (unit, integration, doc)", || {
        cmd::cargo(&["test", "--workspace", "--locked"])
    })?;
    steps.step("README shares table is current", || shares::run(true))?;
    steps.summary();
    Ok(())
}
