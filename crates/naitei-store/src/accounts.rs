//! Accounts of the web app: users with a role, login sessions and adviser assignments.
//!
//! Passwords are hashed by the caller (argon2 in naitei-web); session tokens are stored as
//! their SHA-256, also computed by the caller. This module only keeps rows.

use crate::text::check;
use serde::{Deserialize, Serialize};
use sqlx::FromRow as _;
use sqlx::Row;

use crate::{Store, StoreError};

/// The user every row belongs to in personal mode and on the command line (created by the
/// migration, no password).
pub const LOCAL_USER_ID: i64 = 1;

/// Roles: `seeker` (求職者) and `adviser` (アドバイザー).
pub const ROLE_SEEKER: &str = "seeker";
pub const ROLE_ADVISER: &str = "adviser";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub login: String,
    pub display_name: String,
    /// `seeker` | `adviser`
    pub role: String,
}

impl User {
    pub fn is_adviser(&self) -> bool {
        self.role == ROLE_ADVISER
    }
}

/// A user as the administrator sees it (`naitei user list`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    #[serde(flatten)]
    pub user: User,
    /// When the account was disabled (RFC 3339); `None`: active.
    pub disabled_at: Option<String>,
}

/// A live login session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub user: User,
    pub csrf_token: String,
    pub expires_at: i64,
}

