//! SPEC §6: one person's PIN as a server keeps it, as a state machine with the time
//! passed in. The policy and the person's extensions are passed to each operation, so
//! that a policy changed by an administrator applies at the next one.

mod wire;

use crate::{
    Context, GenerateError, HistoryError, PinHistory, Policy, Report, SecretPin, generate_pin,
    validate_pin,
};

pub use wire::AccountError;

/// Milliseconds since the Unix epoch (what JavaScript's `Date.now()` gives).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(i64);

const MILLIS_PER_DAY: i64 = 86_400_000;

impl Timestamp {
    /// The time `millis` milliseconds after 1970-01-01T00:00:00Z.
    pub const fn from_unix_millis(millis: i64) -> Timestamp {
        Timestamp(millis)
    }

    /// Milliseconds since the Unix epoch.
    pub const fn unix_millis(self) -> i64 {
        self.0
    }

    /// This time plus whole days (saturating).
    #[must_use]
    pub const fn plus_days(self, days: u16) -> Timestamp {
        Timestamp(self.0.saturating_add(days as i64 * MILLIS_PER_DAY))
    }
}

/// Why a successful logon must change the PIN now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum MustChange {
    /// The PIN was set by an administrator or an automatic reset.
    FirstTimeUser,
    /// `lifetimeDays` have passed since the last change.
    Expired,
    /// `applyToExistingPins` is on and the PIN breaks the policy as it is now.
    PolicyChanged,
}

impl MustChange {
    /// The stable camelCase name.
    pub const fn as_str(self) -> &'static str {
        match self {
            MustChange::FirstTimeUser => "firstTimeUser",
            MustChange::Expired => "expired",
            MustChange::PolicyChanged => "policyChanged",
        }
    }
}

/// The outcome of a logon attempt ([`PinAccount::verify`]).
#[derive(Debug)]
pub enum Verification {
    /// The account is locked; the PIN was not even compared.
    LockedOut,
    /// The PIN is right; the failure count is back to 0.
    Success {
        /// Why the PIN must be changed now, if it must.
        must_change: Option<MustChange>,
        /// In how many days the PIN expires, when the policy's `expiryWarningDays` asks
        /// to warn and that day is near (not yet expired).
        expires_in_days: Option<u16>,
    },
    /// The PIN is wrong.
    Failure {
        /// Failures left before the next automatic reset (`None`: resets are off, or the
        /// lockout comes first).
        attempts_before_reset: Option<u16>,
        /// Failures left before the account locks (0: it just locked).
        attempts_before_lockout: u16,
        /// This failure reset the PIN: the new PIN, to be sent to the person once.
        new_pin: Option<SecretPin>,
        /// This failure locked the account.
        locked_out: bool,
    },
}

/// What `Get-UMMailboxPIN` shows, plus when the PIN expires.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    /// `lifetimeDays` have passed since the last change.
    pub pin_expired: bool,
    /// The PIN was set by an administrator or a reset and must be changed at logon.
    pub first_time_user: bool,
    /// Too many failures; only an administrator can unlock.
    pub locked_out: bool,
    /// Consecutive failed logons.
    pub failures: u32,
    /// When the PIN expires; `None` when it never does.
    pub expires_at: Option<Timestamp>,
    /// In how many days the PIN expires, when the policy's `expiryWarningDays` asks to
    /// warn and that day is near (not yet expired); left out of the JSON otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_in_days: Option<u16>,
}

/// One person's PIN state (SPEC §6): the hashed history (its newest entry is the current
/// PIN), the consecutive failures, the lockout and must-change flags, and the time of the
/// last change. [`PinAccount::serialize`] gives a string a server can keep in a database
/// column; it holds no PIN.
///
/// Every operation that changes the state increases [`PinAccount::revision`], so that a
/// server keeping the text in one column can write it back with compare-and-swap
/// (`UPDATE accounts SET state = ?, revision = ? WHERE name = ? AND revision = ?`) and never
/// lose a failure counted by a concurrent request: a writer whose swap fails reads the
/// account again and repeats the operation on it.
///
/// ```
/// use pinwarden::{Context, PinAccount, Policy, Timestamp, Verification};
///
/// let policy = Policy::EXCHANGE;
/// let context = Context::new().with_extension("36697");
/// let day0 = Timestamp::from_unix_millis(1_700_000_000_000);
///
/// // An administrator creates the account: the PIN is shown once and must change.
/// let (mut account, first_pin) = PinAccount::create(&policy, &context, day0)?;
/// let outcome = account.verify(&policy, &context, first_pin.expose(), day0)?;
/// assert!(matches!(outcome, Verification::Success { must_change: Some(_), .. }));
///
/// account.set_pin(&policy, &context, "480137", day0)?;
/// let outcome = account.verify(&policy, &context, "480137", day0.plus_days(1))?;
/// assert!(matches!(outcome, Verification::Success { must_change: None, .. }));
/// assert!(account.status(&policy, day0.plus_days(60)).pin_expired);
/// # Ok::<(), pinwarden::AccountError>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct PinAccount {
    history: PinHistory,
    failures: u32,
    locked_out: bool,
    first_time_user: bool,
    /// A logon found that the PIN no longer meets the policy (`policyChanged`): the next
    /// change is required, so `minAgeDays` does not hold it back.
    policy_changed: bool,
    changed_at: Timestamp,
    revision: u64,
}

