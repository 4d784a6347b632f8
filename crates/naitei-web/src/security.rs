//! What every request goes through before its handler (one middleware, see [`guard`]):
//!
//! - **Host** (personal mode): only the names of this computer — `localhost`, `127.0.0.1`,
//!   `[::1]` or the address the server is bound to — with the port it listens on. A page on
//!   another site that re-points its own name at 127.0.0.1 (DNS rebinding) sends its own name
//!   as `Host` and gets 421, so it cannot read anything even though the browser thinks it is
//!   talking to its own origin. In multi-user mode, when public names are given
//!   (`--public-host`), only those and this computer's own names; `/healthz` answers under
//!   any name (a proxy's health check often uses the address).
//! - **Cross-site writes**: a POST/PUT/PATCH/DELETE whose `Origin` is another site is refused
//!   in both modes. In personal mode there is no cookie, so an API write must also carry the
//!   CSRF token (`X-CSRF-Token`) or a body type a plain HTML form cannot send (JSON): a
//!   cross-site `<form>` can only send `application/x-www-form-urlencoded`,
//!   `multipart/form-data` or `text/plain`. Page forms carry the token in `_csrf` (checked
//!   by their extractor), and cookie-authenticated API writes in `X-CSRF-Token` (see `auth`).
//! - **Headers** on every answer: a Content-Security-Policy without inline script or style,
//!   no framing, `nosniff` and no referrer to other sites.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::auth::CSRF_HEADER;
use crate::server::LocalAddr;
use crate::{AppError, AppState};

/// Everything from this server only; no inline script or style (the templates load
/// /static/app.js and /static/app.css), no plugins, no framing, forms post here only.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'";

/// The middleware: checks the host and cross-site writes, then adds the security headers.
pub async fn guard(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let local = req.extensions().get::<LocalAddr>().map(|l| l.0);
    let hosts = &state.config.public_hosts;
    let mut response = if !state.config.multi_user && !local_host(req.headers(), local) {
        misdirected(
            "このサーバーは、このコンピューターのアドレス（localhost）でだけ利用できます".into(),
        )
    } else if state.config.multi_user
        && !hosts.is_empty()
        && req.uri().path() != "/healthz"
        && !local_host(req.headers(), local)
        && !public_host(req.headers(), hosts)
    {
        let names: Vec<String> = hosts.iter().map(PublicHost::to_string).collect();
        misdirected(format!(
            "このサーバーは {} でだけ利用できます。ブラウザーのアドレス欄を確かめてください",
            names.join("、")
        ))
    } else if let Err(e) = cross_site_write(&state, &req) {
        e.into_response()
    } else {
        next.run(req).await
    };
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        // Not `no-referrer`: under it browsers send `Origin: null` even on this site's own form
        // posts, which the cross-site check must then refuse.
        (header::REFERRER_POLICY, "same-origin"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// 421 with a short message: this server does not answer for that name.
fn misdirected(message: String) -> Response {
    (
        StatusCode::MISDIRECTED_REQUEST,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message,
    )
        .into_response()
}

/// A name the server is reached by in multi-user mode (`--public-host`): a host name or
/// address, and a port when only that port is meant (otherwise any port).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicHost {
    name: String,
    port: Option<u16>,
}

impl std::str::FromStr for PublicHost {
    type Err = String;

    /// `naitei.example.jp`, `naitei.example.jp:8443`, `192.0.2.7`, `[2001:db8::7]:8080`.
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || {
            format!("ホスト名「{s}」を読めません（例: naitei.example.jp、naitei.example.jp:8443）")
        };
        let (name, port) = split_host(s.trim()).ok_or_else(bad)?;
        let port = match port {
            Some(p) => Some(p.parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(bad)?),
            None => None,
        };
        let plain = name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
        let v6 = name
            .strip_prefix('[')
            .and_then(|n| n.strip_suffix(']'))
            .is_some_and(|n| n.parse::<std::net::Ipv6Addr>().is_ok());
        if name.len() > 253 || !(plain || v6) {
            return Err(bad());
        }
        Ok(PublicHost {
            name: name.to_ascii_lowercase(),
            port,
        })
    }
}

impl std::fmt::Display for PublicHost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.port {
            Some(port) => write!(f, "{}:{port}", self.name),
            None => f.write_str(&self.name),
        }
    }
}

/// A `Host` value split into the name (IPv6 in brackets) and the port, if any.
fn split_host(host: &str) -> Option<(&str, Option<&str>)> {
    if host.starts_with('[') {
        let end = host.find(']')?;
        let tail = &host[end + 1..];
        let port = match tail {
            "" => None,
            _ => Some(tail.strip_prefix(':')?),
        };
        return Some((&host[..=end], port));
    }
    match host.rsplit_once(':') {
        Some((name, port)) => Some((name, Some(port))),
        None => Some((host, None)),
    }
}

