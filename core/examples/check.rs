//! SPEC §9: check PINs from standard input, one a line; print one JSON report a line.
//!
//! ```text
//! cargo run --release -p pinwarden --example check -- \
//!     [--policy NAME|JSON] [--extension E]... [--name N]... [--locale en|fr] [--show-policy]
//!     < pins.txt
//! ```
//!
//! A bad policy or argument exits with status 2 and says what is wrong on standard error.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use pinwarden::{Context, Locale, Policy, validate_pin};

const USAGE: &str = "usage: check [--policy NAME|JSON] [--extension E]... [--name N]... [--locale en|fr] [--show-policy] < pins";

struct Options {
    policy: Policy,
    extensions: Vec<String>,
    /// The person's names, for `nameOnKeypad`.
    names: Vec<String>,
    locale: Locale,
    show_policy: bool,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        policy: Policy::EXCHANGE,
        extensions: Vec::new(),
        names: Vec::new(),
        locale: Locale::En,
        show_policy: false,
    };
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--policy" => {
                options.policy = Policy::from_json_str(&value("--policy")?)
                    .map_err(|error| format!("invalid --policy: {error}"))?;
            }
            "--extension" => options.extensions.push(value("--extension")?),
            "--name" => options.names.push(value("--name")?),
            "--locale" => {
                options.locale = value("--locale")?
                    .parse()
                    .map_err(|error| format!("invalid --locale: {error}"))?;
            }
            "--show-policy" => options.show_policy = true,
            "--help" | "-h" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("check: {message}");
            return ExitCode::from(2);
        }
    };
    let result = if options.show_policy {
        show_policy(&options.policy)
    } else {
        check_lines(&options)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`check < pins | head`) is a normal way to stop.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("check: {error}");
            ExitCode::FAILURE
        }
    }
}

fn show_policy(policy: &Policy) -> io::Result<()> {
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, policy)?;
    writeln!(out)
}

fn check_lines(options: &Options) -> io::Result<()> {
    let context = Context::new()
        .with_extensions(&options.extensions)
        .with_names(&options.names);
    let mut input = io::stdin().lock();
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut line = Vec::with_capacity(64);
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let pin = line.strip_suffix(b"\n").unwrap_or(&line);
        let pin = pin.strip_suffix(b"\r").unwrap_or(pin);
        // Bytes that are not UTF-8 become U+FFFD, which is `notDigits` as it should be.
        let pin = String::from_utf8_lossy(pin);
        let report = validate_pin(&pin, &options.policy, &context);
        serde_json::to_writer(&mut out, &report.localized(options.locale))?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
