//! `cargo xtask fuzz [SECONDS]`: every cargo-fuzz target of `core/fuzz`, each for
//! SECONDS (default 60), with the committed seed corpus; prints the executions each reached.
//! Each target asserts its invariants inside; a crash fails the command with libFuzzer's
//! report (the input that crashed is saved under `core/fuzz/artifacts/`).

use std::process::Command;

use crate::cmd::{self, Failure, Result};
use crate::tools;

const TARGETS: [&str; 4] = ["check_pin", "parse_policy", "parse_history", "account_ops"];

pub fn run(seconds: u32) -> Result {
    tools::cargo_fuzz()?;
    let fuzz = cmd::root().join("core").join("fuzz");
    let mut table = Vec::new();
    for target in TARGETS {
        // New inputs go to target/, the committed seeds stay as they are.
        let work = cmd::root().join("target").join("fuzz-corpus").join(target);
        std::fs::create_dir_all(&work)
            .map_err(|e| Failure::new(format!("{}: {e}", work.display())))?;
        let output = Command::new("cargo")
            // No sanitizer: pinwarden forbids `unsafe`, and without ASan a run is 4 to 5
            // times longer for the same time (see the README's fuzzing section).
            .args([
                "+nightly",
                "fuzz",
                "run",
                "--release",
                "--sanitizer",
                "none",
                target,
            ])
            .arg(&work)
            .arg(fuzz.join("corpus").join(target))
            .args([
                "--",
                &format!("-max_total_time={seconds}"),
                "-print_final_stats=1",
            ])
            .current_dir(cmd::root().join("core"))
            .output()
            .map_err(|e| Failure::new(format!("could not start cargo fuzz: {e}")))?;
        let log = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() {
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            return Err(Failure::new(format!(
                "fuzz target {target} failed:\n{}",
                tail.join("\n")
            )));
        }
        let executions = stat(&log, "stat::number_of_executed_units").unwrap_or_default();
        let per_second = stat(&log, "stat::average_exec_per_sec").unwrap_or_default();
        println!("{target}: {executions} executions in {seconds} s ({per_second}/s), no crash");
        table.push((target, executions, per_second));
    }
    println!("\n| target | executions in {seconds} s | per second |\n|---|---:|---:|");
    for (target, executions, per_second) in table {
        println!("| `{target}` | {executions} | {per_second} |");
    }
    Ok(())
}

fn stat(log: &str, name: &str) -> Option<u64> {
    log.lines()
        .find(|line| line.starts_with(name))
        .and_then(|line| line.split(':').next_back())
        .and_then(|value| value.trim().parse().ok())
}
