//! SPEC §4: the last PINs of one person, kept as Argon2id digests under one salt.
//!
//! One salt for the whole history means a candidate is hashed once and compared with
//! every digest, so a check costs one key derivation however long the history is. The
//! serialized form holds the parameters, the salt and the digests: never a PIN.

mod wire;

use std::collections::VecDeque;

use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::PreviousPins;

pub use wire::HistoryError;

/// Bytes of a digest.
const DIGEST_LEN: usize = 32;
/// Bytes of the salt.
const SALT_LEN: usize = 16;

type Digest = [u8; DIGEST_LEN];

/// Argon2id cost parameters, stored with the data so that they can be raised later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HashParams {
    /// Memory in KiB (`m`).
    pub memory_kib: u32,
    /// Passes over the memory (`t`).
    pub iterations: u32,
    /// Lanes (`p`).
    pub parallelism: u32,
}

impl HashParams {
    /// OWASP's recommended Argon2id setting, the floor of SPEC §4: m = 19 MiB, t = 2, p = 1.
    pub const DEFAULT: HashParams = HashParams {
        memory_kib: 19 * 1024,
        iterations: 2,
        parallelism: 1,
    };

    /// The most a parsed history may ask for: a history is data from outside, and
    /// 256 MiB × 10 passes is already seconds of work per check.
    pub const CEILING: HashParams = HashParams {
        memory_kib: 256 * 1024,
        iterations: 10,
        parallelism: 4,
    };

    fn argon2(self) -> Result<argon2::Argon2<'static>, argon2::Error> {
        let params = argon2::Params::new(
            self.memory_kib,
            self.iterations,
            self.parallelism,
            Some(DIGEST_LEN),
        )?;
        Ok(argon2::Argon2::new(
            argon2::Algorithm::Argon2id,
            argon2::Version::V0x13,
            params,
        ))
    }
}

impl Default for HashParams {
    fn default() -> Self {
        HashParams::DEFAULT
    }
}

/// The last `keep` PINs of one person, as Argon2id digests (SPEC §4). The newest entry is
/// the current PIN.
///
/// ```
/// use pinwarden::PinHistory;
///
/// let mut history = PinHistory::new(5)?;
/// history.add("482915")?;
/// assert!(history.contains("482915"));
/// assert!(!history.contains("482916"));
///
/// let stored = history.serialize();
/// assert!(!stored.contains("482915"));
/// assert!(PinHistory::parse(&stored)?.contains("482915"));
/// # Ok::<(), pinwarden::HistoryError>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct PinHistory {
    params: HashParams,
    salt: [u8; SALT_LEN],
    keep: u8,
    /// Oldest first.
    digests: VecDeque<Digest>,
}

impl PinHistory {
    /// An empty history that keeps the last `keep` PINs (1–20, the policy's
    /// `historyCount`), with a fresh random salt and the default parameters.
    ///
    /// # Errors
    /// [`HistoryError::OutOfRange`] for `keep` outside 1–20, or
    /// [`HistoryError::RandomUnavailable`] when the system CSPRNG fails.
    pub fn new(keep: u8) -> Result<PinHistory, HistoryError> {
        PinHistory::with_params(keep, HashParams::DEFAULT)
    }

    /// Like [`PinHistory::new`] with other Argon2id parameters, which must be at least
    /// [`HashParams::DEFAULT`] and at most [`HashParams::CEILING`].
    ///
    /// # Errors
    /// As [`PinHistory::new`], and [`HistoryError::OutOfRange`] for parameters out of bounds.
    pub fn with_params(keep: u8, params: HashParams) -> Result<PinHistory, HistoryError> {
        wire::check_params(params, HashParams::DEFAULT)?;
        PinHistory::unchecked(keep, params)
    }

    /// Cheap parameters for tests and fuzzing, where thousands of hashes are made. Never
    /// for real PINs: it is outside the crate only with the `insecure-fuzzing` feature.
    #[cfg(any(test, feature = "insecure-fuzzing"))]
    #[doc(hidden)]
    pub fn for_tests(keep: u8) -> PinHistory {
        let cheap = HashParams {
            memory_kib: 64,
            iterations: 1,
            parallelism: 1,
        };
        PinHistory::unchecked(keep, cheap).expect("valid test history")
    }

