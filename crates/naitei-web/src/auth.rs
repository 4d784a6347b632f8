//! Who is asking: personal mode (the local user, no login) or a login session (cookie), the
//! CSRF token that goes with it, and the login rate limiter.

use std::net::IpAddr;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

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
pub(crate) fn same_token(a: &str, b: &str) -> bool {
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
    /// Private: a `Viewer` is made only here, from the session, so its user is who asked.
    user: User,
    /// The token forms must send back (`_csrf`) and API writes must send in `X-CSRF-Token`.
    pub csrf: String,
    /// Signed in with a session cookie (multi-user mode).
    pub session: Option<String>,
}

impl Viewer {
    /// Who asked.
    pub fn user(&self) -> &User {
        &self.user
    }
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

/// Who sent a request with these headers, if anyone (for the header of the error page: a
/// failure here is just "nobody").
pub async fn viewer_of(headers: &HeaderMap, state: &AppState) -> Option<Viewer> {
    resolve(headers, state).await.ok().flatten()
}

async fn resolve(headers: &HeaderMap, state: &AppState) -> Result<Option<Viewer>, AppError> {
    if !state.config.multi_user {
        return Ok(Some(Viewer {
            user: local_user(),
            csrf: state.personal_csrf.clone(),
            session: None,
        }));
    }
    let Some(token) = cookie(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let hash = token_hash(token);
    Ok(state
        .data
        .session(&hash, unix_now())
        .await?
        .map(|s| Viewer {
            user: s.user,
            csrf: s.csrf_token,
            session: Some(hash),
        }))
}

/// Cookie-authenticated API writes carry the CSRF token in a header (forms check their own
/// field; personal mode's API writes are checked in [`crate::security`]).
fn check_api_write(parts: &Parts, viewer: &Viewer) -> Result<(), AppError> {
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
    Ok(())
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let viewer = resolve(&parts.headers, state)
            .await?
            .ok_or(AppError::Unauthorized)?;
        check_api_write(parts, &viewer)?;
        Ok(viewer)
    }
}

impl FromRequestParts<AppState> for MaybeViewer {
    type Rejection = AppError;

    /// Writes with a session need the token here too (`POST /api/v1/logout`).
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let viewer = resolve(&parts.headers, state).await?;
        if let Some(v) = &viewer {
            check_api_write(parts, v)?;
        }
        Ok(MaybeViewer(viewer))
    }
}

/// The client's address: the peer of the connection (when the server was started with
/// [`crate::serve`]), or behind the trusted proxy (`--trusted-proxy`) the address that proxy
/// appended to `X-Forwarded-For` (the last one: those before it are the client's own claims).
pub struct PeerIp(pub Option<IpAddr>);

impl FromRequestParts<AppState> for PeerIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(PeerIp(client_address(
            peer,
            state.config.trusted_proxy,
            &parts.headers,
        )))
    }
}

fn client_address(
    peer: Option<IpAddr>,
    trusted_proxy: Option<IpAddr>,
    headers: &HeaderMap,
) -> Option<IpAddr> {
    if peer.is_none() || peer != trusted_proxy {
        return peer;
    }
    let forwarded = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .rfind(|a| !a.trim().is_empty())
        .and_then(|a| a.trim().parse::<IpAddr>().ok());
    forwarded.or(peer)
}

/// The login limiter: at most [`MAX_ATTEMPTS`] password checks per (login, client address)
/// within [`WINDOW`]. Each attempt is counted in the database *before* its password is checked
/// (a success clears the count), so parallel requests cannot all slip past the check, and
/// every server on one database counts together.
pub const MAX_ATTEMPTS: i64 = 5;
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

/// Password checks (argon2, ~19 MiB each) running at once, so a burst of logins queues
/// instead of taking the server's memory.
fn check_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: OnceLock<tokio::sync::Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| tokio::sync::Semaphore::new(checkers()))
}

fn checkers() -> usize {
    std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4)
}

/// A password, the hash to check it against (None: the dummy hash) and where the answer goes.
type CheckJob = (String, Option<String>, tokio::sync::oneshot::Sender<bool>);

/// The threads that run password checks: a few long-lived ones, each computing in one
/// 19 MiB buffer it keeps. Allocating the buffer per check (the crate's `verify_password`) on
/// the runtime's blocking pool let the allocator keep every freed block: RSS went from 27 to
/// 563 MiB over 128 parallel logins even with two checks at a time.
fn checker_queue() -> &'static std::sync::mpsc::Sender<CheckJob> {
    static QUEUE: OnceLock<std::sync::mpsc::Sender<CheckJob>> = OnceLock::new();
    QUEUE.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel::<CheckJob>();
        let rx = std::sync::Arc::new(std::sync::Mutex::new(rx));
        for i in 0..checkers() {
            let rx = rx.clone();
            let _ = std::thread::Builder::new()
                .name(format!("naitei-password-{i}"))
                .spawn(move || {
                    let mut memory = Vec::new();
                    loop {
                        let job = match rx.lock() {
                            Ok(rx) => rx.recv(),
                            Err(_) => return,
                        };
                        let Ok((password, hash, answer)) = job else {
                            return;
                        };
                        let hash = hash.as_deref().unwrap_or_else(|| dummy_hash());
                        let _ = answer.send(crate::accounts::verify_password_in(
                            &mut memory,
                            &password,
                            hash,
                        ));
                    }
                });
        }
        tx
    })
}

