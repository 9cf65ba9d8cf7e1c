//! The accounts, as SPEC §6 and §10 keep them: each operation reads the account, applies
//! the core's state machine to it and writes it back with compare-and-swap on its
//! revision, reading again when another writer came first — so that N concurrent wrong
//! PINs count N failures, also across several server processes sharing one database.
//!
//! Inside one process, operations on one account also queue on a lock (one of a fixed set,
//! picked by the name's hash), so that concurrent logons on one account do not each pay a
//! key derivation that a lost swap would waste. Key derivations (Argon2id, 19 MiB each) run
//! on a [`Pool`] of as many threads as the machine has cores: a flood of logons waits its
//! turn instead of allocating 19 MiB per request.

use std::hash::BuildHasher;
use std::sync::{Arc, RwLock};

use pinwarden::{
    AccountError, Context, MustChange, PinAccount, PinHistory, Policy, Report, SecretPin,
    Timestamp, Verification,
};
use tokio::sync::Mutex;

use crate::clock::Clock;
use crate::pool::Pool;
use crate::store::{OutboxMessage, Store, StoreError, StoredAccount};

/// Why an account operation did not happen.
#[derive(Debug)]
pub enum Failure {
    /// No account has this name (administrator calls only).
    NotFound,
    /// An account of this name exists already.
    Exists,
    /// The core refused, e.g. no PIN can be generated under this policy.
    Account(AccountError),
    /// The database failed, or holds something that is not an account.
    Storage(String),
}

impl From<StoreError> for Failure {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Exists => Failure::Exists,
            StoreError::Backend(message) => Failure::Storage(message),
        }
    }
}

/// What a logon attempt answered (SPEC §10 `POST /api/logon`).
#[derive(Debug, PartialEq, Eq)]
pub enum Logon {
    /// The PIN is right.
    Success {
        /// Why the PIN must be changed now.
        must_change: Option<MustChange>,
        /// In how many days the PIN expires, when the policy's `expiryWarningDays` asks to
        /// warn and that day is near.
        expires_in_days: Option<u16>,
    },
    /// The PIN is wrong, or there is no such account (the two are told apart nowhere).
    Failure {
        /// This failure locked the account.
        locked_out: bool,
    },
    /// The account is locked.
    LockedOut,
}

/// What choosing a new PIN answered (SPEC §10 `POST /api/pin`).
#[derive(Debug)]
pub enum PinChange {
    /// The current PIN was right and the new one is set; its report.
    Accepted(Report),
    /// The current PIN was right, but the policy refuses the new one; its report.
    Refused(Report),
    /// The current PIN was right, but it was chosen less than `minAgeDays` ago and no
    /// change is required: a new one can be chosen from `allowed_at`. The logon counts
    /// (its success clears the failures).
    TooSoon {
        /// When a change will be allowed.
        allowed_at: Timestamp,
    },
    /// The current PIN was wrong (or no such account), or the account is locked.
    Logon(Logon),
}

/// The reason of an automatic reset's message.
pub const AUTOMATIC_RESET: &str = "automaticReset";

/// How many times one operation reads again after losing a swap before giving up.
const MAX_SWAPS: usize = 64;

/// Locks that queue the operations on one account (by the name's hash).
const LOCK_STRIPES: usize = 256;

/// The accounts, their policy and the bounded pool the key derivations run on.
pub struct Accounts {
    store: Arc<dyn Store>,
    policy: RwLock<Policy>,
    clock: Clock,
    derivations: Pool,
    stripes: Vec<Mutex<()>>,
    hasher: std::collections::hash_map::RandomState,
    /// A history holding one random PIN: a logon for an unknown name is checked against
    /// it, so that it costs the same key derivation as a wrong PIN.
    decoy: Arc<PinHistory>,
}

impl Accounts {
    /// The accounts in `store`, under the policy it holds (Exchange's defaults when it
    /// holds none), with `derivations` key derivations at a time (threads of their own).
    ///
    /// # Errors
    /// [`Failure::Storage`] when the store cannot be read or its policy is invalid.
    pub fn new(
        store: Arc<dyn Store>,
        clock: Clock,
        derivations: usize,
    ) -> Result<Accounts, Failure> {
        let policy = match store.load_policy()? {
            Some(json) => Policy::from_json_str(&json)
                .map_err(|error| Failure::Storage(format!("the stored policy: {error}")))?,
            None => Policy::EXCHANGE,
        };
        let mut decoy = PinHistory::new(1).map_err(|e| Failure::Account(e.into()))?;
        let pin = pinwarden::generate_pin(
            &Policy::builder()
                .min_length(6)
                .build()
                .unwrap_or(Policy::EXCHANGE),
            &Context::new(),
            None,
        )
        .map_err(|e| Failure::Account(e.into()))?;
        decoy
            .add(pin.expose())
            .map_err(|e| Failure::Account(e.into()))?;
        Ok(Accounts {
            store,
            policy: RwLock::new(policy),
            clock,
            derivations: Pool::new(derivations)
                .map_err(|e| Failure::Storage(format!("cannot start the pool: {e}")))?,
            stripes: (0..LOCK_STRIPES).map(|_| Mutex::new(())).collect(),
            hasher: std::collections::hash_map::RandomState::new(),
            decoy: Arc::new(decoy),
        })
    }

