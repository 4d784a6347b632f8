//! Who is asking: personal mode (the local user, no login) or a login session (cookie), the
//! CSRF token that goes with it, and the login rate limiter.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};
use naitei_store::{LOCAL_USER_ID, ROLE_SEEKER, User};
use sha2::{Digest, Sha256};

use crate::{AppError, AppState};

pub const SESSION_COOKIE: &str = "naitei_session";
/// Header that carries the CSRF token on cookie-authenticated API writes.
pub const CSRF_HEADER: &str = "x-csrf-token";
/// Form field that carries the CSRF token.
pub const CSRF_FIELD: &str = "_csrf";
/// How long a login lasts.
pub const SESSION_TTL: Duration = Duration::from_secs(7 * 24 * 3600);

/// 32 random bytes from the operating system, hex-encoded.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).expect("the operating system's random source");
    hex(&bytes)
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// What the database keeps of a session token.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Compares two tokens in time independent of where they differ.
fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A cookie's value from the `Cookie` headers. Hand-written: one cookie of a fixed name is
/// all the app reads, which does not justify a cookie crate.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// False when the browser says the request comes from another site: an `Origin` header (sent
/// with every cross-site POST) whose host is not this server's `Host`.
pub fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin_host = origin.split_once("://").map(|(_, h)| h);
    matches!((origin_host, host), (Some(o), Some(h)) if o == h)
}

/// The `Set-Cookie` value that starts a session.
pub fn session_cookie(token: &str, secure: bool) -> String {
    format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        SESSION_TTL.as_secs(),
        if secure { "; Secure" } else { "" }
    )
}

/// The `Set-Cookie` value that ends it.
pub fn clear_cookie(secure: bool) -> String {
    format!(
        "{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The user of personal mode and of the command line.
pub fn local_user() -> User {
    User {
        id: LOCAL_USER_ID,
        login: "local".into(),
        display_name: "ローカル利用者".into(),
        role: ROLE_SEEKER.into(),
    }
}

/// The person making the request.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub user: User,
    /// The token forms must send back (`_csrf`) and API writes must send in `X-CSRF-Token`.
    pub csrf: String,
    /// Signed in with a session cookie (multi-user mode).
    pub session: Option<String>,
}

impl Viewer {
    /// Checks the token a form sent.
    pub fn check_csrf(&self, sent: Option<&str>) -> Result<(), AppError> {
        match sent {
            Some(t) if same_token(t, &self.csrf) => Ok(()),
            _ => Err(AppError::Csrf),
        }
    }
}

/// Like [`Viewer`], but `None` for an anonymous visitor instead of an error.
pub struct MaybeViewer(pub Option<Viewer>);

async fn resolve(parts: &Parts, state: &AppState) -> Result<Option<Viewer>, AppError> {
    if !state.config.multi_user {
        return Ok(Some(Viewer {
            user: local_user(),
            csrf: state.personal_csrf.clone(),
            session: None,
        }));
    }
    let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let hash = token_hash(token);
    Ok(state
        .store
        .session(&hash, unix_now())
        .await?
        .map(|s| Viewer {
            user: s.user,
            csrf: s.csrf_token,
            session: Some(hash),
        }))
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let viewer = resolve(parts, state).await?.ok_or(AppError::Unauthorized)?;
        // Cookie-authenticated API writes carry the CSRF token in a header (forms check their
        // own field). Personal mode has no cookie to abuse: a cross-site page cannot send a
        // JSON body without a CORS preflight, which this server never grants.
        let write = !matches!(parts.method, Method::GET | Method::HEAD);
        // Nested routers see the path without its prefix: ask for the original one.
        let path = parts
            .extensions
            .get::<axum::extract::OriginalUri>()
            .map_or(parts.uri.path(), |u| u.0.path());
        if write && viewer.session.is_some() && path.starts_with("/api/") {
            let sent = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
            viewer.check_csrf(sent)?;
        }
        Ok(viewer)
    }
}

impl FromRequestParts<AppState> for MaybeViewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        Ok(MaybeViewer(resolve(parts, state).await?))
    }
}

/// The peer's address, when the server was started with connect info (see [`crate::serve`]).
pub struct PeerIp(pub Option<IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for PeerIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(PeerIp(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|c| c.0.ip()),
        ))
    }
}

/// Failed logins per (login, address): after [`LoginLimiter::MAX_FAILURES`] failures within
/// the window, the pair is refused until the window has passed. In memory: a restart forgets,
/// which is acceptable for a brake on password guessing.
/// (login, address) → (failures, time of the first failure).
type Failures = HashMap<(String, Option<IpAddr>), (u32, Instant)>;

