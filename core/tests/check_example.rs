//! SPEC §9: the `check` example, run as a user would run it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The example binary `cargo test` built next to this test's own binary.
fn check_binary() -> PathBuf {
    let mut dir = std::env::current_exe().expect("test binary path");
    dir.pop(); // the test binary
    dir.pop(); // deps/
    let binary = dir
        .join("examples")
        .join(format!("check{}", std::env::consts::EXE_SUFFIX));
    assert!(
        binary.exists(),
        "{} is missing: `cargo test` builds examples",
        binary.display()
    );
    binary
}

fn run(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = Command::new(check_binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the check example starts");
    // The example may exit (status 2) before reading its input: a closed pipe is fine.
    let written = child.stdin.take().unwrap().write_all(input.as_bytes());
    assert!(
        written.is_ok()
            || written
                .as_ref()
                .is_err_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe),
        "{written:?}"
    );
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn one_report_a_line_in_order() {
    let (status, out, _) = run(
        &["--policy", "exchange", "--extension", "36697"],
        "123456\n136697\r\n36697\n\n48a\n480137\n",
    );
    assert_eq!(status, 0);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let codes: Vec<Vec<&str>> = lines
        .iter()
        .map(|r| {
            r["violations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v["code"].as_str().unwrap())
                .collect()
        })
        .collect();
    assert_eq!(
        codes,
        [
            vec!["sequential"],
            vec![],
            vec!["tooShort", "extensionSuffix"],
            vec!["required"],
            vec!["notDigits", "tooShort"],
            vec![],
        ]
    );
    assert_eq!(lines[1]["ok"], true);
    assert_eq!(
        lines[2]["violations"][0]["message"],
        "Use at least 6 digits."
    );
}

#[test]
fn french_messages() {
    let (_, out, _) = run(&["--locale", "fr"], "12\n");
    assert!(out.contains("Utilisez au moins 6 chiffres."), "{out}");
}

#[test]
fn a_bad_policy_exits_2_and_names_the_field() {
    let (status, out, err) = run(&["--policy", r#"{"minLength": 3}"#], "123456\n");
    assert_eq!(status, 2);
    assert!(out.is_empty());
    assert!(err.contains("minLength") && err.contains('3'), "{err}");
    let (status, _, err) = run(&["--bogus"], "");
    assert_eq!(status, 2);
    assert!(err.contains("--bogus"), "{err}");
}

#[test]
fn show_policy_prints_the_resolved_policy() {
    let (status, out, _) = run(&["--policy", r#"{"minLength": 8}"#, "--show-policy"], "");
    assert_eq!(status, 0);
    let policy: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(policy["minLength"], 8);
    assert_eq!(policy["maxLength"], 24);
}

#[test]
fn names_and_warnings_reach_the_reports() {
    let policy =
        r#"{"extraChecks":["nameOnKeypad",{"check":"repeatRun","max":2,"severity":"warn"}]}"#;
    let (status, out, err) = run(
        &[
            "--policy",
            policy,
            "--name",
            "Amos Marble",
            "--locale",
            "fr",
        ],
        "126672\n400097\n480137\n",
    );
    assert_eq!(status, 0, "{err}");
    let reports: Vec<serde_json::Value> = out
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(reports[0]["violations"][0]["code"], "nameOnKeypad");
    assert_eq!(reports[1]["ok"], true);
    assert_eq!(reports[1]["warnings"][0]["code"], "repeatRun");
    assert_eq!(reports[1]["warnings"][0]["max"], 2);
    assert!(
        reports[1]["warnings"][0]["message"]
            .as_str()
            .is_some_and(|message| message.contains("fois")),
        "{out}"
    );
    assert_eq!(reports[2]["warnings"], serde_json::json!([]));
}
