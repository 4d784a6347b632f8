//! The server under attack: DNS rebinding (Host), cross-site writes (CSRF), security headers,
//! stalled connections, and several servers on one database sharing sessions and the login
//! limiter.

mod common;

use std::time::Duration;

use common::{Client, config, on_backends, spawn_app, spawn_app_with};
use naitei_store::Target;
use reqwest::StatusCode;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const PASSWORD: &str = "correct horse battery";
const RESUME: &str = "# 職務経歴書\n\n## 職務要約\n\n営業を5年担当しました。\n";

fn sqlite() -> (tempfile::TempDir, Target) {
    let dir = tempfile::tempdir().unwrap();
    let target = Target::SqliteFile(dir.path().join("n.db"));
    (dir, target)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn personal_mode_answers_only_this_computers_names() {
    let (_dir, target) = sqlite();
    let app = spawn_app(target, config(false)).await;
    let c = app.client();
    let port = app.base.rsplit(':').next().unwrap().to_owned();
    let with_host = |host: String| {
        c.http
            .get(app.url("/api/v1/me"))
            .header("host", host)
            .send()
    };
    // A rebinding page sends its own name (and the port it was loaded from).
    for host in [
        format!("evil.example:{port}"),
        "evil.example".to_owned(),
        format!("127.0.0.1.evil.example:{port}"),
        "127.0.0.1:1".to_owned(),
    ] {
        let r = with_host(host.clone()).await.unwrap();
        assert_eq!(r.status(), StatusCode::MISDIRECTED_REQUEST, "{host}");
        let body = r.text().await.unwrap();
        assert!(!body.contains("csrf_token"), "{host}: {body}");
    }
    for host in [format!("127.0.0.1:{port}"), format!("localhost:{port}")] {
        let r = with_host(host.clone()).await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{host}");
    }
    // Pages and writes are refused the same way.
    let r = c
        .http
        .post(app.url("/api/v1/applications"))
        .header("host", "evil.example")
        .json(&json!({"company": "X", "channel": "direct", "relation": "same"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::MISDIRECTED_REQUEST);
    assert_eq!(app.store.count_applications().await.unwrap(), 0);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multi_user_mode_is_served_under_any_name() {
    // Behind a proxy the server is reached by its public name; accounts protect the data.
    let (_dir, target) = sqlite();
    let app = spawn_app(target, config(true)).await;
    let c = app.client();
    let r = c
        .http
        .get(app.url("/healthz"))
        .header("host", "naitei.example.jp")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multi_user_mode_with_public_names_answers_only_those() {
    let (_dir, target) = sqlite();
    let listed = naitei_web::WebConfig {
        public_hosts: vec![
            "naitei.example.jp".parse().unwrap(),
            "agency.example:8443".parse().unwrap(),
        ],
        ..config(true)
    };
    let app = spawn_app(target, listed).await;
    let port = app.base.rsplit(':').next().unwrap().to_owned();
    let c = app.client();
    let get = |path: &str, host: String| c.http.get(app.url(path)).header("host", host).send();
    for host in [
        "evil.example".to_owned(),
        format!("evil.example:{port}"),
        "naitei.example.jp.evil.example".to_owned(),
        "agency.example".to_owned(),
        "agency.example:8080".to_owned(),
    ] {
        let r = get("/api/v1/me", host.clone()).await.unwrap();
        assert_eq!(r.status(), StatusCode::MISDIRECTED_REQUEST, "{host}");
        let body = r.text().await.unwrap();
        assert!(
            body.contains("naitei.example.jp、agency.example:8443 でだけ利用できます"),
            "{host}: {body}"
        );
        // Pages too, and nothing is written.
        let r = c
            .http
            .post(app.url("/login"))
            .header("host", host.clone())
            .form(&[("login", "a"), ("password", PASSWORD)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::MISDIRECTED_REQUEST, "{host}");
    }
    // The listed names (any port unless one is given, any case), this computer's own names
    // with the port it listens on, and /healthz under any name (a proxy's health check).
    for host in [
        "naitei.example.jp".to_owned(),
        "NAITEI.example.jp:443".to_owned(),
        "agency.example:8443".to_owned(),
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
    ] {
        let r = get("/api/v1/me", host.clone()).await.unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "{host}");
    }
    let r = get("/healthz", "10.0.0.5:8080".to_owned()).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_answer_carries_the_security_headers() {
    let (_dir, target) = sqlite();
    let app = spawn_app(target, config(false)).await;
    let c = app.client();
    for path in [
        "/",
        "/resume",
        "/api/v1/me",
        "/static/app.js",
        "/static/app.css",
        "/no-such-page",
        "/api/v1/no-such",
    ] {
        let r = c.get(path).await;
        let h = |name: &str| {
            r.headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_else(|| panic!("{path}: no {name}"))
                .to_owned()
        };
        let csp = h("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(h("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(h("x-frame-options"), "DENY", "{path}");
        assert_eq!(h("referrer-policy"), "same-origin", "{path}");
    }
    app.stop().await;
}

#[test]
fn templates_have_no_inline_script_or_style() {
    // The policy forbids them: the browser would ignore them.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for bad in [
            "<style",
            " style=",
            " onclick=",
            " onsubmit=",
            " onload=",
            "javascript:",
        ] {
            assert!(!text.contains(bad), "{}: {bad}", path.display());
        }
        for (i, _) in text.match_indices("<script") {
            let tag = &text[i..text[i..].find('>').map_or(text.len(), |e| i + e)];
            assert!(tag.contains(" src="), "{}: inline {tag}", path.display());
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_simple_cross_site_form_cannot_change_anything_in_personal_mode() {
    let (_dir, target) = sqlite();
    let app = spawn_app(target, config(false)).await;
    let c = app.client();
    let r = c
        .post(
            "/api/v1/documents",
            json!({"label": "v1", "content": "# 職務経歴書\n\n営業を担当いたしました。\n"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let id = r.json()["id"].as_i64().unwrap();
    let versions = || async { app.store.documents().await.unwrap().len() };
    assert_eq!(versions().await, 1);
    let fix = app.url(&format!("/api/v1/documents/{id}/fix"));
    // What a <form> on another site can send: no token, a form body type, maybe no Origin
    // (older browsers, or a form in a sandboxed frame).
    for (content_type, body) in [
        (Some("application/x-www-form-urlencoded"), "a=1"),
        (Some("multipart/form-data; boundary=x"), "--x--\r\n"),
        (Some("text/plain"), "a=1"),
        (Some("Text/Plain; charset=utf-8"), "a=1"),
        (None, ""),
    ] {
        let mut req = c.http.post(&fix).body(body);
        if let Some(t) = content_type {
            req = req.header("content-type", t);
        }
        let r = req.send().await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{content_type:?}");
    }
    // With the Origin of another site, even JSON is refused.
    let r = c
        .http
        .post(&fix)
        .header("origin", "https://evil.example")
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // A wrong token is refused even with a JSON body.
    let r = c
        .http
        .post(&fix)
        .header("x-csrf-token", "0".repeat(64))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(versions().await, 1, "no version was saved");
    // The app's own requests pass: the token (from /api/v1/me, same origin only) or JSON.
    let token = c.get("/api/v1/me").await.json()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = c
        .http
        .post(&fix)
        .header("x-csrf-token", &token)
        .send()
        .await
        .unwrap();
    assert_ne!(r.status(), StatusCode::FORBIDDEN);
    let r = c
        .http
        .post(app.url("/api/v1/applications"))
        .header("origin", app.base.clone())
        .json(&json!({"company": "同じサイト", "channel": "direct", "relation": "same"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    // Page forms need their _csrf field in personal mode too.
    let r = c.form(&format!("/resume/{id}/fix"), &[("x", "1")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logging_out_needs_the_token() {
    let (_dir, target) = sqlite();
    let app = spawn_app(target, config(true)).await;
    naitei_web::accounts::create_user(&app.store, "a", "Aさん", "seeker", PASSWORD)
        .await
        .unwrap();
    let mut c = app.client();
    assert_eq!(c.login("a", PASSWORD).await.status, StatusCode::OK);
    let token = c.csrf.take();
    // Without the token (what a cross-site request could send): refused, still logged in.
    let r = c.post("/api/v1/logout", json!({})).await;
    assert_eq!(
        (r.status, r.code().as_str()),
        (StatusCode::FORBIDDEN, "csrf")
    );
    assert_eq!(c.get("/api/v1/me").await.status, StatusCode::OK);
    // The logout form of the pages needs its field.
    let r = c.form("/logout", &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(c.get("/api/v1/me").await.status, StatusCode::OK);
    c.csrf = token;
    let r = c.post("/api/v1/logout", json!({})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(c.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    app.stop().await;
}

/// Reads until the server closes the connection (EOF or reset); panics if it does not within
/// `bound` — the bound only turns a hang into a failure, it is not what the test waits for.
async fn closed_by_server(mut s: tokio::net::TcpStream, bound: Duration) {
    let mut buf = [0u8; 1024];
    let closed = tokio::time::timeout(bound, async {
        loop {
            match s.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => continue, // an error answer before the close is fine
            }
        }
    })
    .await;
    assert!(closed.is_ok(), "the server kept a stalled connection open");
}

async fn stall(addr: &str, n: usize) -> Vec<tokio::net::TcpStream> {
    let mut open = Vec::with_capacity(n);
    for i in 0..n {
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        // Half send an unfinished header, half send nothing at all.
        if i % 2 == 0 {
            s.write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
                .await
                .unwrap();
        }
        open.push(s);
    }
    open
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalled_connections_are_closed_and_health_still_answers() {
    let (_dir, target) = sqlite();
    let options = naitei_web::ServeOptions {
        header_timeout: Duration::from_secs(1),
        ..naitei_web::ServeOptions::default()
    };
    let app = spawn_app_with(target, config(false), options).await;
    let addr = app.base.trim_start_matches("http://").to_owned();
    let open = stall(&addr, 200).await;
    // While they are open the server answers others.
    let r = app.client().get("/healthz").await;
    assert_eq!((r.status, r.text.as_str()), (StatusCode::OK, "ok"));
    let bound = Duration::from_secs(30);
    let closes: Vec<_> = open
        .into_iter()
        .map(|s| tokio::spawn(closed_by_server(s, bound)))
        .collect();
    let mut closed = 0;
    for c in closes {
        c.await.unwrap();
        closed += 1;
    }
    assert_eq!(closed, 200);
    eprintln!("stalled connections closed by the server: {closed}/200");
    // A kept-alive connection that goes quiet after a request is closed too.
    let mut s = tokio::net::TcpStream::connect(&addr).await.unwrap();
    s.write_all(format!("GET /healthz HTTP/1.1\r\nHost: {addr}\r\n\r\n").as_bytes())
        .await
        .unwrap();
    closed_by_server(s, bound).await;
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn more_stalled_connections_than_the_limit_do_not_stop_the_server() {
    // The limit stands for the process's file descriptors: beyond it clients wait in the
    // kernel's queue, and the stalled ones are closed by the header timeout.
    let (_dir, target) = sqlite();
    let options = naitei_web::ServeOptions {
        header_timeout: Duration::from_secs(1),
        max_connections: 16,
        ..naitei_web::ServeOptions::default()
    };
    let app = spawn_app_with(target, config(false), options).await;
    let addr = app.base.trim_start_matches("http://").to_owned();
    let open = stall(&addr, 64).await;
    let c = Client {
        http: reqwest::Client::builder()
            .timeout(Duration::from_secs(60))
            .build()
            .unwrap(),
        ..app.client()
    };
    let r = c.get("/healthz").await;
    assert_eq!((r.status, r.text.as_str()), (StatusCode::OK, "ok"));
    drop(open);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_database_share_sessions_and_failed_logins() {
    on_backends("two_servers", |target| async move {
        let one = spawn_app(target.clone(), config(true)).await;
        let two = spawn_app(target, config(true)).await;
        naitei_web::accounts::create_user(&one.store, "a", "Aさん", "seeker", PASSWORD)
            .await
            .unwrap();
        // A session made on one server works on the other.
        let mut c1 = one.client();
        assert_eq!(c1.login("a", PASSWORD).await.status, StatusCode::OK);
        let mut c2 = two.client();
        c2.cookie = c1.cookie.clone();
        c2.csrf = c1.csrf.clone();
        let me = c2.get("/api/v1/me").await;
        assert_eq!(me.status, StatusCode::OK);
        assert_eq!(me.json()["user"]["login"], "a");
        let r = c2
            .post(
                "/api/v1/applications",
                json!({"company": "二台目", "channel": "direct", "relation": "same"}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        // Failed logins on both count together: 3 + 2 wrong, then the right password is
        // refused on either.
        let (mut w1, mut w2) = (one.client(), two.client());
        for (c, n) in [(&mut w1, 3), (&mut w2, 2)] {
            for _ in 0..n {
                assert_eq!(c.login("a", "wrong").await.status, StatusCode::UNAUTHORIZED);
            }
        }
        for c in [&mut w1, &mut w2] {
            let r = c.login("a", PASSWORD).await;
            assert_eq!(
                (r.status, r.code().as_str()),
                (StatusCode::TOO_MANY_REQUESTS, "rate_limited")
            );
        }
        one.stop().await;
        two.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_the_trusted_proxy_each_client_has_its_own_count() {
    let (_dir, target) = sqlite();
    let trusted = naitei_web::WebConfig {
        trusted_proxy: Some("127.0.0.1".parse().unwrap()),
        ..config(true)
    };
    let app = spawn_app(target, trusted).await;
    naitei_web::accounts::create_user(&app.store, "a", "Aさん", "seeker", PASSWORD)
        .await
        .unwrap();
    let c = app.client();
    let login = |from: &'static str, password: &'static str| {
        c.http
            .post(app.url("/api/v1/login"))
            .header("x-forwarded-for", from)
            .json(&json!({"login": "a", "password": password}))
            .send()
    };
    for _ in 0..naitei_web::auth::MAX_ATTEMPTS {
        let r = login("203.0.113.1", "wrong").await.unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    let r = login("203.0.113.1", PASSWORD).await.unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    // Another client behind the same proxy is not locked out.
    let r = login("198.51.100.2", PASSWORD).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    app.stop().await;

    // Without --trusted-proxy the header is the client's claim and is ignored.
    let (_dir, target) = sqlite();
    let app = spawn_app(target, config(true)).await;
    naitei_web::accounts::create_user(&app.store, "a", "Aさん", "seeker", PASSWORD)
        .await
        .unwrap();
    let c = app.client();
    for i in 0..naitei_web::auth::MAX_ATTEMPTS {
        let r = c
            .http
            .post(app.url("/api/v1/login"))
            .header("x-forwarded-for", format!("203.0.113.{i}"))
            .json(&json!({"login": "a", "password": "wrong"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    let r = c
        .http
        .post(app.url("/api/v1/login"))
        .header("x-forwarded-for", "198.51.100.99")
        .json(&json!({"login": "a", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn control_characters_get_a_message_not_a_server_error() {
    on_backends("control_characters", |target| async move {
        let app = spawn_app(target, config(false)).await;
        let c = app.client();
        let r = c
            .post(
                "/api/v1/documents",
                json!({"label": "v1", "content": format!("{RESUME}\u{0}")}),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
        let message = r.json()["error"]["message"].as_str().unwrap().to_owned();
        assert!(message.contains("制御文字"), "{message}");
        let r = c
            .post(
                "/api/v1/applications",
                json!({"company": "A\u{1}社", "channel": "direct", "relation": "same"}),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
        assert!(
            r.json()["error"]["message"]
                .as_str()
                .unwrap()
                .contains("会社名")
        );
        assert_eq!(app.store.count_applications().await.unwrap(), 0);
        app.stop().await;
    })
    .await;
}