impl PinAccount {
    /// A new account with a generated PIN (like an administrator's reset): the PIN is
    /// returned once, and must be changed at the first logon.
    ///
    /// # Errors
    /// [`AccountError::Generate`] when no PIN can be generated, or
    /// [`AccountError::History`] when the system CSPRNG fails.
    pub fn create(
        policy: &Policy,
        context: &Context<'_>,
        now: Timestamp,
    ) -> Result<(PinAccount, SecretPin), AccountError> {
        let history = PinHistory::new(policy.history_count())?;
        PinAccount::create_with(history, policy, context, now)
    }

    /// Like [`PinAccount::create`], with this (empty) history, e.g. one made with other
    /// Argon2id parameters ([`PinHistory::with_params`]).
    ///
    /// # Errors
    /// As [`PinAccount::create`].
    pub fn create_with(
        history: PinHistory,
        policy: &Policy,
        context: &Context<'_>,
        now: Timestamp,
    ) -> Result<(PinAccount, SecretPin), AccountError> {
        let mut account = PinAccount {
            history,
            failures: 0,
            locked_out: false,
            first_time_user: true,
            policy_changed: false,
            changed_at: now,
            revision: 0,
        };
        let pin = account.admin_reset(policy, context, now)?;
        Ok((account, pin))
    }

    /// The person chooses a new PIN. It must pass SPEC §2 against the policy, the
    /// extensions in `context` and this account's history; then it becomes current, the
    /// failure count and must-change flag are cleared, and its (passing) report is returned.
    ///
    /// # Errors
    /// [`AccountError::Rejected`] with the report when the PIN breaks the policy, or
    /// [`AccountError::LockedOut`] when the account is locked.
    pub fn set_pin(
        &mut self,
        policy: &Policy,
        context: &Context<'_>,
        pin: &str,
        now: Timestamp,
    ) -> Result<Report, AccountError> {
        self.tracked(|account| account.apply_set_pin(policy, context, pin, now))
    }

    fn apply_set_pin(
        &mut self,
        policy: &Policy,
        context: &Context<'_>,
        pin: &str,
        now: Timestamp,
    ) -> Result<Report, AccountError> {
        if self.locked_out {
            return Err(AccountError::LockedOut);
        }
        self.follow(policy)?;
        if let Some(allowed_at) = self.change_allowed_at(policy, now) {
            return Err(AccountError::TooSoon { allowed_at });
        }
        let report = validate_pin(
            pin,
            policy,
            &context.without_history().with_history(&self.history),
        );
        if !report.ok() {
            return Err(AccountError::Rejected(report));
        }
        self.history.add(pin)?;
        self.failures = 0;
        self.first_time_user = false;
        self.policy_changed = false;
        self.changed_at = now;
        Ok(report)
    }

    /// An administrator resets the PIN: a new one is generated (SPEC §3) and returned once,
    /// it must be changed at the first logon, and the account is unlocked.
    ///
    /// # Errors
    /// [`AccountError::Generate`] when no PIN can be generated.
    pub fn admin_reset(
        &mut self,
        policy: &Policy,
        context: &Context<'_>,
        now: Timestamp,
    ) -> Result<SecretPin, AccountError> {
        self.tracked(|account| {
            account.follow(policy)?;
            let pin = account.replace_pin(policy, context, now)?;
            account.locked_out = false;
            account.failures = 0;
            Ok(pin)
        })
    }

