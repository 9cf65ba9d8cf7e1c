//! Project automation, in the style of rust-analyzer's `xtask`: every command a developer
//! or CI runs is here, in Rust, with no dependency but the standard library.
//!
//! `cargo xtask test` runs every test; `cargo xtask demo` builds and serves the demo;
//! `cargo xtask help` lists the rest.

#![allow(clippy::doc_markdown)] // prose about tools names many commands

mod cmd;
mod codegen;
mod crates;
mod demo;
mod fuzz;
mod npm;
mod partials;
mod shares;
mod supply;
mod test;
mod tools;
mod wasm;
mod web;

use std::process::ExitCode;

const HELP: &str = "\
cargo xtask <command>

commands:
  test            every check and test, cheapest first: formatting, clippy, Rust tests,
                  docs, crate packages, fuzzing, supply chain; the npm package (Node,
                  TypeScript, arethetypeswrong, publint, Chromium, Node/Vite/webpack
                  projects, sizes); the widget and its element; the demo in Chromium.
                  Installs what is missing
  demo [--port N] build everything and serve the demo on http://127.0.0.1:8080
  npm             build the npm package `pinwarden` into npm/pkg/
  fuzz [SECONDS]  run every fuzz target for SECONDS (default 60) and print the executions
  web             build the <pin-field> element package into web/pkg/
  codegen [--check] write the lists other languages need (TypeScript unions, JavaScript
                  tables) from the core's check registry; --check fails if one is stale
  fuzz-ui [STEPS] the <pin-field> model-based test for STEPS random steps (default 100000)
  shares          measure the share of PINs each check refuses and update the README table
  bench           benchmarks: criterion (core), the server (logons/s, latency, memory),
                  Node (validatePin vs zxcvbn), Chromium (history check, <pin-field>
                  keystroke latency)
  help            this text
";

/// Every benchmark the README quotes; each prints its own numbers.
fn bench() -> cmd::Result {
    cmd::cargo(&["bench", "-p", "pinwarden"])?;
    cmd::cargo(&["bench", "-p", "pinwarden-server"])?;
    npm::build()?;
    tools::chromium()?;
    let package = npm::package_dir();
    for script in ["bench-node.mjs", "bench-history-browser.mjs"] {
        cmd::node_script(script, &[package.as_os_str()])?;
    }
    web::build()?;
    cmd::node(
        "web/tests/bench-element.mjs",
        &[web::package_dir().as_os_str()],
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => test::run(),
        Some("demo") => demo::run(&args[1..]),
        Some("npm") => npm::build().and_then(|()| npm::size_report()),
        Some("web") => web::build(),
        Some("fuzz-ui") => match args.get(1).map(|s| s.parse::<u32>()) {
            None => web::fuzz_ui(100_000),
            Some(Ok(steps)) if steps > 0 => web::fuzz_ui(steps),
            Some(_) => Err(cmd::Failure::new("usage: cargo xtask fuzz-ui [STEPS]")),
        },
        Some("fuzz") => match args.get(1).map(|s| s.parse::<u32>()) {
            None => fuzz::run(60),
            Some(Ok(seconds)) if seconds > 0 => fuzz::run(seconds),
            Some(_) => Err(cmd::Failure::new("usage: cargo xtask fuzz [SECONDS]")),
        },
        Some("codegen") => codegen::run(args.get(1).map(String::as_str) == Some("--check")),
        Some("shares") => shares::run(args.get(1).map(String::as_str) == Some("--check")),
        Some("bench") => bench(),
        Some("help" | "--help" | "-h") | None => {
            print!("{HELP}");
            Ok(())
        }
        Some(other) => Err(cmd::Failure::new(format!(
            "unknown command `{other}`\n\n{HELP}"
        ))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("\nxtask: {failure}");
            ExitCode::FAILURE
        }
    }
}
