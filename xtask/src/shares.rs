//! `cargo xtask shares`: the README table of refused shares, measured over whole PIN spaces.

use std::fs;

use crate::cmd::{self, Failure, Result};

const START: &str = "<!-- shares:start (cargo xtask shares) -->";
const END: &str = "<!-- shares:end -->";

/// Measures the table with the `shares` example (release build) and writes it into the
/// README; with `check`, fails instead when the README differs.
pub fn run(check: bool) -> Result {
    let table = cmd::output(
        &cmd::cargo_path(),
        &[
            "run",
            "--quiet",
            "--release",
            "--locked",
            "-p",
            "pinwarden",
            "--example",
            "shares",
        ],
    )
    .ok_or_else(|| Failure::new("the `shares` example failed"))?;
    let path = cmd::root().join("README.md");
    let readme = fs::read_to_string(&path)
        .map_err(|e| Failure::new(format!("cannot read README.md: {e}")))?;
    let (Some(start), Some(end)) = (readme.find(START), readme.find(END)) else {
        return Err(Failure::new(format!(
            "README.md has no `{START}` … `{END}` markers"
        )));
    };
    let updated = format!("{}{START}\n{table}{}", &readme[..start], &readme[end..]);
    if updated == readme {
        println!("README.md shares table is current");
        return Ok(());
    }
    if check {
        return Err(Failure::new(
            "the README shares table differs from what the checks refuse now: run `cargo xtask shares`",
        ));
    }
    fs::write(&path, updated).map_err(|e| Failure::new(format!("cannot write README.md: {e}")))?;
    println!("README.md shares table updated:\n{table}");
    Ok(())
}
