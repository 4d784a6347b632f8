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

/// Checks a password against an argon2 PHC string, computing in `memory` (resized to the
/// hash's memory cost and kept by the caller). The same result as [`verify_password`]; used by
/// the login's long-lived checker threads so that each check does not allocate (and the
/// allocator keep) another 19 MiB.
pub fn verify_password_in(memory: &mut Vec<argon2::Block>, password: &str, hash: &str) -> bool {
    use argon2::{Algorithm, Params, Version, password_hash::Output};
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from).transpose() {
        Ok(v) => v.unwrap_or_default(),
        Err(_) => return false,
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    memory.resize(params.block_count(), argon2::Block::default());
    let argon2 = Argon2::new(algorithm, version, params);
    let computed = Output::init_with(expected.len(), |out| {
        argon2
            .hash_password_into_with_memory(password.as_bytes(), salt, out, &mut memory[..])
            .map_err(|_| argon2::password_hash::Error::Password)
    });
    // Output's equality is constant-time.
    computed.is_ok_and(|c| c == expected)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reusing_verifier_agrees_with_the_crates() {
        let hash = hash_password("correct horse").unwrap();
        let mut memory = Vec::new();
        for (password, ok) in [
            ("correct horse", true),
            ("wrong", false),
            ("correct horse", true),
        ] {
            assert_eq!(verify_password(password, &hash), ok);
            assert_eq!(verify_password_in(&mut memory, password, &hash), ok);
        }
        assert!(!verify_password_in(&mut memory, "x", "not a hash"));
    }
}
