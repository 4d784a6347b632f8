//! The one test harness for both backends (feature `test-util`): a fresh SQLite file in a
//! temporary folder, and a PostgreSQL schema of its own per test (created here, dropped
//! afterwards) so tests can run in parallel without seeing each other's rows.
//!
//! PostgreSQL runs when `NAITEI_TEST_POSTGRES_URL` is set. When `NAITEI_TEST_POSTGRES_REQUIRED`
//! is `1` (CI and `scripts/test.sh` set it), a missing URL or a server that does not answer
//! FAILS the test instead of skipping it.

use std::future::Future;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::Target;

/// The variable naming the PostgreSQL server for tests.
pub const URL_VAR: &str = "NAITEI_TEST_POSTGRES_URL";
/// Set to `1` where the PostgreSQL tests must run.
pub const REQUIRED_VAR: &str = "NAITEI_TEST_POSTGRES_REQUIRED";

/// The PostgreSQL URL for tests, or `None` to skip them (panics when they are required).
pub fn postgres_url(test: &str) -> Option<String> {
    match std::env::var(URL_VAR) {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ if std::env::var(REQUIRED_VAR).is_ok_and(|v| v == "1") => {
            panic!(
                "{test}: PostgreSQL tests are required ({REQUIRED_VAR}=1) but {URL_VAR} is not set"
            )
        }
        _ => {
            eprintln!("{test}: PostgreSQL skipped ({URL_VAR} is not set)");
            None
        }
    }
}

/// A name no other test process uses.
pub fn unique_name(prefix: &str) -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{prefix}_{}_{}_{}",
        std::process::id(),
        nanos,
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// A schema of its own on the test server.
pub struct PgSchema {
    url: String,
    schema: String,
}

async fn execute(url: &str, sql: &str) {
    sqlx::any::install_default_drivers();
    let admin = sqlx::any::AnyPoolOptions::new()
        .max_connections(1)
        .connect(url)
        .await
        .unwrap_or_else(|e| {
            panic!("cannot connect to the PostgreSQL test server ({URL_VAR}): {e}")
        });
    sqlx::query(sql)
        .execute(&admin)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    admin.close().await;
}

impl PgSchema {
    /// Creates a fresh schema on the server at `url`.
    pub async fn create(url: &str) -> PgSchema {
        let schema = unique_name("t");
        execute(url, &format!("CREATE SCHEMA {schema}")).await;
        PgSchema {
            url: url.to_owned(),
            schema,
        }
    }

    /// The URL that puts every table of the store in this schema.
    pub fn url(&self) -> String {
        let sep = if self.url.contains('?') { '&' } else { '?' };
        format!(
            "{}{sep}options=-c%20search_path%3D{}",
            self.url, self.schema
        )
    }

    pub fn target(&self) -> Target {
        Target::Postgres(self.url())
    }

    /// Drops the schema and everything in it.
    pub async fn drop_schema(self) {
        execute(&self.url, &format!("DROP SCHEMA {} CASCADE", self.schema)).await;
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("test runtime")
}

/// For tests without a runtime of their own (e.g. running the CLI binary): calls `check` with
/// the URL of a fresh schema, drops the schema afterwards (also when `check` panics).
pub fn with_postgres(test: &str, check: impl FnOnce(&str)) {
    let Some(url) = postgres_url(test) else {
        return;
    };
    let schema = runtime().block_on(PgSchema::create(&url));
    let db = schema.url();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&db)));
    runtime().block_on(schema.drop_schema());
    if let Err(e) = outcome {
        std::panic::resume_unwind(e);
    }
}

/// Runs `check` once per backend with a fresh, empty database target: a SQLite file, then (when
/// configured) a PostgreSQL schema. The schema is dropped even when `check` panics.
pub async fn on_backends<F, Fut>(test: &str, check: F)
where
    F: Fn(Target) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let dir = tempfile::tempdir().expect("temporary folder");
    check(Target::SqliteFile(dir.path().join("naitei.db"))).await;
    drop(dir);

    let Some(url) = postgres_url(test) else {
        return;
    };
    let schema = PgSchema::create(&url).await;
    // Spawned so that a failing check still drops the schema before the panic goes on.
    let outcome = tokio::spawn(check(schema.target())).await;
    schema.drop_schema().await;
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}
