//! Running commands: echo them, time them, and turn failures into one clear sentence.

use std::fmt;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

/// Why a command failed, in words for the person reading the terminal.
#[derive(Debug)]
pub struct Failure(String);

impl Failure {
    pub fn new(message: impl Into<String>) -> Failure {
        Failure(message.into())
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub type Result<T = ()> = std::result::Result<T, Failure>;

/// The workspace root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// Runs `program args…` in the workspace root, echoing it first.
pub fn run(program: &str, args: &[&str]) -> Result {
    let mut command = Command::new(program);
    command.args(args).current_dir(root());
    run_command(&mut command)
}

/// Runs a prepared command, echoing it first.
pub fn run_command(command: &mut Command) -> Result {
    let shown = show(command);
    println!("$ {shown}");
    let status = command
        .status()
        .map_err(|error| Failure::new(format!("could not start `{shown}`: {error}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::new(format!("`{shown}` failed ({status})")))
    }
}

/// Runs `node npm/scripts/{script} args…` in the workspace root: the npm package's size
/// reports, packaging test and benchmarks.
pub fn node_script(script: &str, args: &[&std::ffi::OsStr]) -> Result {
    node(&format!("npm/scripts/{script}"), args)
}

/// Runs `node {path} args…` in the workspace root, `path` relative to it (e.g.
/// `web/tests/element-form.mjs`). Scripts anywhere take their development packages from
/// the one JavaScript test workspace, `npm/` (see `npm/scripts/serve.mjs`).
pub fn node(path: &str, args: &[&std::ffi::OsStr]) -> Result {
    let mut command = Command::new("node");
    command
        .arg(root().join(path))
        .args(args)
        .current_dir(root());
    run_command(&mut command)
}

/// Runs cargo with these arguments.
pub fn cargo(args: &[&str]) -> Result {
    run(&cargo_path(), args)
}

/// The cargo that runs xtask, so that the same toolchain builds everything.
pub fn cargo_path() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

/// Whether `program args…` runs and exits 0 (its output is swallowed).
pub fn succeeds(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|output| output.status.success())
}

/// The output of `program args…`, if it ran and exited 0.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .current_dir(root())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

fn show(command: &Command) -> String {
    let mut shown = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        shown.push(' ');
        shown.push_str(&arg.to_string_lossy());
    }
    shown
}

/// Named steps with their times, printed as a summary at the end.
pub struct Steps {
    started: Instant,
    done: Vec<(String, f64)>,
}

impl Steps {
    pub fn new() -> Steps {
        Steps {
            started: Instant::now(),
            done: Vec::new(),
        }
    }

    /// Runs one step, announcing it and recording how long it took.
    pub fn step(&mut self, name: &str, body: impl FnOnce() -> Result) -> Result {
        println!("\n==> {name}");
        let started = Instant::now();
        let result = body();
        let seconds = started.elapsed().as_secs_f64();
        match &result {
            Ok(()) => self.done.push((name.to_owned(), seconds)),
            Err(failure) => {
                self.summary();
                return Err(Failure::new(format!(
                    "step `{name}` failed after {seconds:.1} s: {failure}"
                )));
            }
        }
        result
    }

    /// Prints each step's time and the total.
    pub fn summary(&self) {
        println!("\n==> summary");
        for (name, seconds) in &self.done {
            println!("  {seconds:7.1} s  {name}");
        }
        println!("  {:7.1} s  total", self.started.elapsed().as_secs_f64());
    }
}