/// Whether `Host` names one of the public names (a trailing dot and the case aside).
fn public_host(headers: &HeaderMap, hosts: &[PublicHost]) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let Some((name, port)) = split_host(host) else {
        return false;
    };
    let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
    let port = match port.map(str::parse::<u16>) {
        Some(Ok(p)) => Some(p),
        Some(Err(_)) => return false,
        None => None,
    };
    hosts
        .iter()
        .any(|h| h.name == name && (h.port.is_none() || h.port == port))
}

/// The names this computer answers to in personal mode. `local` is the address the
/// connection was accepted on (absent when the app is called without [`crate::serve`]: then
/// any port is accepted).
fn local_host(headers: &HeaderMap, local: Option<std::net::SocketAddr>) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let (name, port) = match host.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((v6, tail)) => (format!("[{v6}]"), tail.strip_prefix(':')),
            None => return false,
        },
        None => match host.rsplit_once(':') {
            Some((name, port)) => (name.to_owned(), Some(port)),
            None => (host.to_owned(), None),
        },
    };
    let name = name.to_ascii_lowercase();
    let bound = local.map(|l| match l.ip() {
        std::net::IpAddr::V4(ip) => ip.to_string(),
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
    });
    let known = matches!(name.as_str(), "localhost" | "127.0.0.1" | "[::1]")
        || bound.as_deref() == Some(name.as_str());
    let port = match port {
        Some(p) => match p.parse::<u16>() {
            Ok(p) => p,
            Err(_) => return false,
        },
        None => 80,
    };
    known && local.is_none_or(|l| l.port() == port)
}

/// Refuses a state change that a page of another site could have sent.
fn cross_site_write(state: &AppState, req: &Request) -> Result<(), AppError> {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return Ok(());
    }
    if !crate::auth::same_origin(req.headers()) {
        return Err(AppError::Csrf);
    }
    // PUT, PATCH and DELETE need a CORS preflight from another site, which this server never
    // grants; a POST does not, when its body type is one a form can send.
    if state.config.multi_user
        || req.method() != Method::POST
        || !req.uri().path().starts_with("/api/")
    {
        return Ok(());
    }
    if let Some(sent) = req.headers().get(CSRF_HEADER) {
        return match sent.to_str() {
            Ok(token) if crate::auth::same_token(token, &state.personal_csrf) => Ok(()),
            _ => Err(AppError::Csrf),
        };
    }
    let essence = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        });
    match essence.as_deref() {
        None
        | Some("")
        | Some("application/x-www-form-urlencoded")
        | Some("multipart/form-data")
        | Some("text/plain") => Err(AppError::Csrf),
        Some(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(h: &str) -> HeaderMap {
        let mut m = HeaderMap::new();
        m.insert(header::HOST, h.parse().unwrap());
        m
    }

    #[test]
    fn only_this_computers_names_and_port_are_answered() {
        let local = Some("127.0.0.1:8080".parse().unwrap());
        for ok in [
            "127.0.0.1:8080",
            "localhost:8080",
            "LOCALHOST:8080",
            "[::1]:8080",
        ] {
            assert!(local_host(&host(ok), local), "{ok}");
        }
        for bad in [
            "evil.example:8080",
            "127.0.0.1:8081",
            "127.0.0.1",
            "localhost.evil.example:8080",
            "[::1",
            "127.0.0.1:x",
        ] {
            assert!(!local_host(&host(bad), local), "{bad}");
        }
        assert!(!local_host(&HeaderMap::new(), local));
        let other = Some("127.0.0.2:3000".parse().unwrap());
        assert!(local_host(&host("127.0.0.2:3000"), other));
        assert!(local_host(&host("localhost:9"), None));
    }

    #[test]
    fn public_names_match_with_any_port_or_the_one_given() {
        let hosts: Vec<PublicHost> = ["Naitei.Example.JP", "agency.example:8443", "[2001:db8::7]"]
            .iter()
            .map(|h| h.parse().unwrap())
            .collect();
        assert_eq!(hosts[0].to_string(), "naitei.example.jp");
        for ok in [
            "naitei.example.jp",
            "NAITEI.example.jp:443",
            "naitei.example.jp.",
            "agency.example:8443",
            "[2001:db8::7]:8080",
        ] {
            assert!(public_host(&host(ok), &hosts), "{ok}");
        }
        for bad in [
            "evil.example",
            "naitei.example.jp.evil.example",
            "agency.example",
            "agency.example:8080",
            "naitei.example.jp:x",
            "[2001:db8::8]",
        ] {
            assert!(!public_host(&host(bad), &hosts), "{bad}");
        }
        assert!(!public_host(&HeaderMap::new(), &hosts));
        for bad in [
            "",
            "a..b",
            "-a.example",
            "naitei.example.jp:0",
            "naitei.example.jp:99999",
            "a/b",
            "[::1",
        ] {
            assert!(bad.parse::<PublicHost>().is_err(), "{bad}");
        }
    }
}
