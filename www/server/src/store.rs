//! Where accounts, their outboxes and the policy are kept: a small trait, so that another
//! database can be added without touching the handlers, and SQLite as the default
//! ([`SqliteStore`]).
//!
//! The trait is synchronous: the server calls it from Tokio's blocking threads. An account
//! is written back only by [`Store::swap_account`], a compare-and-swap on its revision
//! (SPEC §6): in SQL `UPDATE … WHERE name = ? AND revision = ?`, in a key-value store its
//! own compare-and-swap (etcd's transaction on `mod_revision`, DynamoDB's condition
//! expression, Redis `WATCH`/`MULTI`).

mod sqlite;

pub use sqlite::SqliteStore;

/// One account as stored: the serialized [`pinwarden::PinAccount`] (which holds no PIN),
/// its revision (also inside the text; kept beside it for the compare-and-swap), and the
/// person's numbers and names, the context of every check of a new PIN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredAccount {
    /// [`pinwarden::PinAccount::serialize`].
    pub state: String,
    /// [`pinwarden::PinAccount::revision`].
    pub revision: u64,
    /// The person's extensions and other numbers.
    pub extensions: Vec<String>,
    /// The person's names, as a directory holds them.
    pub names: Vec<String>,
}

/// A message "sent" to the person: the stand-in for the e-mail in which Exchange and Teams
/// send a PIN reset automatically after failed logons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxMessage {
    /// When it was sent, in milliseconds since the Unix epoch.
    pub at: i64,
    /// Why, e.g. `automaticReset`.
    pub reason: String,
    /// The PIN it carries.
    pub pin: String,
}

/// Why the store could not do what was asked.
#[derive(Debug)]
pub enum StoreError {
    /// An account of this name exists already.
    Exists,
    /// The database failed (its message, for the server's log; never holds a PIN).
    Backend(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Exists => f.write_str("the account exists already"),
            StoreError::Backend(message) => f.write_str(message),
        }
    }
}

/// Accounts, outboxes and the policy, kept somewhere durable.
pub trait Store: Send + Sync + 'static {
    /// The policy saved by [`Store::save_policy`], as JSON; `None` before the first save.
    ///
    /// # Errors
    /// [`StoreError::Backend`].
    fn load_policy(&self) -> Result<Option<String>, StoreError>;

    /// Saves the complete policy as JSON.
    ///
    /// # Errors
    /// [`StoreError::Backend`].
    fn save_policy(&self, json: &str) -> Result<(), StoreError>;

    /// Adds a new account.
    ///
    /// # Errors
    /// [`StoreError::Exists`] when the name is taken; [`StoreError::Backend`].
    fn insert_account(&self, name: &str, account: &StoredAccount) -> Result<(), StoreError>;

    /// The account of this name, if there is one.
    ///
    /// # Errors
    /// [`StoreError::Backend`].
    fn load_account(&self, name: &str) -> Result<Option<StoredAccount>, StoreError>;

    /// Replaces the account's state with `state` at `revision` — only if its revision is
    /// still `expected` — and, in the same atomic step, appends `message` to its outbox.
    /// Returns whether it swapped; `false` means another writer came first: read again.
    ///
    /// # Errors
    /// [`StoreError::Backend`].
    fn swap_account(
        &self,
        name: &str,
        expected: u64,
        state: &str,
        revision: u64,
        message: Option<&OutboxMessage>,
    ) -> Result<bool, StoreError>;

    /// The account's outbox, oldest first; `None` when there is no such account.
    ///
    /// # Errors
    /// [`StoreError::Backend`].
    fn outbox(&self, name: &str) -> Result<Option<Vec<OutboxMessage>>, StoreError>;
}
