//! Prints the README table of SPEC §2.4: the share of all PINs of 4, 5, 6 and 8 digits
//! that each check refuses on its own, and that `exchange` and `strict` refuse, with
//! `minLength` lowered to each length so that length does not count. Every PIN of each
//! length is checked (10^8 for 8 digits), on all cores. `cargo xtask shares` writes the
//! table into the README; `cargo xtask test` checks that the README is current.

use pinwarden::{Context, ExtraCheck, Needs, PatternCode, Policy, validate_pin};

const LENGTHS: [usize; 4] = [4, 5, 6, 8];

/// `policy` with `minLength` lowered to `length`, so that length does not count.
fn with_min_length(policy: Policy, length: usize) -> Policy {
    let mut json = serde_json::to_value(policy).expect("a policy serializes");
    json["minLength"] = length.into();
    Policy::from_json(&json).expect("a valid policy with another minLength is valid")
}

/// Over every PIN of `length` digits under `policy`: how many are refused, and how many
/// are refused with each of `codes`.
fn census(policy: Policy, length: usize, codes: &[PatternCode]) -> (u64, Vec<u64>) {
    let policy = with_min_length(policy, length);
    let total = 10u64.pow(u32::try_from(length).expect("small"));
    let threads = std::thread::available_parallelism().map_or(1, usize::from) as u64;
    let context = Context::new();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|worker| {
                let (policy, context) = (&policy, &context);
                scope.spawn(move || {
                    let (start, end) = (total * worker / threads, total * (worker + 1) / threads);
                    let (mut refused, mut by_code) = (0, vec![0u64; codes.len()]);
                    let mut pin = format!("{start:0length$}").into_bytes();
                    for _ in start..end {
                        let report = validate_pin(
                            std::str::from_utf8(&pin).expect("digits"),
                            policy,
                            context,
                        );
                        refused += u64::from(!report.ok());
                        for (count, code) in by_code.iter_mut().zip(codes) {
                            *count += u64::from(report.has(*code));
                        }
                        increment(&mut pin);
                    }
                    (refused, by_code)
                })
            })
            .collect();
        workers
            .into_iter()
            .fold((0, vec![0; codes.len()]), |(refused, by_code), worker| {
                let (worker_refused, worker_by_code) = worker.join().expect("a worker panicked");
                let by_code = by_code
                    .iter()
                    .zip(&worker_by_code)
                    .map(|(a, b)| a + b)
                    .collect();
                (refused + worker_refused, by_code)
            })
    })
}

/// Adds one to a string of ASCII digits, in place (wrapping at the end).
fn increment(digits: &mut [u8]) {
    for digit in digits.iter_mut().rev() {
        if *digit == b'9' {
            *digit = b'0';
        } else {
            *digit += 1;
            return;
        }
    }
}

fn main() {
    // The checks that read the context are left out: the extension checks refuse a
    // handful of PINs per person.
    let measured: Vec<PatternCode> = PatternCode::ALL
        .into_iter()
        .filter(|pattern| pattern.needs() == Needs::Nothing)
        .collect();
    let every_check = Policy::builder()
        .extra_checks(ExtraCheck::ALL)
        .build()
        .expect("valid");

    let mut columns = Vec::new();
    for length in LENGTHS {
        let total = 10u64.pow(u32::try_from(length).expect("small"));
        // Each check runs on its own, so one pass with all of them counts each one.
        let (_, mut column) = census(every_check, length, &measured);
        for preset in [Policy::EXCHANGE, Policy::STRICT] {
            column.push(census(preset, length, &[]).0);
        }
        columns.push((total, column));
    }

    let labels = measured
        .iter()
        .map(|pattern| {
            let section = if pattern.extra().is_none() {
                "§2.2"
            } else {
                "§2.3"
            };
            format!("`{pattern}` ({section})")
        })
        .chain(["**`exchange`**".to_owned(), "**`strict`**".to_owned()]);
    let header: Vec<String> = LENGTHS.iter().map(|n| format!("{n} digits")).collect();
    println!("| refused by | {} |", header.join(" | "));
    println!("|---|{}", "---:|".repeat(LENGTHS.len()));
    for (row, label) in labels.enumerate() {
        let cells: Vec<String> = columns
            .iter()
            .map(|(total, column)| share(column[row], *total))
            .collect();
        println!("| {label} | {} |", cells.join(" | "));
    }
}

#[allow(clippy::cast_precision_loss)] // counts up to 10^8 are exact in f64
fn share(refused: u64, total: u64) -> String {
    format!("{:.3} % ({refused})", refused as f64 * 100.0 / total as f64)
}
