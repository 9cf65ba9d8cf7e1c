//! `cargo xtask test`: every check and test of the project, cheapest first.

use std::process::Command;

use crate::cmd::{self, Result, Steps};
use crate::{codegen, crates, demo, fuzz, npm, shares, supply, tools, web};

pub fn run() -> Result {
    let mut steps = Steps::new();
    rust(&mut steps)?;
    npm_package(&mut steps)?;
    widget(&mut steps)?;
    demo(&mut steps)?;
    steps.summary();
    Ok(())
}

/// Formatting, lints, the Rust tests, the published crates, generated files, supply chain
/// and fuzzing: everything that needs no browser.
fn rust(steps: &mut Steps) -> Result {
    steps.step("tools", || {
        tools::rust_components()?;
        tools::c_compiler()?;
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
        // The element's test oracle (`assess`), a feature the workspace build leaves off.
        cmd::cargo(&[
            "clippy",
            "-p",
            "pinwarden-yew",
            "--features",
            "oracle",
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
        cmd::cargo(&[
            "test",
            "--workspace",
            "--locked",
            "--exclude",
            "pinwarden-server",
        ])
    })?;
    steps.step("published crates: rustdoc without warnings", crates::docs)?;
    steps.step(
        "published crates: cargo package (pinwarden, pinwarden-js, pinwarden-yew), offline",
        crates::package,
    )?;
    steps.step(
        "server: SPEC §10 calls, concurrency, memory, restart (real process, SQLite)",
        || cmd::cargo(&["test", "--locked", "-p", "pinwarden-server"]),
    )?;
    steps.step("README shares table is current", || shares::run(true))?;
    steps.step("generated lists are current (codegen --check)", || {
        codegen::run(true)
    })?;
    steps.step("supply chain (sources, licences, bans)", supply::run)?;
    steps.step("fuzz every target briefly (6 s each)", || fuzz::run(6))
}

/// The npm package `pinwarden`: built, tested in Node and Chromium, judged, packed, measured.
fn npm_package(steps: &mut Steps) -> Result {
    steps.step("npm package (wasm-pack: web, node and checks)", npm::build)?;
    steps.step("npm package: Node tests", || node_tests("npm/tests"))?;
    steps.step(
        "npm package: TypeScript declarations (ES modules and CommonJS)",
        npm::check_types,
    )?;
    steps.step(
        "npm package: arethetypeswrong and publint on the tarball",
        npm::judges,
    )?;
    steps.step(
        "JavaScript errors (pinwarden-js, shared with the element) in headless Chromium",
        || {
            tools::chromium()?;
            wasm_browser_tests("pinwarden-js")
        },
    )?;
    steps.step("npm package: wasm in headless Chromium", || {
        tools::chromium()?;
        wasm_browser_tests("pinwarden-npm")
    })?;
    steps.step(
        "npm package: packed tarball in Node, TypeScript, Vite and webpack projects",
        npm::packaging_test,
    )?;
    steps.step("npm package: size report", npm::size_report)
}

/// The Yew component `PinField` and the `<pin-field>` element.
fn widget(steps: &mut Steps) -> Result {
    steps.step("widget: PinField in headless Chromium", || {
        tools::chromium()?;
        wasm_browser_tests("pinwarden-yew")
    })?;
    steps.step(
        "widget: the Yew example application (wasm32, in Chromium)",
        crates::yew_example,
    )?;
    steps.step("widget: <pin-field> element package", web::build)?;
    steps.step("widget: <pin-field> size report", web::size_report)?;
    steps.step(
        "widget: <pin-field> in a plain HTML form (Chromium)",
        || {
            cmd::node(
                "web/tests/element-form.mjs",
                &[web::package_dir().as_os_str()],
            )
        },
    )?;
    steps.step(
        "widget: <pin-field> model-based test, 2,000 random steps (Chromium)",
        || web::model_test(2_000),
    )?;
    steps.step(
        "widget: <pin-field> in React 19 and Vue 3 pages (Vite 7, Chromium)",
        || {
            let work = cmd::root().join("target").join("packaging-element");
            cmd::node(
                "web/tests/element-frameworks.mjs",
                &[web::package_dir().as_os_str(), work.as_os_str()],
            )
        },
    )?;
    Ok(())
}

/// The demo: the editor, the site and the journeys through the reference server.
fn demo(steps: &mut Steps) -> Result {
    steps.step(
        "demo: policy editor (www/editor) for the browser",
        demo::build_editor,
    )?;
    steps.step("demo: site", demo::assemble)?;
    steps.step(
        "demo: journeys through the server, keyboard only and axe-core in Chromium",
        demo::journeys,
    )
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