    /// The policy in force.
    pub fn policy(&self) -> Policy {
        *self
            .policy
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The clock every operation reads.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Saves and applies a new policy; accounts follow it at their next operation.
    ///
    /// # Errors
    /// [`Failure::Storage`].
    pub async fn set_policy(&self, policy: Policy) -> Result<(), Failure> {
        let json = serde_json::to_string(&policy).unwrap_or_default();
        let store = Arc::clone(&self.store);
        blocking(move || store.save_policy(&json)).await??;
        *self
            .policy
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = policy;
        Ok(())
    }

    /// Creates an account with a generated first PIN (returned once).
    ///
    /// # Errors
    /// [`Failure::Exists`], [`Failure::Account`], [`Failure::Storage`].
    pub async fn create(
        &self,
        name: String,
        extensions: Vec<String>,
        names: Vec<String>,
    ) -> Result<SecretPin, Failure> {
        let _queue = self.queue(&name).await;
        let (policy, now, store) = (self.policy(), self.clock.now(), Arc::clone(&self.store));
        self.derive(move || {
            if store.load_account(&name)?.is_some() {
                return Err(Failure::Exists); // before paying for a derivation
            }
            let context = Context::new()
                .with_extensions(&extensions)
                .with_names(&names);
            let (account, pin) =
                PinAccount::create(&policy, &context, now).map_err(Failure::Account)?;
            let stored = StoredAccount {
                state: account.serialize(),
                revision: account.revision(),
                extensions,
                names,
            };
            store.insert_account(&name, &stored)?;
            Ok(pin)
        })
        .await
    }

    /// A logon attempt (SPEC §6 `verify`); an automatic reset's PIN goes to the outbox.
    ///
    /// # Errors
    /// [`Failure::Storage`].
    pub async fn logon(
        &self,
        name: String,
        pin: zeroize::Zeroizing<String>,
    ) -> Result<Logon, Failure> {
        let _queue = self.queue(&name).await;
        let (policy, now, store, decoy) = (
            self.policy(),
            self.clock.now(),
            Arc::clone(&self.store),
            Arc::clone(&self.decoy),
        );
        self.derive(move || {
            let outcome = update(&*store, &name, |account, context| {
                logon_step(account, &policy, context, &pin, now)
            })?;
            Ok(outcome.unwrap_or_else(|| {
                let _ = decoy.is_current(&pin); // the same work as a wrong PIN
                Logon::Failure { locked_out: false }
            }))
        })
        .await
    }

    /// The person changes their PIN: a logon with `current`, then SPEC §6 `setPin` with
    /// `new`, written together.
    ///
    /// # Errors
    /// [`Failure::Storage`], [`Failure::Account`].
    pub async fn change_pin(
        &self,
        name: String,
        current: zeroize::Zeroizing<String>,
        new: zeroize::Zeroizing<String>,
    ) -> Result<PinChange, Failure> {
        let _queue = self.queue(&name).await;
        let (policy, now, store, decoy) = (
            self.policy(),
            self.clock.now(),
            Arc::clone(&self.store),
            Arc::clone(&self.decoy),
        );
        self.derive(move || {
            let outcome = update(&*store, &name, |account, context| {
                let (logon, message) = logon_step(account, &policy, context, &current, now)?;
                if !matches!(logon, Logon::Success { .. }) {
                    return Ok((PinChange::Logon(logon), message));
                }
                match account.set_pin(&policy, context, &new, now) {
                    Ok(report) => Ok((PinChange::Accepted(report), None)),
                    Err(AccountError::Rejected(report)) => Ok((PinChange::Refused(report), None)),
                    Err(AccountError::TooSoon { allowed_at }) => {
                        Ok((PinChange::TooSoon { allowed_at }, None))
                    }
                    Err(error) => Err(Failure::Account(error)),
                }
            })?;
            Ok(outcome.unwrap_or_else(|| {
                let _ = decoy.is_current(&current);
                PinChange::Logon(Logon::Failure { locked_out: false })
            }))
        })
        .await
    }

    /// An administrator's reset: a new PIN (returned once), must change, unlocked.
    ///
    /// # Errors
    /// [`Failure::NotFound`], [`Failure::Account`], [`Failure::Storage`].
    pub async fn reset(&self, name: String) -> Result<SecretPin, Failure> {
        let _queue = self.queue(&name).await;
        let (policy, now, store) = (self.policy(), self.clock.now(), Arc::clone(&self.store));
        self.derive(move || {
            update(&*store, &name, |account, context| {
                let pin = account
                    .admin_reset(&policy, context, now)
                    .map_err(Failure::Account)?;
                Ok((pin, None))
            })?
            .ok_or(Failure::NotFound)
        })
        .await
    }

    /// An administrator unlocks the account without changing the PIN.
    ///
    /// # Errors
    /// [`Failure::NotFound`], [`Failure::Storage`].
    pub async fn unlock(&self, name: String) -> Result<(), Failure> {
        let _queue = self.queue(&name).await;
        let (now, store) = (self.clock.now(), Arc::clone(&self.store));
        blocking(move || {
            update(&*store, &name, |account, _| {
                account.unlock(now);
                Ok(((), None))
            })?
            .ok_or(Failure::NotFound)
        })
        .await?
    }

    /// SPEC §6 `status`, and the revision.
    ///
    /// # Errors
    /// [`Failure::NotFound`], [`Failure::Storage`].
    pub async fn status(&self, name: String) -> Result<(pinwarden::Status, u64), Failure> {
        let (policy, now, store) = (self.policy(), self.clock.now(), Arc::clone(&self.store));
        blocking(move || {
            let stored = store.load_account(&name)?.ok_or(Failure::NotFound)?;
            let account = parse(&stored.state)?;
            Ok((account.status(&policy, now), account.revision()))
        })
        .await?
    }

    /// The messages sent to the person, oldest first.
    ///
    /// # Errors
    /// [`Failure::NotFound`], [`Failure::Storage`].
    pub async fn outbox(&self, name: String) -> Result<Vec<OutboxMessage>, Failure> {
        let store = Arc::clone(&self.store);
        blocking(move || store.outbox(&name)?.ok_or(Failure::NotFound)).await?
    }

    /// Waits for this account's turn in this process.
    async fn queue(&self, name: &str) -> tokio::sync::MutexGuard<'_, ()> {
        let hash = self.hasher.hash_one(name);
        let stripe = usize::try_from(hash % LOCK_STRIPES as u64).unwrap_or(0);
        self.stripes[stripe].lock().await
    }

