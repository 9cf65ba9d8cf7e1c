//! [`Store`] in one SQLite file (rusqlite, SQLite compiled in): WAL journal, one
//! connection behind a mutex (each statement takes microseconds; the key derivations
//! happen outside it), and a transaction around each swap and its outbox message.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};

use super::{OutboxMessage, Store, StoreError, StoredAccount};

/// The schema; `user_version` says which one a file holds.
const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS accounts (
    name       TEXT PRIMARY KEY NOT NULL,
    state      TEXT NOT NULL,
    revision   INTEGER NOT NULL,
    extensions TEXT NOT NULL,
    names      TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS outbox (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL REFERENCES accounts(name),
    at     INTEGER NOT NULL,
    reason TEXT NOT NULL,
    pin    TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS outbox_by_name ON outbox(name, id);
CREATE TABLE IF NOT EXISTS settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
PRAGMA user_version = 1;
";

/// The accounts in a SQLite file.
pub struct SqliteStore {
    connection: Mutex<Connection>,
}

impl SqliteStore {
    /// Opens `path`, creating the file (and its folder) and the tables when missing.
    ///
    /// # Errors
    /// [`StoreError::Backend`] when the file cannot be opened or is not a pinwarden
    /// database.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|e| StoreError::Backend(format!("{}: {e}", parent.display())))?;
        }
        let connection = Connection::open(path).map_err(backend)?;
        SqliteStore::prepare(connection)
    }

    /// A database in memory, for tests.
    ///
    /// # Errors
    /// [`StoreError::Backend`].
    pub fn in_memory() -> Result<SqliteStore, StoreError> {
        SqliteStore::prepare(Connection::open_in_memory().map_err(backend)?)
    }

    fn prepare(connection: Connection) -> Result<SqliteStore, StoreError> {
        connection
            .busy_timeout(Duration::from_secs(5))
            .map_err(backend)?;
        // WAL: readers never wait for the writer; NORMAL is durable across a process crash.
        connection
            .execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
            )
            .map_err(backend)?;
        let version: i64 = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(backend)?;
        if version > 1 {
            return Err(StoreError::Backend(format!(
                "the database has schema version {version}; this server knows version 1"
            )));
        }
        connection.execute_batch(SCHEMA).map_err(backend)?;
        Ok(SqliteStore {
            connection: Mutex::new(connection),
        })
    }

    fn connection(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a half-done write: SQLite rolls an
        // unfinished transaction back. Keep going with the connection.
        self.connection
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[allow(clippy::needless_pass_by_value)] // the shape `map_err` takes
fn backend(error: rusqlite::Error) -> StoreError {
    StoreError::Backend(error.to_string())
}

fn to_json(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".to_owned())
}

fn from_json(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

fn revision_to_sql(revision: u64) -> i64 {
    i64::try_from(revision).unwrap_or(i64::MAX)
}

impl Store for SqliteStore {
    fn load_policy(&self) -> Result<Option<String>, StoreError> {
        self.connection()
            .query_row(
                "SELECT value FROM settings WHERE key = 'policy'",
                [],
                |row| row.get(0),
            )
            .optional()
            .map_err(backend)
    }

    fn save_policy(&self, json: &str) -> Result<(), StoreError> {
        self.connection()
            .execute(
                "INSERT INTO settings (key, value) VALUES ('policy', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![json],
            )
            .map(drop)
            .map_err(backend)
    }

    fn insert_account(&self, name: &str, account: &StoredAccount) -> Result<(), StoreError> {
        let inserted = self
            .connection()
            .execute(
                "INSERT INTO accounts (name, state, revision, extensions, names)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (name) DO NOTHING",
                params![
                    name,
                    account.state,
                    revision_to_sql(account.revision),
                    to_json(&account.extensions),
                    to_json(&account.names)
                ],
            )
            .map_err(backend)?;
        if inserted == 1 {
            Ok(())
        } else {
            Err(StoreError::Exists)
        }
    }

    fn load_account(&self, name: &str) -> Result<Option<StoredAccount>, StoreError> {
        self.connection()
            .query_row(
                "SELECT state, revision, extensions, names FROM accounts WHERE name = ?1",
                params![name],
                |row| {
                    Ok(StoredAccount {
                        state: row.get(0)?,
                        revision: u64::try_from(row.get::<_, i64>(1)?).unwrap_or(0),
                        extensions: from_json(&row.get::<_, String>(2)?),
                        names: from_json(&row.get::<_, String>(3)?),
                    })
                },
            )
            .optional()
            .map_err(backend)
    }

    fn swap_account(
        &self,
        name: &str,
        expected: u64,
        state: &str,
        revision: u64,
        message: Option<&OutboxMessage>,
    ) -> Result<bool, StoreError> {
        let mut connection = self.connection();
        let transaction = connection.transaction().map_err(backend)?;
        let swapped = transaction
            .execute(
                "UPDATE accounts SET state = ?1, revision = ?2 WHERE name = ?3 AND revision = ?4",
                params![
                    state,
                    revision_to_sql(revision),
                    name,
                    revision_to_sql(expected)
                ],
            )
            .map_err(backend)?
            == 1;
        if !swapped {
            return Ok(false); // the transaction rolls back on drop
        }
        if let Some(message) = message {
            transaction
                .execute(
                    "INSERT INTO outbox (name, at, reason, pin) VALUES (?1, ?2, ?3, ?4)",
                    params![name, message.at, message.reason, message.pin],
                )
                .map_err(backend)?;
        }
        transaction.commit().map_err(backend)?;
        Ok(true)
    }

    fn outbox(&self, name: &str) -> Result<Option<Vec<OutboxMessage>>, StoreError> {
        let connection = self.connection();
        let exists = connection
            .query_row(
                "SELECT 1 FROM accounts WHERE name = ?1",
                params![name],
                |_| Ok(()),
            )
            .optional()
            .map_err(backend)?
            .is_some();
        if !exists {
            return Ok(None);
        }
        let mut statement = connection
            .prepare_cached("SELECT at, reason, pin FROM outbox WHERE name = ?1 ORDER BY id")
            .map_err(backend)?;
        let messages = statement
            .query_map(params![name], |row| {
                Ok(OutboxMessage {
                    at: row.get(0)?,
                    reason: row.get(1)?,
                    pin: row.get(2)?,
                })
            })
            .map_err(backend)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(backend)?;
        Ok(Some(messages))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(revision: u64) -> StoredAccount {
        StoredAccount {
            state: format!("{{\"revision\":{revision}}}"),
            revision,
            extensions: vec!["36697".into()],
            names: vec!["Amos Marble".into()],
        }
    }

    #[test]
    fn compare_and_swap_on_the_revision() {
        let store = SqliteStore::in_memory().unwrap();
        store.insert_account("amos", &account(1)).unwrap();
        assert!(matches!(
            store.insert_account("amos", &account(1)),
            Err(StoreError::Exists)
        ));
        let message = OutboxMessage {
            at: 5,
            reason: "automaticReset".into(),
            pin: "480137".into(),
        };
        assert!(
            store
                .swap_account("amos", 1, "{}", 2, Some(&message))
                .unwrap()
        );
        // A second writer that read revision 1 loses, and its message is not sent.
        assert!(
            !store
                .swap_account("amos", 1, "{}", 2, Some(&message))
                .unwrap()
        );
        let loaded = store.load_account("amos").unwrap().unwrap();
        assert_eq!(
            (loaded.revision, loaded.names),
            (2, vec!["Amos Marble".to_owned()])
        );
        assert_eq!(store.outbox("amos").unwrap().unwrap(), vec![message]);
        assert_eq!(store.outbox("nobody").unwrap(), None);
        assert!(!store.swap_account("nobody", 0, "{}", 1, None).unwrap());
    }

    #[test]
    fn the_policy_and_accounts_survive_reopening() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("new/folder/accounts.sqlite3");
        {
            let store = SqliteStore::open(&path).unwrap();
            assert_eq!(store.load_policy().unwrap(), None);
            store.save_policy("{\"minLength\":4}").unwrap();
            store.save_policy("{\"minLength\":5}").unwrap();
            store.insert_account("amos", &account(3)).unwrap();
        }
        let store = SqliteStore::open(&path).unwrap();
        assert_eq!(
            store.load_policy().unwrap().as_deref(),
            Some("{\"minLength\":5}")
        );
        assert_eq!(store.load_account("amos").unwrap(), Some(account(3)));
    }
}
