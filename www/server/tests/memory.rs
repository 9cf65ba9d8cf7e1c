//! SPEC §10: key derivations run on a bounded pool, so a flood of logons cannot exhaust
//! memory. Each Argon2id derivation takes 19 MiB; 300 logons at once, unbounded, would take
//! more than 5 GiB. The server's peak resident memory (Linux `VmHWM`) must stay under a
//! ceiling that a pool as wide as the cores keeps with a wide margin.

mod common;

use common::{Server, folder};
use reqwest::StatusCode;
use tokio::task::JoinSet;

/// Logons in flight at once.
const FLOOD: usize = 300;
/// The most the server may hold at its peak, in MiB.
const CEILING_MIB: u64 = 128;

#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_flood_of_logons_keeps_memory_bounded() {
    let folder = folder();
    let server = std::sync::Arc::new(Server::start(folder.path(), &[]));
    server.create("amos", &[]).await;
    let before = server.peak_memory_kib().unwrap();

    let mut logons = JoinSet::new();
    for n in 0..FLOOD {
        let server = std::sync::Arc::clone(&server);
        logons.spawn(async move {
            // Unknown names and a real account: each costs one key derivation (until the
            // account locks).
            let name = if n % 10 == 0 {
                "amos".to_owned()
            } else {
                format!("nobody{n}")
            };
            server.logon(&name, "000000").await.0
        });
    }
    let mut statuses = Vec::new();
    while let Some(status) = logons.join_next().await {
        statuses.push(status.unwrap());
    }
    assert!(
        statuses
            .iter()
            .all(|s| *s == StatusCode::UNAUTHORIZED || *s == StatusCode::LOCKED),
        "{statuses:?}"
    );
    assert_eq!(statuses.len(), FLOOD);

    let peak = server.peak_memory_kib().unwrap();
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get) as u64;
    println!(
        "server peak memory: {} MiB before the flood, {} MiB after {FLOOD} logons at once ({cores} derivations at a time); ceiling {CEILING_MIB} MiB",
        before / 1024,
        peak / 1024
    );
    // Measured 72 MiB on 2 cores (the server, and 19 MiB of Argon2 memory for each pool
    // thread and the main thread). More cores, more threads: 19 MiB more room for each.
    let ceiling = CEILING_MIB.max(50 + 19 * (cores + 1) * 2) * 1024;
    assert!(peak < ceiling, "peak {peak} KiB ≥ ceiling {ceiling} KiB");
}