    fn unchecked(keep: u8, params: HashParams) -> Result<PinHistory, HistoryError> {
        wire::check_keep(keep)?;
        let mut salt = [0; SALT_LEN];
        getrandom::fill(&mut salt)
            .map_err(|error| HistoryError::RandomUnavailable(error.to_string()))?;
        Ok(PinHistory {
            params,
            salt,
            keep,
            digests: VecDeque::new(),
        })
    }

    /// Adds `pin` as the newest entry, dropping the oldest beyond `keep`.
    ///
    /// # Errors
    /// [`HistoryError::NotDigits`] unless `pin` is 1–24 ASCII digits (a history only ever
    /// holds PINs that could pass a policy).
    pub fn add(&mut self, pin: &str) -> Result<(), HistoryError> {
        if pin.is_empty() || pin.len() > 24 || !pin.bytes().all(|b| b.is_ascii_digit()) {
            return Err(HistoryError::NotDigits);
        }
        let digest = self.digest(pin);
        self.digests.push_back(*digest);
        self.trim();
        Ok(())
    }

    /// Whether `pin` is one of the PINs in the history: one key derivation, then a
    /// constant-time comparison with every digest.
    pub fn contains(&self, pin: &str) -> bool {
        if self.digests.is_empty() {
            return false;
        }
        let candidate = self.digest(pin);
        self.digests
            .iter()
            .fold(subtle::Choice::from(0), |found, digest| {
                found | digest.ct_eq(&*candidate)
            })
            .into()
    }

    /// Whether `pin` is the newest entry (the current PIN), in constant time.
    pub fn is_current(&self, pin: &str) -> bool {
        self.digests
            .back()
            .is_some_and(|current| bool::from(current.ct_eq(&*self.digest(pin))))
    }

    /// How many PINs the history holds.
    pub fn len(&self) -> usize {
        self.digests.len()
    }

    /// Whether the history holds no PIN.
    pub fn is_empty(&self) -> bool {
        self.digests.is_empty()
    }

    /// How many PINs it keeps (the policy's `historyCount`).
    pub fn keep(&self) -> u8 {
        self.keep
    }

    /// Keeps the last `keep` PINs from now on, dropping older ones at once (after the
    /// policy's `historyCount` changed).
    ///
    /// # Errors
    /// [`HistoryError::OutOfRange`] for `keep` outside 1–20.
    pub fn set_keep(&mut self, keep: u8) -> Result<(), HistoryError> {
        wire::check_keep(keep)?;
        self.keep = keep;
        self.trim();
        Ok(())
    }

    /// The Argon2id parameters.
    pub fn params(&self) -> HashParams {
        self.params
    }

    /// The versioned JSON form, which holds no PIN (see the README for its fields).
    pub fn serialize(&self) -> String {
        wire::serialize(self)
    }

    /// Reads what [`PinHistory::serialize`] wrote.
    ///
    /// # Errors
    /// [`HistoryError::Invalid`] for corrupt, truncated, edited or unknown-version data,
    /// saying what is wrong; nothing is ever half-read.
    pub fn parse(text: &str) -> Result<PinHistory, HistoryError> {
        wire::parse(text, HashParams::DEFAULT)
    }

    /// [`PinHistory::parse`] accepting the cheap parameters of [`PinHistory::for_tests`].
    #[cfg(any(test, feature = "insecure-fuzzing"))]
    #[doc(hidden)]
    pub fn parse_for_tests(text: &str) -> Result<PinHistory, HistoryError> {
        let floor = HashParams {
            memory_kib: 8,
            iterations: 1,
            parallelism: 1,
        };
        wire::parse(text, floor)
    }

    fn trim(&mut self) {
        while self.digests.len() > usize::from(self.keep) {
            self.digests.pop_front();
        }
    }

