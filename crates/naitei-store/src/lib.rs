//! naitei-store: the application tracker's storage.
//!
//! One code path for SQLite (the default, a file in the user's data directory) and PostgreSQL (a
//! `postgres://` URL): every query goes through `sqlx::Any` with `$N` placeholders, which both
//! drivers accept. Only the migrations differ (one folder per backend, embedded in the binary) and
//! a few statements that have no common spelling (SQLite pragmas, PostgreSQL sequence reset).
//!
//! Every change that writes more than one row runs in one transaction; on SQLite writing
//! transactions start with `BEGIN IMMEDIATE` so that two processes writing at once queue on the
//! busy timeout instead of failing on a lock upgrade.

mod accounts;
mod applications;
mod backup;
mod comments;
mod error;
mod goals;
mod interviews;
mod limits;
mod model;
mod next_steps;
mod owned;
mod reads;
#[cfg(feature = "test-util")]
pub mod testing;
mod text;

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{Any, AnyConnection, AnyPool, ConnectOptions, Connection, Executor, Transaction};

pub use accounts::{Account, LOCAL_USER_ID, ROLE_ADVISER, ROLE_SEEKER, Session, User};
pub use comments::{Comment, CommentTarget};
pub use error::StoreError;
pub use model::*;

/// How long an SQLite writer waits for another writer before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(15);

/// The busy timeout in force: [`BUSY_TIMEOUT`], or `NAITEI_BUSY_TIMEOUT_MS` when set (tests use a
/// short one to see the "locked" message without waiting).
pub fn busy_timeout() -> Duration {
    std::env::var("NAITEI_BUSY_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_millis)
        .unwrap_or(BUSY_TIMEOUT)
}

/// SQLite schema, oldest first. Embedded in the binary.
pub static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
/// PostgreSQL schema, the same tables in PostgreSQL's spelling.
pub static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

/// Which database a [`Store`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Where the data lives, as given by `--db` or `NAITEI_DB`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An SQLite file (a plain path or an `sqlite:` URL).
    SqliteFile(PathBuf),
    /// A `postgres://` or `postgresql://` URL.
    Postgres(String),
}

impl Target {
    /// Parses `--db PATH|URL`.
    pub fn parse(spec: &str) -> Target {
        if spec.starts_with("postgres://") || spec.starts_with("postgresql://") {
            return Target::Postgres(spec.to_owned());
        }
        let path = spec
            .strip_prefix("sqlite://")
            .or_else(|| spec.strip_prefix("sqlite:"))
            .unwrap_or(spec);
        let path = path.split('?').next().unwrap_or(path);
        Target::SqliteFile(PathBuf::from(path))
    }

    pub fn backend(&self) -> Backend {
        match self {
            Target::SqliteFile(_) => Backend::Sqlite,
            Target::Postgres(_) => Backend::Postgres,
        }
    }

    /// A name for messages: the file path, or the URL without its password.
    pub fn display_name(&self) -> String {
        match self {
            Target::SqliteFile(path) => path.display().to_string(),
            Target::Postgres(url) => redact_password(url),
        }
    }
}

fn redact_password(url: &str) -> String {
    // postgres://user:secret@host/db → postgres://user:***@host/db
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let Some((userinfo, host)) = rest.split_once('@') else {
        return url.to_owned();
    };
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_owned(),
    }
}

/// How far to migrate when opening; tests use `UpTo` to build databases with an older schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Migrations {
    All,
    /// Only the first `n` migrations.
    UpTo(usize),
}

/// The tracker's database.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    location: String,
}

impl Store {
    /// Opens (creating if needed) the database and brings its schema up to date.
    pub async fn open(target: &Target) -> Result<Store, StoreError> {
        Self::open_with(target, Migrations::All).await
    }

    pub async fn open_with(target: &Target, migrations: Migrations) -> Result<Store, StoreError> {
        // Processes that open a brand-new SQLite file at the same moment can meet a lock that
        // SQLite reports at once instead of waiting for it (switching the file to WAL, a
        // transaction that read before it writes): opening again after a short pause then
        // finds the file ready. Bounded by the busy timeout, after which "locked" is the answer.
        let deadline = std::time::Instant::now() + busy_timeout();
        let mut pause = Duration::from_millis(10);
        loop {
            match Self::open_once(target, migrations).await {
                Err(StoreError::Locked { .. }) if std::time::Instant::now() + pause < deadline => {
                    tokio::time::sleep(pause).await;
                    pause = (pause * 2).min(Duration::from_millis(400));
                }
                result => return result,
            }
        }
    }

