//! The command line and environment: `pinwarden-server [--port N] [--site DIR] [--db FILE]
//! [--demo]`, with `PORT`, `PINWARDEN_SITE`, `PINWARDEN_DB` and `PINWARDEN_ADMIN_TOKEN`.

use std::path::PathBuf;

/// How to run the server.
#[derive(Debug, PartialEq, Eq)]
pub struct Config {
    /// The port on 127.0.0.1 (0: any free one).
    pub port: u16,
    /// The folder of the site's files.
    pub site: PathBuf,
    /// The SQLite file (created on first start).
    pub db: PathBuf,
    /// The administrator's token, when given; otherwise one is generated.
    pub admin_token: Option<String>,
    /// Demo mode: the administrator's clock offset.
    pub demo: bool,
}

/// The text of `--help`.
pub const USAGE: &str = "\
pinwarden-server [--port N] [--site DIR] [--db FILE] [--demo]

  --port N     listen on 127.0.0.1:N (0: any free port); default $PORT, else 8080
  --site DIR   serve the files of DIR at /; default $PINWARDEN_SITE, else target/www
  --db FILE    keep the accounts in the SQLite FILE, created on first start;
               default $PINWARDEN_DB, else target/pinwarden-demo.sqlite3
  --demo       demo mode: an administrator may move the clock (/api/demo/clock)

The administrator's token is $PINWARDEN_ADMIN_TOKEN (16 or more printable characters);
without it one is generated and printed with the administrator page's address.
";

impl Config {
    /// Reads `args` (without the program name), then `env` for what they leave out.
    ///
    /// # Errors
    /// A sentence saying which argument is wrong (or `USAGE` for `--help`).
    pub fn read(args: &[String], env: impl Fn(&str) -> Option<String>) -> Result<Config, String> {
        let mut port = None;
        let mut site = None;
        let mut db = None;
        let mut demo = false;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = |name: &str| {
                args.next()
                    .cloned()
                    .ok_or_else(|| format!("{name} needs a value\n\n{USAGE}"))
            };
            match arg.as_str() {
                "--port" => port = Some(value("--port")?),
                "--site" => site = Some(value("--site")?),
                "--db" => db = Some(value("--db")?),
                "--demo" => demo = true,
                "--help" | "-h" => return Err(USAGE.to_owned()),
                other => return Err(format!("unknown argument `{other}`\n\n{USAGE}")),
            }
        }
        let port = match port.or_else(|| env("PORT")) {
            None => 8080,
            Some(text) => text
                .trim()
                .parse()
                .map_err(|_| format!("`{text}` is not a port number (0–65535)"))?,
        };
        Ok(Config {
            port,
            site: site
                .or_else(|| env("PINWARDEN_SITE"))
                .map_or_else(|| PathBuf::from("target/www"), PathBuf::from),
            db: db.or_else(|| env("PINWARDEN_DB")).map_or_else(
                || PathBuf::from("target/pinwarden-demo.sqlite3"),
                PathBuf::from,
            ),
            admin_token: env("PINWARDEN_ADMIN_TOKEN").filter(|token| !token.is_empty()),
            demo,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn arguments_win_over_the_environment() {
        let env = |name: &str| match name {
            "PORT" => Some("9000".to_owned()),
            "PINWARDEN_DB" => Some("/tmp/a.sqlite3".to_owned()),
            _ => None,
        };
        let config = Config::read(&args(&["--port", "0", "--demo"]), env).unwrap();
        assert_eq!(config.port, 0);
        assert_eq!(config.db, PathBuf::from("/tmp/a.sqlite3"));
        assert_eq!(config.site, PathBuf::from("target/www"));
        assert!(config.demo && config.admin_token.is_none());
        assert_eq!(Config::read(&[], env).unwrap().port, 9000);
        assert_eq!(Config::read(&[], |_| None).unwrap().port, 8080);
    }

    #[test]
    fn mistakes_are_named() {
        let none = |_: &str| None;
        assert!(
            Config::read(&args(&["--port", "http"]), none)
                .unwrap_err()
                .contains("`http`")
        );
        assert!(
            Config::read(&args(&["--port"]), none)
                .unwrap_err()
                .contains("needs a value")
        );
        assert!(
            Config::read(&args(&["--dmeo"]), none)
                .unwrap_err()
                .contains("`--dmeo`")
        );
    }
}