    /// A logon attempt (SPEC §6).
    ///
    /// # Errors
    /// [`AccountError::Generate`] when this failure triggers an automatic reset and no
    /// PIN can be generated; the failure is still counted.
    pub fn verify(
        &mut self,
        policy: &Policy,
        context: &Context<'_>,
        pin: &str,
        now: Timestamp,
    ) -> Result<Verification, AccountError> {
        self.tracked(|account| account.apply_verify(policy, context, pin, now))
    }

    fn apply_verify(
        &mut self,
        policy: &Policy,
        context: &Context<'_>,
        pin: &str,
        now: Timestamp,
    ) -> Result<Verification, AccountError> {
        if self.locked_out {
            return Ok(Verification::LockedOut);
        }
        self.follow(policy)?;
        if self.history.is_current(pin) {
            self.failures = 0;
            let must_change = if self.first_time_user {
                Some(MustChange::FirstTimeUser)
            } else if self.is_expired(policy, now) {
                Some(MustChange::Expired)
            } else if policy.apply_to_existing_pins()
                && !validate_pin(pin, policy, &context.without_history()).ok()
            {
                Some(MustChange::PolicyChanged)
            } else {
                None
            };
            self.policy_changed = must_change == Some(MustChange::PolicyChanged);
            return Ok(Verification::Success {
                must_change,
                expires_in_days: self.expires_in_days(policy, now),
            });
        }

        self.failures = self.failures.saturating_add(1);
        let lockout = u32::from(policy.failures_before_lockout());
        if self.failures >= lockout {
            self.locked_out = true;
            return Ok(Verification::Failure {
                attempts_before_reset: None,
                attempts_before_lockout: 0,
                new_pin: None,
                locked_out: true,
            });
        }
        let new_pin = match policy.failures_before_reset() {
            Some(reset) if self.failures.is_multiple_of(u32::from(reset)) => {
                Some(self.replace_pin(policy, context, now)?)
            }
            _ => None,
        };
        Ok(Verification::Failure {
            attempts_before_reset: self.attempts_before_reset(policy),
            attempts_before_lockout: u16::try_from(lockout - self.failures).unwrap_or(u16::MAX),
            new_pin,
            locked_out: false,
        })
    }

    /// An administrator unlocks the account without changing the PIN; the failure count
    /// starts again from 0. `now` is taken for a uniform API (every operation gets the
    /// time); unlocking does not depend on it.
    pub fn unlock(&mut self, now: Timestamp) {
        let _ = now;
        self.tracked(|account| {
            account.locked_out = false;
            account.failures = 0;
        });
    }

    /// How many times the state has changed since the account was created (SPEC §6): every
    /// operation that changes anything increases it by one, and one that changes nothing
    /// (a right PIN with no failure to clear, unlocking an unlocked account, [`status`])
    /// leaves it. Accounts serialized before revisions existed (version 1) read as 0.
    ///
    /// ```
    /// use pinwarden::{Context, PinAccount, Policy, Timestamp};
    ///
    /// let (policy, context) = (Policy::EXCHANGE, Context::new());
    /// let now = Timestamp::from_unix_millis(1_700_000_000_000);
    /// let (mut account, _) = PinAccount::create(&policy, &context, now)?;
    /// let stored = account.revision();
    /// account.verify(&policy, &context, "000000", now)?; // a failed logon is a change
    /// assert_eq!(account.revision(), stored + 1);
    /// account.unlock(now); // clears the failure: a change
    /// account.unlock(now); // nothing left to change
    /// assert_eq!(account.revision(), stored + 2);
    /// # Ok::<(), pinwarden::AccountError>(())
    /// ```
    ///
    /// [`status`]: PinAccount::status
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The state as `Get-UMMailboxPIN` shows it, plus when the PIN expires.
    pub fn status(&self, policy: &Policy, now: Timestamp) -> Status {
        Status {
            pin_expired: self.is_expired(policy, now),
            first_time_user: self.first_time_user,
            locked_out: self.locked_out,
            failures: self.failures,
            expires_at: self.expires_at(policy),
            expires_in_days: self.expires_in_days(policy, now),
        }
    }

    /// The hashed history; its newest entry is the current PIN. Hand its serialized form
    /// to a browser for live `recycled` feedback (see the README's security model).
    pub fn history(&self) -> &PinHistory {
        &self.history
    }

    /// The versioned JSON form, which holds no PIN.
    pub fn serialize(&self) -> String {
        wire::serialize(self)
    }