    async fn open_once(target: &Target, migrations: Migrations) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let location = target.display_name();
        let backend = target.backend();
        let url = match target {
            // sqlx panics on a URL built from ":memory:" (an in-memory database would also lose
            // everything at exit): a clear error instead.
            Target::SqliteFile(path)
                if path.as_os_str().is_empty() || path.as_os_str() == ":memory:" =>
            {
                return Err(StoreError::Open {
                    location,
                    reason: "メモリ上のデータベースには保存できません。データベースファイルのパスを指定してください".into(),
                });
            }
            Target::SqliteFile(path) => sqlite_url(path),
            Target::Postgres(url) => url.clone(),
        };
        let options = AnyConnectOptions::from_str(&url).map_err(|e| StoreError::Open {
            location: location.clone(),
            reason: e.to_string(),
        })?;
        // One direct connection first: a pool retries failed connections until its timeout,
        // which would turn "this file is not a database" into a long wait and a vague message.
        let mut probe = AnyConnection::connect_with(&options)
            .await
            .map_err(|e| StoreError::classify(&location, e))?;
        if backend == Backend::Sqlite {
            probe
                .execute(sqlite_pragmas().as_str())
                .await
                .map_err(|e| StoreError::classify(&location, e))?;
        }
        probe
            .close()
            .await
            .map_err(|e| StoreError::classify(&location, e))?;
        let pool_options = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 4 } else { 8 })
            .acquire_timeout(busy_timeout() + Duration::from_secs(5));
        let pool_options = if backend == Backend::Sqlite {
            pool_options.after_connect(|conn, _meta| {
                Box::pin(async move {
                    conn.execute(sqlite_pragmas().as_str()).await?;
                    Ok(())
                })
            })
        } else {
            pool_options
        };
        let pool = pool_options
            .connect_with(options)
            .await
            .map_err(|e| StoreError::classify(&location, e))?;
        let store = Store {
            pool,
            backend,
            location,
        };
        store.migrate(migrations).await?;
        Ok(store)
    }

    async fn migrate(&self, migrations: Migrations) -> Result<(), StoreError> {
        let all = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        let partial;
        let migrator = match migrations {
            Migrations::All => all,
            Migrations::UpTo(n) => {
                partial = Migrator {
                    migrations: Cow::Owned(all.migrations.iter().take(n).cloned().collect()),
                    ..Migrator::DEFAULT
                };
                &partial
            }
        };
        let result = match self.backend {
            // Several processes may open a brand-new file at once: the first to take the
            // exclusive lock migrates, the others wait (busy timeout) and then find nothing
            // to do. sqlx takes no lock on SQLite, so the whole run is one exclusive
            // transaction (each migration becomes a savepoint inside it).
            Backend::Sqlite => {
                let mut conn = self.pool.acquire().await.map_err(|e| self.err(e))?;
                let mut tx = conn
                    .begin_with("BEGIN EXCLUSIVE")
                    .await
                    .map_err(|e| self.err(e))?;
                let run = migrator.run_direct(&mut *tx).await;
                if run.is_ok() {
                    tx.commit().await.map_err(|e| self.err(e))?;
                }
                run
            }
            // sqlx holds pg_advisory_lock for the run on PostgreSQL.
            Backend::Postgres => migrator.run(&self.pool).await,
        };
        result.map_err(|e| self.migrate_err(e))
    }

    fn migrate_err(&self, e: sqlx::migrate::MigrateError) -> StoreError {
        match e {
            sqlx::migrate::MigrateError::Execute(inner) => {
                StoreError::classify(&self.location, inner)
            }
            other => StoreError::Migrate {
                location: self.location.clone(),
                reason: other.to_string(),
            },
        }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The file path or the URL (without password), for messages.
    pub fn location(&self) -> &str {
        &self.location
    }

    /// The underlying pool, for tests and tools.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Starts a writing transaction. On SQLite it takes the write lock at once (`BEGIN
    /// IMMEDIATE`), so concurrent writers wait on the busy timeout rather than deadlock.
    async fn begin_write(&self) -> Result<Transaction<'static, Any>, StoreError> {
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        };
        tx.map_err(|e| self.err(e))
    }

    fn err(&self, e: sqlx::Error) -> StoreError {
        StoreError::classify(&self.location, e)
    }
}

/// Run on every SQLite connection. WAL: readers never block the writer, and NORMAL sync is
/// safe with WAL. The busy timeout comes first so that the others wait for a lock too.
fn sqlite_pragmas() -> String {
    format!(
        "PRAGMA busy_timeout = {}; PRAGMA journal_mode = WAL; \
         PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
        busy_timeout().as_millis()
    )
}

fn sqlite_url(path: &Path) -> String {
    SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .to_url_lossy()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_in_memory_or_empty_path_is_a_clear_error_not_a_panic() {
        for spec in [":memory:", "sqlite::memory:", ""] {
            let Err(err) = Store::open(&Target::parse(spec)).await else {
                panic!("{spec} opened");
            };
            assert!(
                matches!(&err, StoreError::Open { reason, .. } if reason.contains("パスを指定")),
                "{spec}: {err}"
            );
        }
    }

    #[test]
    fn parses_targets() {
        assert_eq!(
            Target::parse("/tmp/a.db"),
            Target::SqliteFile(PathBuf::from("/tmp/a.db"))
        );
        assert_eq!(
            Target::parse("sqlite:///tmp/a.db?mode=rwc"),
            Target::SqliteFile(PathBuf::from("/tmp/a.db"))
        );
        assert_eq!(
            Target::parse("postgres://u@h/db").backend(),
            Backend::Postgres
        );
        assert_eq!(
            Target::parse("postgresql://u:pw@h/db").display_name(),
            "postgresql://u:***@h/db"
        );
    }
}