    fn digest(&self, pin: &str) -> Zeroizing<Digest> {
        let mut out = Zeroizing::new([0; DIGEST_LEN]);
        // The parameters were checked when the history was made or read, so Argon2 cannot
        // refuse them; should it fail anyway, the digest stays all zeros and matches nothing
        // that Argon2 wrote.
        if let Ok(argon2) = self.params.argon2() {
            with_memory(argon2.params().block_count(), |blocks| {
                let _ = argon2.hash_password_into_with_memory(
                    pin.as_bytes(),
                    &self.salt,
                    &mut *out,
                    blocks,
                );
            });
        }
        out
    }
}

thread_local! {
    /// Argon2's working memory (19 MiB at the default parameters), kept by each thread
    /// between derivations. Allocated afresh each time, Argon2's 64-byte-aligned blocks
    /// leave a hole glibc's allocator cannot reuse for the next ones: a server's memory grew
    /// by 19 MiB a logon (measured by pinwarden-server's memory test).
    static ARGON2_MEMORY: std::cell::RefCell<Vec<argon2::Block>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `derive` with `count` blocks of Argon2 memory, wiped afterwards. Up to the
/// default parameters' size the memory is the thread's own, reused; more (a history made
/// with larger parameters) is allocated for this derivation alone, so that one history
/// cannot make a thread hold up to 256 MiB for good.
fn with_memory(count: usize, derive: impl FnOnce(&mut [argon2::Block])) {
    use zeroize::Zeroize;
    let kept = usize::try_from(HashParams::DEFAULT.memory_kib).unwrap_or(usize::MAX);
    let wipe = |blocks: &mut [argon2::Block]| blocks.iter_mut().for_each(Zeroize::zeroize);
    if count > kept {
        let mut blocks = vec![argon2::Block::default(); count];
        derive(&mut blocks);
        wipe(&mut blocks);
        return;
    }
    ARGON2_MEMORY.with_borrow_mut(|memory| {
        if memory.len() < count {
            memory.resize(count, argon2::Block::default());
        }
        let blocks = &mut memory[..count];
        derive(blocks);
        wipe(blocks);
    });
}

impl PreviousPins for PinHistory {
    fn contains_pin(&self, pin: &str) -> bool {
        self.contains(pin)
    }
}

impl std::fmt::Debug for PinHistory {
    /// Shows the shape of the history, never a digest or the salt.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PinHistory")
            .field("params", &self.params)
            .field("keep", &self.keep)
            .field("len", &self.digests.len())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_exactly_the_last_keep_pins() {
        let mut history = PinHistory::for_tests(3);
        for pin in ["1111", "2222", "3333", "4444"] {
            history.add(pin).unwrap();
        }
        assert_eq!(history.len(), 3);
        assert!(!history.contains("1111"), "the oldest was dropped");
        assert!(
            ["2222", "3333", "4444"]
                .iter()
                .all(|pin| history.contains(pin))
        );
        assert!(history.is_current("4444") && !history.is_current("3333"));
        history.set_keep(1).unwrap();
        assert_eq!(history.len(), 1);
        assert!(history.contains("4444") && !history.contains("3333"));
    }

    #[test]
    fn refuses_what_is_not_a_pin() {
        let mut history = PinHistory::for_tests(3);
        for bad in ["", "12a4", "１２３４", &"1".repeat(25)] {
            assert!(
                matches!(history.add(bad), Err(HistoryError::NotDigits)),
                "{bad}"
            );
        }
        assert!(history.is_empty());
        assert!(history.set_keep(0).is_err() && history.set_keep(21).is_err());
    }

    #[test]
    fn debug_shows_no_digest() {
        let mut history = PinHistory::for_tests(3);
        history.add("482915").unwrap();
        let shown = format!("{history:?}");
        assert!(
            shown.contains("len: 1") && !shown.contains("482915") && !shown.contains("salt"),
            "{shown}"
        );
    }

    #[test]
    fn default_parameters_are_the_spec_floor() {
        let history = PinHistory::new(5).unwrap();
        assert_eq!(
            history.params(),
            HashParams {
                memory_kib: 19_456,
                iterations: 2,
                parallelism: 1
            }
        );
        let weak = HashParams {
            memory_kib: 1024,
            ..HashParams::DEFAULT
        };
        assert!(PinHistory::with_params(5, weak).is_err());
    }
}
