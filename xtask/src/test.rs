//! `cargo xtask test`: every check and test of the project, cheapest first.

use std::process::Command;

use crate::cmd::{self, Result, Steps};
use crate::{demo, fuzz, npm, shares, supply, tools, web};

pub fn run() -> Result {
    let mut steps = Steps::new();
    steps.step("tools", || {
        tools::rust_components()?;
        tools::wasm_target()
    })?;
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
        ])?;
        // The `pinwarden/checks` build: the npm crate and the core without the history.
        cmd::cargo(&[
            "clippy",
            "-p",
            "pinwarden-npm",
            "--no-default-features",
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
    steps.step("supply chain (sources, licences, bans)", supply::run)?;
    steps.step("fuzz every target briefly (6 s each)", || fuzz::run(6))?;
    steps.step("npm package (wasm-pack: web, node and checks)", npm::build)?;
    steps.step("npm package: Node tests", || node_tests("npm/tests"))?;
    steps.step("npm package: TypeScript declarations", npm::check_types)?;
    steps.step("npm package: wasm in headless Chromium", || {
        tools::chromium()?;
        wasm_browser_tests("pinwarden-npm")
    })?;
    steps.step(
        "npm package: packed tarball in Node and Vite projects",
        npm::packaging_test,
    )?;
    steps.step("npm package: size report", npm::size_report)?;
    steps.step("widget: PinField in headless Chromium", || {
        tools::chromium()?;
        wasm_browser_tests("pinwarden-web")
    })?;
    steps.step("widget: <pin-field> element package", web::build)?;
    steps.step("widget: <pin-field> size report", web::size_report)?;
    steps.step(
        "widget: <pin-field> in a plain HTML form (Chromium)",
        || cmd::node_script("element-form.mjs", &[web::package_dir().as_os_str()]),
    )?;
    steps.step(
        "widget: <pin-field> model-based test, 2,000 random steps (Chromium)",
        || web::model_test(2_000),
    )?;
    steps.step(
        "widget: <pin-field> in React 19 and Vue 3 pages (Vite 7, Chromium)",
        || {
            let work = cmd::root().join("target").join("packaging-element");
            cmd::node_script(
                "element-frameworks.mjs",
                &[web::package_dir().as_os_str(), work.as_os_str()],
            )
        },
    )?;
    steps.step(
        "demo: policy editor (www crate) for the browser",
        demo::build_editor,
    )?;
    steps.step("demo: site", demo::assemble)?;
    steps.step(
        "demo: journeys, keyboard only and axe-core in Chromium",
        || cmd::node_script("demo-e2e.mjs", &[demo::site_dir().as_os_str()]),
    )?;
    steps.summary();
    Ok(())
}

/// `node --test` over a folder of `*.test.mjs` files.
fn node_tests(dir: &str) -> Result {
    let mut command = Command::new("node");
    command
        .args(["--test", "--test-reporter=spec"])
        .arg(cmd::root().join(dir))
        .current_dir(cmd::root());
    cmd::run_command(&mut command)
}

/// `wasm-bindgen-test` in headless Chromium through chromedriver (see webdriver.json).
fn wasm_browser_tests(package: &str) -> Result {
    let mut command = Command::new(cmd::cargo_path());
    command
        .args([
            "test",
            "--locked",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            package,
        ])
        .current_dir(cmd::root())
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    cmd::run_command(&mut command)
}