    /// Reads what [`PinAccount::serialize`] wrote.
    ///
    /// # Errors
    /// [`AccountError::Invalid`] for corrupt, truncated or unknown-version data.
    pub fn parse(text: &str) -> Result<PinAccount, AccountError> {
        wire::parse(text, PinHistory::parse)
    }

    /// [`PinAccount::parse`] accepting the cheap history parameters of tests and fuzzing.
    #[cfg(any(test, feature = "insecure-fuzzing"))]
    #[doc(hidden)]
    pub fn parse_for_tests(text: &str) -> Result<PinAccount, AccountError> {
        wire::parse(text, PinHistory::parse_for_tests)
    }

    /// Runs `operation`, and increases the revision when it changed anything (even when it
    /// then failed: a failure counted before a reset that could not happen is a change).
    fn tracked<T>(&mut self, operation: impl FnOnce(&mut PinAccount) -> T) -> T {
        let before = self.clone();
        let result = operation(self);
        if *self != before {
            self.revision = before.revision.saturating_add(1);
        }
        result
    }

    fn expires_at(&self, policy: &Policy) -> Option<Timestamp> {
        (policy.lifetime_days() > 0).then(|| self.changed_at.plus_days(policy.lifetime_days()))
    }

    fn is_expired(&self, policy: &Policy, now: Timestamp) -> bool {
        self.expires_at(policy).is_some_and(|expiry| now >= expiry)
    }

    /// Whole days (rounded up) until the PIN expires, when that is within the policy's
    /// `expiryWarningDays` and not yet past.
    fn expires_in_days(&self, policy: &Policy, now: Timestamp) -> Option<u16> {
        let warning = policy.expiry_warning_days();
        let left = self
            .expires_at(policy)?
            .unix_millis()
            .checked_sub(now.unix_millis())?;
        if warning == 0 || left <= 0 {
            return None;
        }
        let days = u16::try_from((left + MILLIS_PER_DAY - 1) / MILLIS_PER_DAY).ok()?;
        (days <= u16::from(warning)).then_some(days)
    }

    /// When the person may choose a PIN again, if `minAgeDays` holds a change back now: a
    /// required change (first use, expired, policy changed) is always allowed.
    fn change_allowed_at(&self, policy: &Policy, now: Timestamp) -> Option<Timestamp> {
        // `minAgeDays` 0 holds nothing back, not even when the clock went back.
        let required = policy.min_age_days() == 0
            || self.first_time_user
            || self.policy_changed
            || self.is_expired(policy, now);
        let allowed_at = self.changed_at.plus_days(policy.min_age_days());
        (!required && now < allowed_at).then_some(allowed_at)
    }

    fn attempts_before_reset(&self, policy: &Policy) -> Option<u16> {
        let reset = u32::from(policy.failures_before_reset()?);
        let left = reset - self.failures % reset;
        let before_lockout = u32::from(policy.failures_before_lockout()) - self.failures;
        (left < before_lockout).then(|| u16::try_from(left).unwrap_or(u16::MAX))
    }

    /// Keeps the history as long as the policy's `historyCount` says now.
    fn follow(&mut self, policy: &Policy) -> Result<(), HistoryError> {
        self.history.set_keep(policy.history_count())
    }

    /// Generates a PIN that passes the policy and the history, and makes it current.
    fn replace_pin(
        &mut self,
        policy: &Policy,
        context: &Context<'_>,
        now: Timestamp,
    ) -> Result<SecretPin, AccountError> {
        let pin = generate_pin(
            policy,
            &context.without_history().with_history(&self.history),
            None,
        )?;
        self.history.add(pin.expose())?;
        self.first_time_user = true;
        self.policy_changed = false;
        self.changed_at = now;
        Ok(pin)
    }
}

impl std::fmt::Debug for PinAccount {
    /// The state, without the history's digests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PinAccount")
            .field("history", &self.history)
            .field("failures", &self.failures)
            .field("locked_out", &self.locked_out)
            .field("first_time_user", &self.first_time_user)
            .field("policy_changed", &self.policy_changed)
            .field("changed_at", &self.changed_at)
            .field("revision", &self.revision)
            .finish()
    }
}

impl From<GenerateError> for AccountError {
    fn from(error: GenerateError) -> Self {
        AccountError::Generate(error)
    }
}

impl From<HistoryError> for AccountError {
    fn from(error: HistoryError) -> Self {
        AccountError::History(error)
    }
}

#[cfg(test)]
mod cas_tests;
#[cfg(test)]
mod tests;
