//! Starts the real app on 127.0.0.1:0 against a fresh database: SQLite in a temporary
//! directory always, and PostgreSQL in a schema of its own when NAITEI_TEST_POSTGRES_URL is set.
#![allow(dead_code)]

use naitei_store::{Store, Target};
use naitei_web::{WebConfig, build_app};
use reqwest::StatusCode;
use serde_json::Value;

pub struct TestApp {
    pub base: String,
    pub store: Store,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
    pub fn client(&self) -> Client {
        Client {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: self.base.clone(),
            cookie: None,
            csrf: None,
        }
    }
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(h) = self.server.take() {
            let _ = h.await;
        }
        self.store.close().await;
    }
}

/// A browser-like client: keeps the session cookie and sends the CSRF token on writes.
pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
    pub cookie: Option<String>,
    pub csrf: Option<String>,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
    /// The error code of a JSON error body.
    pub fn code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or("")
            .to_owned()
    }
}

impl Client {
    pub async fn send(&self, method: &str, path: &str, body: Option<&Value>) -> Reply {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let write = method != reqwest::Method::GET;
        let mut req = self.http.request(method, format!("{}{path}", self.base));
        if let Some(c) = &self.cookie {
            req = req.header("cookie", c);
        }
        if let (true, Some(t)) = (write, &self.csrf) {
            req = req.header("x-csrf-token", t);
        }
        if let Some(b) = body {
            req = req.json(b);
        }
        let resp = req.send().await.unwrap();
        Reply {
            status: resp.status(),
            headers: resp.headers().clone(),
            text: resp.text().await.unwrap(),
        }
    }
    pub async fn get(&self, path: &str) -> Reply {
        self.send("GET", path, None).await
    }
    pub async fn post(&self, path: &str, body: Value) -> Reply {
        self.send("POST", path, Some(&body)).await
    }
    /// Posts an HTML form (URL-encoded), as a page does.
    pub async fn form(&self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let mut req = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(serde_urlencoded::to_string(fields).unwrap());
        if let Some(c) = &self.cookie {
            req = req.header("cookie", c);
        }
        let resp = req.send().await.unwrap();
        Reply {
            status: resp.status(),
            headers: resp.headers().clone(),
            text: resp.text().await.unwrap(),
        }
    }
    /// Logs in through the API; keeps the cookie and the CSRF token.
    pub async fn login(&mut self, login: &str, password: &str) -> Reply {
        let r = self
            .post(
                "/api/v1/login",
                serde_json::json!({"login": login, "password": password}),
            )
            .await;
        if r.status == StatusCode::OK {
            let set = r.headers["set-cookie"].to_str().unwrap();
            assert!(
                set.contains("HttpOnly") && set.contains("SameSite=Lax"),
                "{set}"
            );
            self.cookie = Some(set.split(';').next().unwrap().to_owned());
            self.csrf = r.json()["csrf_token"].as_str().map(str::to_owned);
        }
        r
    }
}

pub async fn spawn_app(target: Target, config: WebConfig) -> TestApp {
    spawn_app_with(target, config, naitei_web::ServeOptions::default()).await
}

/// Like [`spawn_app`], with the connection layer's limits given.
pub async fn spawn_app_with(
    target: Target,
    config: WebConfig,
    options: naitei_web::ServeOptions,
) -> TestApp {
    let store = Store::open(&target).await.expect("open test database");
    let app = build_app(config, store.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        naitei_web::serve_with(
            listener,
            app,
            async {
                let _ = rx.await;
            },
            options,
        )
        .await
        .unwrap();
    });
    TestApp {
        base: format!("http://{addr}"),
        store,
        shutdown: Some(tx),
        server: Some(server),
    }
}

pub fn config(multi_user: bool) -> WebConfig {
    WebConfig {
        multi_user,
        today: jiff::civil::Date::new(2024, 6, 3).ok(),
        ..WebConfig::default()
    }
}

/// Runs `check` once per backend with a fresh, empty database (the store's shared harness).
#[allow(unused_imports)] // not every test binary that includes this module uses it
pub use naitei_store::testing::on_backends;