#[derive(Default)]
pub struct LoginLimiter {
    failures: Mutex<Failures>,
}

impl LoginLimiter {
    pub const MAX_FAILURES: u32 = 5;
    pub const WINDOW: Duration = Duration::from_secs(15 * 60);

    pub fn check(&self, login: &str, ip: Option<IpAddr>) -> Result<(), AppError> {
        let mut map = self.failures.lock().expect("limiter lock");
        let key = (login.to_owned(), ip);
        if let Some((n, since)) = map.get(&key) {
            if since.elapsed() >= Self::WINDOW {
                map.remove(&key);
            } else if *n >= Self::MAX_FAILURES {
                return Err(AppError::RateLimited);
            }
        }
        Ok(())
    }

    /// Entries kept before the stale ones are swept (bounds the memory an attacker trying
    /// many login names can take).
    const SWEEP_AT: usize = 10_000;

    pub fn failed(&self, login: &str, ip: Option<IpAddr>) {
        let mut map = self.failures.lock().expect("limiter lock");
        if map.len() >= Self::SWEEP_AT {
            map.retain(|_, (_, since)| since.elapsed() < Self::WINDOW);
        }
        let entry = map
            .entry((login.to_owned(), ip))
            .or_insert((0, Instant::now()));
        entry.0 += 1;
    }

    pub fn succeeded(&self, login: &str, ip: Option<IpAddr>) {
        let mut map = self.failures.lock().expect("limiter lock");
        map.remove(&(login.to_owned(), ip));
    }
}

/// Checks a login and password and starts a session; returns the cookie token and the session.
pub async fn login(
    state: &AppState,
    login: &str,
    password: &str,
    ip: Option<IpAddr>,
) -> Result<(String, Viewer), AppError> {
    if !state.config.multi_user {
        return Err(AppError::BadRequest(
            "個人モードではログインは不要です".into(),
        ));
    }
    let login = login.trim();
    state.limiter.check(login, ip)?;
    let found = state.store.user_by_login(login).await?;
    let password = password.to_owned();
    let (user, ok) = match found {
        Some((user, Some(hash))) => {
            let ok = tokio::task::spawn_blocking(move || {
                crate::accounts::verify_password(&password, &hash)
            })
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
            (Some(user), ok)
        }
        _ => (None, false),
    };
    let Some(user) = user.filter(|_| ok) else {
        state.limiter.failed(login, ip);
        return Err(AppError::BadCredentials);
    };
    state.limiter.succeeded(login, ip);
    let token = random_token();
    let csrf = random_token();
    let hash = token_hash(&token);
    let now = unix_now();
    state
        .store
        .create_session(
            &hash,
            user.id,
            &csrf,
            now + SESSION_TTL.as_secs() as i64,
            now,
        )
        .await?;
    Ok((
        token,
        Viewer {
            user,
            csrf,
            session: Some(hash),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            "a=1; naitei_session=abc; b=2".parse().unwrap(),
        );
        assert_eq!(cookie(&h, SESSION_COOKIE), Some("abc"));
        assert_eq!(cookie(&h, "c"), None);
    }

    #[test]
    fn the_limiter_locks_after_five_failures_per_login_and_address() {
        let l = LoginLimiter::default();
        let ip = Some(IpAddr::from([127, 0, 0, 1]));
        for _ in 0..LoginLimiter::MAX_FAILURES {
            assert!(l.check("a", ip).is_ok());
            l.failed("a", ip);
        }
        assert!(matches!(l.check("a", ip), Err(AppError::RateLimited)));
        assert!(l.check("b", ip).is_ok());
        assert!(l.check("a", Some(IpAddr::from([10, 0, 0, 1]))).is_ok());
    }

    #[test]
    fn origins_of_other_sites_are_refused() {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, "127.0.0.1:8080".parse().unwrap());
        assert!(same_origin(&h));
        h.insert(header::ORIGIN, "http://127.0.0.1:8080".parse().unwrap());
        assert!(same_origin(&h));
        h.insert(header::ORIGIN, "https://evil.example".parse().unwrap());
        assert!(!same_origin(&h));
    }

    #[test]
    fn tokens_are_random_and_compared_whole() {
        let (a, b) = (random_token(), random_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert!(same_token(&a, &a.clone()));
        assert!(!same_token(&a, &b));
        assert!(!same_token(&a, &a[..63]));
    }
}
