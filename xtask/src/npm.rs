//! `cargo xtask npm`: builds the npm package `pinwarden` into `npm/pkg/` (SPEC §8).
//!
//! One wasm-pack build per world: `--target web` (browsers and bundlers, ESM, `await
//! init()`) and `--target nodejs` (Node, CommonJS, ready on load). The package's
//! `exports` send Node's `import` and `require` to one shared CommonJS instance and
//! everything else to the web build. A third build, `--target web` without the `history`
//! feature, is the `pinwarden/checks` entry for browsers: checks and generation alone,
//! whose wasm must stay within 40 KB gzip.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cmd::{self, Failure, Result};
use crate::tools;

/// The folder holding the assembled package.
pub fn package_dir() -> PathBuf {
    cmd::root().join("npm").join("pkg")
}

/// `PATH` with npm binaryen's `wasm-opt` first (Debian's wasm-opt 108 breaks the output).
pub fn path_with_npm_tools() -> String {
    let bin = cmd::root().join("npm").join("node_modules").join(".bin");
    let rest = std::env::var("PATH").unwrap_or_default();
    format!("{}:{rest}", bin.display())
}

/// One wasm-pack build of the npm crate.
struct World {
    /// wasm-pack's `--target`.
    target: &'static str,
    /// Its folder in the package.
    dir: &'static str,
    /// The cargo profile (see the workspace's Cargo.toml).
    profile: &'static str,
    /// Arguments for cargo.
    cargo_args: &'static [&'static str],
    /// wasm-opt's arguments, run here for a custom profile (wasm-pack runs `-Oz` for
    /// `release`, from npm/Cargo.toml, and nothing for the others).
    wasm_opt: &'static [&'static str],
}

/// The three worlds. The Node world is built for speed (`release-node`: opt-level 3; Node
/// reads it once from disk); the browser worlds for size: `release` ("z") for the whole
/// module, `release-checks` for the `pinwarden/checks` wasm, whose mix of opt-levels and
/// wasm-opt passes is the smallest measured (37.8 KB gzip when introduced, against 39.8 KB
/// with `release` and `-Oz`; see the profile).
const WORLDS: [World; 3] = [
    World {
        target: "web",
        dir: "web",
        profile: "release",
        cargo_args: &[],
        wasm_opt: &[],
    },
    World {
        target: "nodejs",
        dir: "node",
        profile: "release-node",
        cargo_args: &[],
        wasm_opt: &["-O3"],
    },
    World {
        target: "web",
        dir: "checks",
        profile: "release-checks",
        cargo_args: &["--no-default-features"],
        wasm_opt: &[
            // Folds constant offsets into loads and stores, assuming that no address
            // below 1 KB is reached by wrapping past 4 GB (Rust's pointers never wrap):
            // 40,505 -> 40,210 B gzip.
            "--low-memory-unused",
            "--flatten",
            "--rereloop",
            "-Oz",
            "-Oz",
            "--converge",
            "--strip-producers",
            "--strip-target-features",
        ],
    },
];

/// Installs what is missing, builds both worlds and assembles `npm/pkg/`.
pub fn build() -> Result {
    tools::wasm_target()?;
    tools::wasm_bindgen_cli()?;
    tools::wasm_pack()?;
    tools::npm_ci("npm")?;
    let out = cmd::root().join("target").join("npm-build");
    for world in WORLDS {
        let mut command = Command::new("wasm-pack");
        command.arg("build");
        if world.profile == "release" {
            command.arg("--release");
        } else {
            command.args(["--profile", world.profile]);
        }
        command
            .args([
                "--no-pack",
                "--out-name",
                "pinwarden",
                "--target",
                world.target,
                "--out-dir",
            ])
            .arg(out.join(world.dir))
            .arg(cmd::root().join("npm"))
            .arg("--")
            .args(world.cargo_args)
            .env("PATH", path_with_npm_tools());
        cmd::run_command(&mut command)?;
        if !world.wasm_opt.is_empty() {
            let wasm = out.join(world.dir).join("pinwarden_bg.wasm");
            let mut command = Command::new("wasm-opt");
            command
                .args(world.wasm_opt)
                .arg(&wasm)
                .arg("-o")
                .arg(&wasm)
                .env("PATH", path_with_npm_tools());
            cmd::run_command(&mut command)?;
        }
    }
    assemble(&out)
}