/// How many password checks this process has run, and the most that ran at once (for tests
/// and measurements).
pub fn password_check_stats() -> (u64, usize) {
    (
        PASSWORD_CHECKS.load(Ordering::SeqCst),
        MOST_AT_ONCE.load(Ordering::SeqCst),
    )
}

static PASSWORD_CHECKS: AtomicU64 = AtomicU64::new(0);
static AT_ONCE: AtomicUsize = AtomicUsize::new(0);
static MOST_AT_ONCE: AtomicUsize = AtomicUsize::new(0);

/// A hash of a password nobody has, checked for unknown logins (and users who cannot log in)
/// so that they take as long as a wrong password: the answer's timing does not tell which
/// login names exist. Same parameters as real hashes (argon2 defaults).
fn dummy_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| {
        crate::accounts::hash_password(&random_token()).unwrap_or_else(|_| String::new())
    })
}

/// Checks a password against a hash (or the dummy one) within the bound of [`check_slots`].
async fn check_password(password: &str, hash: Option<String>) -> Result<bool, AppError> {
    let _slot = check_slots()
        .acquire()
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    PASSWORD_CHECKS.fetch_add(1, Ordering::SeqCst);
    let now = AT_ONCE.fetch_add(1, Ordering::SeqCst) + 1;
    MOST_AT_ONCE.fetch_max(now, Ordering::SeqCst);
    let real = hash.is_some();
    let (tx, rx) = tokio::sync::oneshot::channel();
    let sent = checker_queue().send((password.to_owned(), hash, tx));
    let result = match sent {
        Ok(()) => rx.await.map_err(|e| AppError::Internal(e.to_string())),
        Err(e) => Err(AppError::Internal(e.to_string())),
    };
    AT_ONCE.fetch_sub(1, Ordering::SeqCst);
    Ok(result? && real)
}

/// Login names longer than this cannot exist (`naitei user add` allows 64 characters).
const LONGEST_LOGIN: usize = 64;

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
    if login.chars().count() > LONGEST_LOGIN {
        return Err(AppError::BadCredentials);
    }
    let address = ip.map(|ip| ip.to_string()).unwrap_or_default();
    let allowed = state
        .data
        .reserve_login_attempt(
            login,
            &address,
            unix_now(),
            WINDOW.as_secs() as i64,
            MAX_ATTEMPTS,
        )
        .await?;
    if !allowed {
        return Err(AppError::RateLimited);
    }
    let (account, hash) = match state.data.login(login).await? {
        Some(account) => match account.password_hash().map(str::to_owned) {
            Some(hash) => (Some(account), Some(hash)),
            None => (None, None),
        },
        None => (None, None),
    };
    let ok = check_password(password, hash).await?;
    let Some(account) = account.filter(|_| ok) else {
        return Err(AppError::BadCredentials);
    };
    state.data.clear_login_attempts(login, &address).await?;
    let token = random_token();
    let csrf = random_token();
    let hash = token_hash(&token);
    let now = unix_now();
    state
        .data
        .create_session(
            &hash,
            &account,
            &csrf,
            now + SESSION_TTL.as_secs() as i64,
            now,
        )
        .await?;
    Ok((
        token,
        Viewer {
            user: account.into_user(),
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
    fn forwarded_addresses_are_believed_only_from_the_trusted_proxy() {
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let other: IpAddr = "10.0.0.9".parse().unwrap();
        let mut h = HeaderMap::new();
        h.append("x-forwarded-for", "1.2.3.4, 5.6.7.8".parse().unwrap());
        h.append("x-forwarded-for", "203.0.113.7".parse().unwrap());
        let client: IpAddr = "203.0.113.7".parse().unwrap();
        assert_eq!(client_address(Some(proxy), Some(proxy), &h), Some(client));
        assert_eq!(client_address(Some(other), Some(proxy), &h), Some(other));
        assert_eq!(client_address(Some(proxy), None, &h), Some(proxy));
        let mut junk = HeaderMap::new();
        junk.insert("x-forwarded-for", "not-an-address".parse().unwrap());
        assert_eq!(client_address(Some(proxy), Some(proxy), &junk), Some(proxy));
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
