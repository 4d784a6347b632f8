//! Creating users (argon2 password hashes), for `naitei user add` and the tests.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use naitei_store::{ROLE_ADVISER, ROLE_SEEKER, Store};

use crate::AppError;

/// Shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 8;

pub fn hash_password(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Internal(e.to_string()))
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Adds a user after checking the login, role and password.
pub async fn create_user(
    store: &Store,
    login: &str,
    display_name: &str,
    role: &str,
    password: &str,
) -> Result<i64, AppError> {
    let login = login.trim();
    if login.is_empty()
        || login.chars().count() > 64
        || !login
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-@".contains(c))
    {
        return Err(AppError::Invalid(format!(
            "ログイン名「{login}」は使えません（半角英数字と . _ - @、64文字まで）"
        )));
    }
    if role != ROLE_SEEKER && role != ROLE_ADVISER {
        return Err(AppError::Invalid(format!(
            "役割「{role}」はありません（seeker＝求職者 または adviser＝アドバイザー）"
        )));
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AppError::Invalid(format!(
            "パスワードは{MIN_PASSWORD_CHARS}文字以上にしてください"
        )));
    }
    let password = password.to_owned();
    let hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))??;
    let name = if display_name.trim().is_empty() {
        login
    } else {
        display_name.trim()
    };
    let now = jiff::Timestamp::now().to_string();
    Ok(store.create_user(login, name, role, &hash, &now).await?)
}