fn assemble(out: &Path) -> Result {
    let package = package_dir();
    let template = cmd::root().join("npm").join("template");
    if package.exists() {
        fs::remove_dir_all(&package).map_err(|e| io_failure(&package, &e))?;
    }
    copy_tree(&template, &package)?;
    package_readme(&package)?;
    copy_tree(&cmd::root().join("docs"), &package.join("docs"))?;
    for dir in ["web", "node", "checks"] {
        copy_tree(&out.join(dir), &package.join(dir))?;
    }
    // wasm-pack's own files that do not belong in the package; the checks entry is
    // declared by the template's checks/index.d.ts.
    for leftover in [
        "web/.gitignore",
        "node/.gitignore",
        "checks/.gitignore",
        "checks/pinwarden.d.ts",
        "checks/pinwarden_bg.wasm.d.ts",
    ] {
        let _ = fs::remove_file(package.join(leftover));
    }
    commonjs_snippets(&package.join("node").join("snippets"))?;
    for declarations in ["pinwarden.d.ts", "checks/index.d.ts"] {
        commonjs_declarations(&package.join(declarations))?;
    }
    // The fast path of validatePin, for the Node entry too.
    let validate = fs::read_to_string(package.join("validate.js"))
        .map_err(|e| io_failure(&package.join("validate.js"), &e))?;
    let node_validate = package.join("node").join("validate.cjs");
    fs::write(&node_validate, to_commonjs(&validate, &node_validate)?)
        .map_err(|e| io_failure(&node_validate, &e))?;
    link_for_tests(&package)?;
    println!("assembled {}", package.display());
    Ok(())
}

/// The package's README is `npm/README.md`, whose links into the repository's `docs/`
/// (`../docs/…`) point into the package's own copy (`docs/…`), so that the tarball alone
/// explains every rule.
fn package_readme(package: &Path) -> Result {
    let source = cmd::root().join("npm").join("README.md");
    let text = fs::read_to_string(&source).map_err(|e| io_failure(&source, &e))?;
    let target = package.join("README.md");
    fs::write(&target, text.replace("](../docs/", "](docs/")).map_err(|e| io_failure(&target, &e))
}

/// Writes the `.d.cts` twin of a hand-written `.d.ts` beside it: the declarations that
/// TypeScript reads for `require` (a CommonJS consumer under `node16`/`nodenext`). The text
/// is the same; relative specifiers `./x.js` become `./x.cjs` so that the twin's imports
/// reach the other twins, not the ES module declarations.
fn commonjs_declarations(declarations: &Path) -> Result {
    let source = fs::read_to_string(declarations).map_err(|e| io_failure(declarations, &e))?;
    let name = declarations
        .file_name()
        .unwrap_or_default()
        .to_string_lossy();
    let twin = declarations.with_extension("").with_extension("d.cts");
    let text = declarations_for_require(&source, &name)
        .map_err(|problem| Failure::new(format!("{}: {problem}", declarations.display())))?;
    fs::write(&twin, text).map_err(|e| io_failure(&twin, &e))
}

/// The `.d.cts` text for the `.d.ts` text `source` (named `name`, for the header).
fn declarations_for_require(source: &str, name: &str) -> std::result::Result<String, String> {
    let mut text = format!(
        "// Generated by `cargo xtask npm` from {name} (the declarations for `require`); edit that file.\n"
    );
    for line in source.lines() {
        let converted = match line.split_once(" from \"") {
            Some((head, rest)) if rest.starts_with('.') => {
                let (specifier, tail) = rest
                    .split_once('"')
                    .ok_or_else(|| format!("unterminated specifier in `{line}`"))?;
                let stem = specifier
                    .strip_suffix(".js")
                    .ok_or_else(|| format!("a relative specifier must end in .js: `{line}`"))?;
                format!("{head} from \"{stem}.cjs\"{tail}")
            }
            _ if line.contains("import(\".") => {
                return Err(format!("import() types are not converted: `{line}`"));
            }
            _ => line.to_owned(),
        };
        text.push_str(&converted);
        text.push('\n');
    }
    Ok(text)
}

/// `npm/node_modules/pinwarden` → `npm/pkg`, so that the tests import the package by its
/// name, through its `exports`, as users do.
fn link_for_tests(package: &Path) -> Result {
    let link = cmd::root()
        .join("npm")
        .join("node_modules")
        .join("pinwarden");
    let _ = fs::remove_file(&link);
    std::os::unix::fs::symlink(package, &link).map_err(|e| io_failure(&link, &e))
}

/// wasm-bindgen's Node build `require`s the JS snippets, which are ES modules; Node 20
/// cannot `require` an ES module, so the Node copies are rewritten as CommonJS.
fn commonjs_snippets(dir: &Path) -> Result {
    for file in files_under(dir)? {
        if file.extension().is_none_or(|ext| ext != "js") {
            continue;
        }
        let source = fs::read_to_string(&file).map_err(|e| io_failure(&file, &e))?;
        fs::write(&file, to_commonjs(&source, &file)?).map_err(|e| io_failure(&file, &e))?;
    }
    Ok(())
}