    /// How many key derivations run at once.
    pub fn derivations(&self) -> usize {
        self.derivations.threads()
    }

    /// Runs `work`, which derives keys, on the pool when its turn comes.
    async fn derive<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> Result<T, Failure> + Send + 'static,
    ) -> Result<T, Failure> {
        self.derivations
            .run(work)
            .await
            .ok_or_else(|| Failure::Storage("a key derivation stopped".into()))?
    }
}

/// Runs `work` on Tokio's blocking threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Failure> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|error| Failure::Storage(format!("a worker stopped: {error}")))
}

fn parse(state: &str) -> Result<PinAccount, Failure> {
    PinAccount::parse(state).map_err(|error| Failure::Storage(format!("a stored account: {error}")))
}

/// Reads the account, applies `operation`, and writes it back if it changed, with
/// compare-and-swap on the revision; reads again and repeats when another writer came
/// first. `None` when there is no such account.
fn update<T>(
    store: &dyn Store,
    name: &str,
    mut operation: impl FnMut(
        &mut PinAccount,
        &Context<'_>,
    ) -> Result<(T, Option<OutboxMessage>), Failure>,
) -> Result<Option<T>, Failure> {
    for _ in 0..MAX_SWAPS {
        let Some(stored) = store.load_account(name)? else {
            return Ok(None);
        };
        let mut account = parse(&stored.state)?;
        let context = Context::new()
            .with_extensions(&stored.extensions)
            .with_names(&stored.names);
        let (result, message) = operation(&mut account, &context)?;
        if account.revision() == stored.revision {
            return Ok(Some(result)); // nothing changed, nothing to write
        }
        if store.swap_account(
            name,
            stored.revision,
            &account.serialize(),
            account.revision(),
            message.as_ref(),
        )? {
            return Ok(Some(result));
        }
    }
    Err(Failure::Storage(format!(
        "the account changed under {MAX_SWAPS} attempts in a row"
    )))
}

/// One logon on `account`, and the outbox message of an automatic reset.
fn logon_step(
    account: &mut PinAccount,
    policy: &Policy,
    context: &Context<'_>,
    pin: &str,
    now: Timestamp,
) -> Result<(Logon, Option<OutboxMessage>), Failure> {
    match account.verify(policy, context, pin, now) {
        Ok(Verification::LockedOut) => Ok((Logon::LockedOut, None)),
        Ok(Verification::Success {
            must_change,
            expires_in_days,
        }) => Ok((
            Logon::Success {
                must_change,
                expires_in_days,
            },
            None,
        )),
        Ok(Verification::Failure {
            new_pin,
            locked_out,
            ..
        }) => {
            let message = new_pin.map(|pin| OutboxMessage {
                at: now.unix_millis(),
                reason: AUTOMATIC_RESET.to_owned(),
                pin: pin.expose().to_owned(),
            });
            Ok((Logon::Failure { locked_out }, message))
        }
        // The failure is counted, but no new PIN could be generated (a policy that leaves
        // none): still a failed logon.
        Err(AccountError::Generate(_)) => Ok((Logon::Failure { locked_out: false }, None)),
        Err(error) => Err(Failure::Account(error)),
    }
}
