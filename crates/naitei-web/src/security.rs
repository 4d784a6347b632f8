//! What every request goes through before its handler (one middleware, see [`guard`]):
//!
//! - **Host** (personal mode): only the names of this computer — `localhost`, `127.0.0.1`,
//!   `[::1]` or the address the server is bound to — with the port it listens on. A page on
//!   another site that re-points its own name at 127.0.0.1 (DNS rebinding) sends its own name
//!   as `Host` and gets 421, so it cannot read anything even though the browser thinks it is
//!   talking to its own origin.
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
    let mut response = if !state.config.multi_user && !local_host(req.headers(), local) {
        (
            StatusCode::MISDIRECTED_REQUEST,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "このサーバーは、このコンピューターのアドレス（localhost）でだけ利用できます",
        )
            .into_response()
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
}