/// An ES module whose only exports are `export function` lines, as CommonJS.
fn to_commonjs(source: &str, file: &Path) -> Result<String> {
    let mut names = Vec::new();
    let mut converted = String::with_capacity(source.len());
    for line in source.lines() {
        if let Some(rest) = line.strip_prefix("export function ") {
            names.push(rest.split('(').next().unwrap_or_default().trim().to_owned());
            converted.push_str("function ");
            converted.push_str(rest);
        } else {
            converted.push_str(line);
        }
        converted.push('\n');
    }
    if converted
        .lines()
        .any(|line| line.trim_start().starts_with("export ") || line.starts_with("import "))
    {
        return Err(Failure::new(format!(
            "{}: only `export function` can be turned into CommonJS; keep it that simple",
            file.display()
        )));
    }
    converted.push_str("module.exports = { ");
    converted.push_str(&names.join(", "));
    converted.push_str(" };\n");
    Ok(converted)
}

fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    if !dir.exists() {
        return Ok(files);
    }
    for entry in fs::read_dir(dir).map_err(|e| io_failure(dir, &e))? {
        let path = entry.map_err(|e| io_failure(dir, &e))?.path();
        if path.is_dir() {
            files.extend(files_under(&path)?);
        } else {
            files.push(path);
        }
    }
    Ok(files)
}

/// Copies a folder's contents into `to` (created), recursively.
pub fn copy_tree(from: &Path, to: &Path) -> Result {
    fs::create_dir_all(to).map_err(|e| io_failure(to, &e))?;
    for entry in fs::read_dir(from).map_err(|e| io_failure(from, &e))? {
        let path = entry.map_err(|e| io_failure(from, &e))?.path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_tree(&path, &target)?;
        } else {
            copy_file(&path, &target)?;
        }
    }
    Ok(())
}

fn copy_file(from: &Path, to: &Path) -> Result {
    fs::copy(from, to)
        .map(drop)
        .map_err(|e| io_failure(from, &e))
}

fn io_failure(path: &Path, error: &std::io::Error) -> Failure {
    Failure::new(format!("{}: {error}", path.display()))
}

/// `tsc --strict` on consumers that use every export, with lines that must not compile:
/// ES modules (`nodenext`) and CommonJS (`node16`, `require`).
pub fn check_types() -> Result {
    let types = cmd::root().join("npm").join("tests").join("types");
    for project in [types.clone(), types.join("commonjs")] {
        let mut command = Command::new(npm_tool("tsc"));
        command.arg("-p").arg(project).current_dir(cmd::root());
        cmd::run_command(&mut command)?;
    }
    Ok(())
}

/// The ecosystem's own judges of a package, on the packed tarball: arethetypeswrong (every
/// entry under node10, node16 from CommonJS and from ES modules, and bundler) and publint
/// (`--strict`: a warning fails too).
pub fn judges() -> Result {
    let package = package_dir();
    let mut attw = Command::new(npm_tool("attw"));
    attw.args(["--pack", "--format", "table-flipped"])
        .arg(&package)
        .env("NO_COLOR", "1");
    cmd::run_command(&mut attw)?;
    let mut publint = Command::new(npm_tool("publint"));
    publint.arg("--strict").arg(&package);
    cmd::run_command(&mut publint)
}

/// A command installed by `npm ci` in `npm/` (`npm/node_modules/.bin/<name>`).
fn npm_tool(name: &str) -> PathBuf {
    cmd::root()
        .join("npm")
        .join("node_modules")
        .join(".bin")
        .join(name)
}

/// Packs the package and installs the tarball into Node ESM, Node CommonJS, TypeScript
/// CommonJS, Vite 7 and webpack 5 projects; the bundled builds are loaded in headless
/// Chromium.
pub fn packaging_test() -> Result {
    tools::chromium()?;
    let work = cmd::root().join("target").join("packaging");
    cmd::node_script(
        "packaging.mjs",
        &[package_dir().as_os_str(), work.as_os_str()],
    )
}

/// Raw, gzip and brotli sizes of the package's wasm and JavaScript; fails when the
/// `pinwarden/checks` wasm (checks and generation alone) is over its 40 KB gzip budget.
pub fn size_report() -> Result {
    cmd::node_script(
        "size-report.mjs",
        &[package_dir().as_os_str(), "npm".as_ref()],
    )
}

#[cfg(test)]
mod tests {
    use super::declarations_for_require;

    #[test]
    fn declarations_for_require_point_relative_imports_at_the_twins() {
        let source = "import type { Policy } from \"../pinwarden.js\";\nexport type {\n  Report,\n} from \"../pinwarden.js\";\nexport default function init(): Promise<void>;\n";
        let text = declarations_for_require(source, "index.d.ts").unwrap();
        assert!(text.starts_with("// Generated by `cargo xtask npm` from index.d.ts"));
        assert!(text.contains("import type { Policy } from \"../pinwarden.cjs\";\n"));
        assert!(text.contains("} from \"../pinwarden.cjs\";\n"));
        assert!(text.contains("export default function init(): Promise<void>;\n"));
        assert!(!text.contains(".js\""));
    }

    #[test]
    fn declarations_for_require_refuse_what_they_cannot_convert() {
        assert!(declarations_for_require("export * from \"./x.mjs\";", "a.d.ts").is_err());
        assert!(declarations_for_require("type T = import(\"./x.js\").T;", "a.d.ts").is_err());
    }
}