impl Store {
    /// Adds a user; the login must be new.
    pub async fn create_user(
        &self,
        login: &str,
        display_name: &str,
        role: &str,
        password_hash: &str,
        created_at: &str,
    ) -> Result<i64, StoreError> {
        check("ログイン名", login)?;
        check("表示名", display_name)?;
        let mut tx = self.begin_write().await?;
        let taken = sqlx::query("SELECT id FROM users WHERE login = $1")
            .bind(login)
            .fetch_optional(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        if taken.is_some() {
            return Err(StoreError::UserExists(login.to_owned()));
        }
        let row = sqlx::query(
            "INSERT INTO users (login, display_name, role, password_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(login)
        .bind(display_name)
        .bind(role)
        .bind(password_hash)
        .bind(created_at)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| self.err(e))?;
        let id: i64 = row.try_get(0).map_err(|e| self.err(e))?;
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(id)
    }

    /// A user and the password hash (None: cannot log in — no password, or the account is
    /// disabled).
    pub async fn user_by_login(
        &self,
        login: &str,
    ) -> Result<Option<(User, Option<String>)>, StoreError> {
        let row = sqlx::query(
            "SELECT id, login, display_name, role, \
             CASE WHEN disabled_at IS NULL THEN password_hash END AS password_hash \
             FROM users WHERE login = $1",
        )
        .bind(login)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        row.map(|r| Ok((User::from_row(&r)?, r.try_get("password_hash")?)))
            .transpose()
            .map_err(|e| self.err(e))
    }

    pub async fn user(&self, id: i64) -> Result<Option<User>, StoreError> {
        let row = sqlx::query("SELECT id, login, display_name, role FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        row.map(|r| User::from_row(&r))
            .transpose()
            .map_err(|e| self.err(e))
    }

    /// Every user, by id.
    pub async fn users(&self) -> Result<Vec<User>, StoreError> {
        let rows = sqlx::query("SELECT id, login, display_name, role FROM users ORDER BY id")
            .fetch_all(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        rows.iter()
            .map(User::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    /// Starts a session (and forgets the expired ones).
    pub async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        csrf_token: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(csrf_token)
        .bind(expires_at)
        .execute(&mut *tx)
        .await
        .map_err(|e| self.err(e))?;
        tx.commit().await.map_err(|e| self.err(e))
    }

    /// The session with this token hash, if it has not expired at `now` and its user is not
    /// disabled.
    pub async fn session(&self, token_hash: &str, now: i64) -> Result<Option<Session>, StoreError> {
        let row = sqlx::query(
            "SELECT u.id, u.login, u.display_name, u.role, s.csrf_token, s.expires_at \
             FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        row.map(|r| {
            Ok(Session {
                user: User::from_row(&r)?,
                csrf_token: r.try_get("csrf_token")?,
                expires_at: r.try_get("expires_at")?,
            })
        })
        .transpose()
        .map_err(|e| self.err(e))
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Assigns a seeker to an adviser (no-op when already assigned). Checks both roles.
    pub async fn assign_adviser(&self, adviser: &str, seeker: &str) -> Result<(), StoreError> {
        let find = |login: &str| {
            let login = login.to_owned();
            async move {
                self.user_by_login(&login)
                    .await?
                    .map(|(u, _)| u)
                    .ok_or(StoreError::UserNotFound(login))
            }
        };
        let a = find(adviser).await?;
        let s = find(seeker).await?;
        if !a.is_adviser() {
            return Err(StoreError::WrongRole {
                login: a.login,
                expected: "アドバイザー",
            });
        }
        if s.is_adviser() {
            return Err(StoreError::WrongRole {
                login: s.login,
                expected: "求職者",
            });
        }
        sqlx::query(
            "INSERT INTO adviser_assignments (adviser_id, seeker_id) VALUES ($1, $2) \
             ON CONFLICT DO NOTHING",
        )
        .bind(a.id)
        .bind(s.id)
        .execute(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        Ok(())
    }

    pub async fn is_assigned(&self, adviser_id: i64, seeker_id: i64) -> Result<bool, StoreError> {
        let row = sqlx::query(
            "SELECT 1 FROM adviser_assignments WHERE adviser_id = $1 AND seeker_id = $2",
        )
        .bind(adviser_id)
        .bind(seeker_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        Ok(row.is_some())
    }

    /// The seekers assigned to an adviser, by id.
    pub async fn seekers_of(&self, adviser_id: i64) -> Result<Vec<User>, StoreError> {
        let rows = sqlx::query(
            "SELECT u.id, u.login, u.display_name, u.role FROM adviser_assignments a \
             JOIN users u ON u.id = a.seeker_id WHERE a.adviser_id = $1 ORDER BY u.id",
        )
        .bind(adviser_id)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        rows.iter()
            .map(User::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    /// Every user with the state of the account, by id.
    pub async fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        let rows =
            sqlx::query("SELECT id, login, display_name, role, disabled_at FROM users ORDER BY id")
                .fetch_all(&self.pool)
                .await
                .map_err(|e| self.err(e))?;
        rows.iter()
            .map(|r| {
                Ok(Account {
                    user: User::from_row(r)?,
                    disabled_at: r.try_get("disabled_at")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(|e| self.err(e))
    }

    /// The id of a user other than the local one (which has no password and cannot be managed).
    async fn managed_user(&self, login: &str) -> Result<i64, StoreError> {
        let (user, _) = self
            .user_by_login(login)
            .await?
            .ok_or_else(|| StoreError::UserNotFound(login.to_owned()))?;
        if user.id == LOCAL_USER_ID {
            return Err(StoreError::LocalUser);
        }
        Ok(user.id)
    }

    /// Sets a new password hash (argon2, computed by the caller) and ends the user's sessions,
    /// so that whoever knew the old password is logged out.
    pub async fn set_password_hash(
        &self,
        login: &str,
        password_hash: &str,
    ) -> Result<(), StoreError> {
        let id = self.managed_user(login).await?;
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        tx.commit().await.map_err(|e| self.err(e))
    }

    /// Disables an account at `now` (RFC 3339): it cannot log in and its sessions end. Disabling a
    /// disabled account keeps the first date. Returns whether the state changed.
    pub async fn disable_user(&self, login: &str, now: &str) -> Result<bool, StoreError> {
        let id = self.managed_user(login).await?;
        let mut tx = self.begin_write().await?;
        let changed =
            sqlx::query("UPDATE users SET disabled_at = $1 WHERE id = $2 AND disabled_at IS NULL")
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(|e| self.err(e))?
                .rows_affected()
                > 0;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(changed)
    }

    /// Enables a disabled account again (with its old password). Returns whether the state changed.
    pub async fn enable_user(&self, login: &str) -> Result<bool, StoreError> {
        let id = self.managed_user(login).await?;
        let result = sqlx::query(
            "UPDATE users SET disabled_at = NULL WHERE id = $1 AND disabled_at IS NOT NULL",
        )
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        Ok(result.rows_affected() > 0)
    }

    /// Ends an adviser's assignment of a seeker. Returns whether there was one; unknown logins are
    /// an error.
    pub async fn unassign_adviser(&self, adviser: &str, seeker: &str) -> Result<bool, StoreError> {
        let find = |login: &str| {
            let login = login.to_owned();
            async move {
                self.user_by_login(&login)
                    .await?
                    .map(|(u, _)| u)
                    .ok_or(StoreError::UserNotFound(login))
            }
        };
        let a = find(adviser).await?;
        let s = find(seeker).await?;
        let result =
            sqlx::query("DELETE FROM adviser_assignments WHERE adviser_id = $1 AND seeker_id = $2")
                .bind(a.id)
                .bind(s.id)
                .execute(&self.pool)
                .await
                .map_err(|e| self.err(e))?;
        Ok(result.rows_affected() > 0)
    }
}
