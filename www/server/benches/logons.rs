//! The server's logon throughput (`cargo bench -p pinwarden-server`, also in `cargo xtask
//! bench`): logons per second and p50/p99 latency at 1, 8 and 64 concurrent clients, and
//! the server's peak memory, printed as a table. A benchmark, not a test: nothing is
//! asserted. Each client logs on to an account of its own with its right PIN (one Argon2id
//! key derivation a logon, m = 19 MiB, t = 2), over kept-alive connections to loopback.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

const TOKEN: &str = "bench-admin-token-0123456789";
const CLIENTS: [usize; 3] = [1, 8, 64];
const WARM_UP: Duration = Duration::from_secs(1);
const MEASURE: Duration = Duration::from_secs(8);

fn main() {
    // `cargo bench` passes `--bench`; a filter or `--list` asks for nothing to run here.
    if std::env::args().any(|arg| arg == "--list") {
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(bench());
}

async fn bench() {
    let folder = tempfile::tempdir().unwrap();
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_pinwarden-server"))
        .args(["--port", "0", "--db"])
        .arg(folder.path().join("bench.sqlite3"))
        .arg("--site")
        .arg(folder.path())
        .env("PINWARDEN_ADMIN_TOKEN", TOKEN)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(server.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    let base = line
        .trim()
        .trim_start_matches("pinwarden: serving ")
        .trim_end_matches('/')
        .to_owned();
    let client = reqwest::Client::builder().no_proxy().build().unwrap();

    let most = *CLIENTS.iter().max().unwrap();
    let mut accounts = Vec::new();
    for n in 0..most {
        let name = format!("bench{n}");
        let created: Value = client
            .post(format!("{base}/api/users"))
            .bearer_auth(TOKEN)
            .json(&json!({ "name": name }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        accounts.push((name, created["pin"].as_str().unwrap().to_owned()));
    }

    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load = load.split_whitespace().next().unwrap_or("unknown");
    println!(
        "\npinwarden-server logons ({cores} cores, load average {load} before, loopback, Argon2id m = 19 MiB, t = 2)\n"
    );
    println!("| clients | logons/s | p50 | p99 |");
    println!("|---:|---:|---:|---:|");
    for clients in CLIENTS {
        let (count, mut latencies) = run(&client, &base, &accounts[..clients]).await;
        latencies.sort_unstable();
        // The latency below which `percent` % of the logons took.
        let at = |percent: usize| {
            let rank = (latencies.len() * percent).div_ceil(100);
            latencies[rank.clamp(1, latencies.len()) - 1]
        };
        let per_second =
            f64::from(u32::try_from(count).unwrap_or(u32::MAX)) / MEASURE.as_secs_f64();
        println!(
            "| {clients} | {per_second:.0} | {:.1} ms | {:.1} ms |",
            at(50).as_secs_f64() * 1000.0,
            at(99).as_secs_f64() * 1000.0
        );
    }
    let status =
        std::fs::read_to_string(format!("/proc/{}/status", server.id())).unwrap_or_default();
    let peak = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .map_or_else(
            || "unknown (not Linux)".to_owned(),
            |kib| {
                let kib: u64 = kib
                    .trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse()
                    .unwrap_or(0);
                format!("{} MiB", kib / 1024)
            },
        );
    println!("\nserver peak memory (VmHWM): {peak}");
    let _ = server.kill();
    let _ = server.wait();
}

/// Each client logs on in a loop; the logons that finished within the measured window
/// (after a warm-up that is not counted) and their latencies.
async fn run(
    client: &reqwest::Client,
    base: &str,
    accounts: &[(String, String)],
) -> (usize, Vec<Duration>) {
    let start = Instant::now() + WARM_UP;
    let end = start + MEASURE;
    let mut tasks = tokio::task::JoinSet::new();
    for (name, pin) in accounts {
        let (client, url) = (client.clone(), format!("{base}/api/logon"));
        let body = json!({ "name": name, "pin": pin });
        tasks.spawn(async move {
            let mut latencies = Vec::new();
            loop {
                let sent = Instant::now();
                if sent >= end {
                    break;
                }
                let response = client.post(&url).json(&body).send().await.unwrap();
                assert!(response.status().is_success(), "{}", response.status());
                let _ = response.bytes().await;
                let done = Instant::now();
                if done >= start && done <= end {
                    latencies.push(done - sent);
                }
            }
            latencies
        });
    }
    let mut all = Vec::new();
    while let Some(latencies) = tasks.join_next().await {
        all.extend(latencies.unwrap());
    }
    (all.len(), all)
}
