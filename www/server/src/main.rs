//! `pinwarden-server [--port N] [--site DIR] [--db FILE] [--demo]`: the reference server of
//! SPEC §10 (see the crate documentation and the README's "The server half").

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use pinwarden_server::accounts::Accounts;
use pinwarden_server::auth::AdminToken;
use pinwarden_server::clock::Clock;
use pinwarden_server::config::Config;
use pinwarden_server::store::SqliteStore;
use pinwarden_server::{App, app, serve};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = match Config::read(&args, |name| std::env::var(name).ok()) {
        Ok(config) => config,
        Err(message) if message.starts_with("pinwarden-server [") => {
            print!("{message}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("pinwarden-server: {message}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("pinwarden-server: cannot start: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("pinwarden-server: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(config: Config) -> Result<(), String> {
    let token = match &config.admin_token {
        Some(given) => AdminToken::given(given).ok_or(
            "PINWARDEN_ADMIN_TOKEN must be 16 or more printable characters, without spaces",
        )?,
        None => AdminToken::generate().map_err(|e| format!("the system CSPRNG failed: {e}"))?,
    };
    let store = SqliteStore::open(&config.db)
        .map_err(|error| format!("{}: {error}", config.db.display()))?;
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let accounts = Accounts::new(Arc::new(store), Clock::default(), cores)
        .map_err(|error| format!("{}: {error:?}", config.db.display()))?;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", config.port))
        .await
        .map_err(|error| {
            format!(
                "cannot listen on 127.0.0.1:{} ({error}); is another server using it? Try --port {}",
                config.port,
                config.port.wrapping_add(1)
            )
        })?;
    let port = listener
        .local_addr()
        .map_err(|error| error.to_string())?
        .port();
    let state = Arc::new(App {
        accounts,
        token,
        demo: config.demo,
    });
    {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "pinwarden: serving http://127.0.0.1:{port}/");
        let _ = writeln!(
            out,
            "pinwarden: administrator page http://127.0.0.1:{port}/reset.html#token={}",
            state.token.expose()
        );
        let _ = out.flush();
    }
    if !config.site.is_dir() {
        eprintln!(
            "pinwarden: {} is not a folder; only the API is served (build the site with `cargo xtask demo`)",
            config.site.display()
        );
    }
    eprintln!(
        "pinwarden: accounts in {}, {cores} key derivations at a time{}",
        config.db.display(),
        if config.demo {
            ", demo mode (the administrator may move the clock)"
        } else {
            ""
        }
    );
    let router = app(&state, &config.site);
    serve::serve(listener, router, stop_signal()).await;
    Ok(())
}

/// Ctrl-C, or SIGTERM on Unix.
async fn stop_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}
