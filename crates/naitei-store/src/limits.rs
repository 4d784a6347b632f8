//! The login limiter's counts (see naitei-web's `auth`): kept in the database so that every
//! server on one database shares them, and updated by one atomic statement so that parallel
//! requests cannot all pass the check before any of them is counted.

use sqlx::Row;

use crate::{Store, StoreError};

impl Store {
    /// Counts one login attempt for (`login`, `address`) at `now` (Unix seconds) and says
    /// whether it may go on: false once `max` attempts were counted in the last `window`
    /// seconds. A window older than that starts again at one. Attempts older than the window
    /// are forgotten (so many login names cannot fill the table).
    pub async fn reserve_login_attempt(
        &self,
        login: &str,
        address: &str,
        now: i64,
        window: i64,
        max: i64,
    ) -> Result<bool, StoreError> {
        let since = now - window;
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM login_failures WHERE window_start <= $1")
            .bind(since)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        let row = sqlx::query(
            "INSERT INTO login_failures (login, address, failures, window_start) \
             VALUES ($1, $2, 1, $3) \
             ON CONFLICT (login, address) DO UPDATE SET failures = login_failures.failures + 1 \
             RETURNING failures",
        )
        .bind(login)
        .bind(address)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| self.err(e))?;
        let count: i64 = row.try_get(0).map_err(|e| self.err(e))?;
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(count <= max)
    }

    /// Forgets the attempts of (`login`, `address`) after a successful login.
    pub async fn clear_login_attempts(&self, login: &str, address: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM login_failures WHERE login = $1 AND address = $2")
            .bind(login)
            .bind(address)
            .execute(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        Ok(())
    }
}
