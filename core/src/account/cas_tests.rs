//! SPEC §6: two writers sharing one stored account through compare-and-swap on its
//! revision lose no failure, however their steps interleave.
//!
//! The store is what a server keeps: the serialized text and its revision, swapped only
//! when the revision is still the one the writer read (`UPDATE … WHERE revision = ?`). A
//! writer whose swap fails reads the account again and repeats its logon on the new state.

use proptest::prelude::*;

use super::*;
use crate::{Context, Policy};

const NOW: Timestamp = Timestamp::from_unix_millis(1_700_000_000_000);
const WRONG: &str = "999998";

/// One row of a database: the account's text and its revision.
struct Row {
    text: String,
    revision: u64,
}

impl Row {
    /// `UPDATE accounts SET text = ?, revision = ? WHERE revision = ?`: whether it swapped.
    fn compare_and_swap(&mut self, expected: u64, account: &PinAccount) -> bool {
        if self.revision != expected {
            return false;
        }
        self.text = account.serialize();
        self.revision = account.revision();
        true
    }
}

/// Where a writer is in its current logon.
enum Stage {
    /// About to read the row.
    Read,
    /// Has read the row at this revision and applied its logon to its copy.
    Computed {
        read: u64,
        account: PinAccount,
        outcome: Verification,
    },
}

struct Writer {
    logons_left: u32,
    stage: Stage,
    failures: u32,
    locked_out_answers: u32,
    resets: u32,
}

impl Writer {
    fn new(logons: u32) -> Writer {
        Writer {
            logons_left: logons,
            stage: Stage::Read,
            failures: 0,
            locked_out_answers: 0,
            resets: 0,
        }
    }

    fn done(&self) -> bool {
        self.logons_left == 0
    }

    /// One step: read and compute, or try to swap. `blind` writes without comparing.
    fn step(&mut self, row: &mut Row, policy: &Policy, blind: bool) {
        match std::mem::replace(&mut self.stage, Stage::Read) {
            Stage::Read => {
                let mut account = PinAccount::parse_for_tests(&row.text).unwrap();
                let read = account.revision();
                assert_eq!(read, row.revision, "the text carries its revision");
                let outcome = account.verify(policy, &Context::new(), WRONG, NOW).unwrap();
                self.stage = Stage::Computed {
                    read,
                    account,
                    outcome,
                };
            }
            Stage::Computed {
                read,
                account,
                outcome,
            } => {
                let unchanged = account.revision() == read;
                let swapped = if blind {
                    row.text = account.serialize();
                    row.revision = account.revision();
                    true
                } else {
                    // Nothing changed (a locked account): nothing to write.
                    unchanged || row.compare_and_swap(read, &account)
                };
                if !swapped {
                    return; // read again and repeat this logon
                }
                match outcome {
                    Verification::Failure { new_pin, .. } => {
                        self.failures += 1;
                        self.resets += u32::from(new_pin.is_some());
                    }
                    Verification::LockedOut => self.locked_out_answers += 1,
                    Verification::Success { .. } => panic!("a wrong PIN succeeded"),
                }
                self.logons_left -= 1;
            }
        }
    }
}

/// What the two writers saw and what the row holds after `schedule` ran (then each writer
/// finishes in turn).
struct Run {
    failures_answered: u32,
    locked_out_answers: u32,
    resets: u32,
    stored: PinAccount,
}

fn run(policy: &Policy, logons: [u32; 2], schedule: &[bool], blind: bool) -> Run {
    let (account, _) = PinAccount::create_with(
        PinHistory::for_tests(policy.history_count()),
        policy,
        &Context::new(),
        NOW,
    )
    .unwrap();
    let mut row = Row {
        text: account.serialize(),
        revision: account.revision(),
    };
    let mut writers = logons.map(Writer::new);
    let mut turns = schedule.iter().map(|&second| usize::from(second));
    while writers.iter().any(|writer| !writer.done()) {
        let turn = turns.next().unwrap_or(usize::from(writers[0].done()));
        if !writers[turn].done() {
            writers[turn].step(&mut row, policy, blind);
        }
    }
    Run {
        failures_answered: writers.iter().map(|w| w.failures).sum(),
        locked_out_answers: writers.iter().map(|w| w.locked_out_answers).sum(),
        resets: writers.iter().map(|w| w.resets).sum(),
        stored: PinAccount::parse_for_tests(&row.text).unwrap(),
    }
}

fn policy() -> impl Strategy<Value = Policy> {
    (2u32..12, proptest::option::of(1u32..6)).prop_filter_map(
        "reset below lockout",
        |(lockout, reset)| {
            Policy::builder()
                .failures_before_lockout(lockout)
                .failures_before_reset(reset)
                .build()
                .ok()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// N wrong logons from two writers count as N wrong logons one after another: the
    /// failures up to the lockout, the resets at each multiple, then `lockedOut` answers.
    #[test]
    fn two_writers_with_compare_and_swap_lose_no_failure(
        policy in policy(),
        logons in [0u32..10, 0u32..10],
        schedule in proptest::collection::vec(any::<bool>(), 0..80),
    ) {
        let run = run(&policy, logons, &schedule, false);
        let total = logons[0] + logons[1];
        let lockout = u32::from(policy.failures_before_lockout());
        let counted = total.min(lockout);
        let status = run.stored.status(&policy, NOW);
        prop_assert_eq!(status.failures, counted);
        prop_assert_eq!(status.locked_out, total >= lockout);
        prop_assert_eq!(run.failures_answered, counted);
        prop_assert_eq!(run.locked_out_answers, total - counted);
        // The same account, one logon after another, is the oracle.
        let mut alone = run_alone(&policy, total);
        prop_assert_eq!(run.resets, alone.1);
        prop_assert_eq!(run.stored.revision(), alone.0.revision());
        alone.0.history = run.stored.history.clone(); // generated PINs differ
        prop_assert_eq!(&alone.0, &run.stored);
    }
}

/// The account after `logons` wrong PINs one after another, and how many reset it.
fn run_alone(policy: &Policy, logons: u32) -> (PinAccount, u32) {
    let run = run(policy, [logons, 0], &[], false);
    (run.stored, run.resets)
}

/// The test above can fail: the same writers overwriting blindly (read-modify-write with
/// no compare) lose a failure when both read before either writes.
#[test]
fn without_compare_and_swap_a_concurrent_failure_is_lost() {
    let policy = Policy::EXCHANGE;
    // Both read (steps 1 and 2), both write (steps 3 and 4).
    let run = run(&policy, [1, 1], &[false, true, false, true], true);
    assert_eq!(
        run.failures_answered, 2,
        "both were told their PIN was wrong"
    );
    assert_eq!(
        run.stored.status(&policy, NOW).failures,
        1,
        "one failure is lost"
    );
    let run = run_with_cas(&policy);
    assert_eq!(run.stored.status(&policy, NOW).failures, 2);
}

fn run_with_cas(policy: &Policy) -> Run {
    run(policy, [1, 1], &[false, true, false, true], false)
}
