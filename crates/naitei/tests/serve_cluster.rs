//! Several `naitei serve` processes on one database, as an agency runs them behind a proxy:
//! a session made on one server works on the other (and ends on both at logout), and failed
//! logins on both count together against one limit (the limiter keeps its counts in the
//! database). Two real processes of the built binary, on two ports, in multi-user mode.

use std::io::Write as _;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};

const PASSWORD: &str = "correct horse battery";
/// A starting server loads the dictionary before it listens: ask `/healthz` this many times,
/// this far apart, before giving up (a bounded poll, not a guess at how long it takes).
const HEALTH_ATTEMPTS: u32 = 1200;
const HEALTH_INTERVAL: Duration = Duration::from_millis(50);

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("naitei")
}

/// A port nothing listens on right now (the server binds it a moment later).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// One `naitei serve --multi-user` process; killed (by its id) if the test fails before
/// stopping it.
struct Server {
    child: Option<Child>,
    base: String,
}

impl Server {
    fn start(db: &str) -> Server {
        let bind = format!("127.0.0.1:{}", free_port());
        let child = Command::new(bin())
            .args(["serve", "--multi-user", "--bind", &bind, "--db", db])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start naitei serve");
        Server {
            child: Some(child),
            base: format!("http://{bind}"),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Polls `/healthz` until it answers `ok`; fails at once if the process has exited.
    async fn wait_until_healthy(&mut self, http: &reqwest::Client) {
        for _ in 0..HEALTH_ATTEMPTS {
            if let Ok(r) = http.get(self.url("/healthz")).send().await
                && r.status() == StatusCode::OK
            {
                assert_eq!(r.text().await.unwrap(), "ok");
                return;
            }
            let child = self.child.as_mut().unwrap();
            if let Some(status) = child.try_wait().unwrap() {
                panic!("naitei serve at {} exited ({status})", self.base);
            }
            tokio::time::sleep(HEALTH_INTERVAL).await;
        }
        panic!(
            "naitei serve at {} did not answer /healthz after {HEALTH_ATTEMPTS} attempts",
            self.base
        );
    }

    /// Ctrl-C (SIGINT) to this process, by its id; it must exit 0.
    fn stop(mut self) {
        let mut child = self.child.take().unwrap();
        let sent = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        assert!(child.wait().unwrap().success(), "naitei serve exit status");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn add_user(db: &str, login: &str) {
    let mut child = Command::new(bin())
        .args(["user", "add", "--db", db, login])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "naitei user add: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A browser's session: the cookie and the CSRF token of one login.
struct Session {
    cookie: String,
    csrf: String,
}

async fn login(http: &reqwest::Client, server: &Server, password: &str) -> (StatusCode, Value) {
    let r = http
        .post(server.url("/api/v1/login"))
        .json(&json!({"login": "a", "password": password}))
        .send()
        .await
        .unwrap();
    (r.status(), r.json().await.unwrap())
}

fn two_servers_on_one_database(db: &str) {
    add_user(db, "a");
    let mut one = Server::start(db);
    let mut two = Server::start(db);
    assert_ne!(one.base, two.base);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let http = reqwest::Client::new();
        one.wait_until_healthy(&http).await;
        two.wait_until_healthy(&http).await;

        // A session made on one server works on the other, reads and writes.
        let r = http
            .post(one.url("/api/v1/login"))
            .json(&json!({"login": "a", "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let cookie = r.headers()["set-cookie"].to_str().unwrap();
        let cookie = cookie.split(';').next().unwrap().to_owned();
        let body: Value = r.json().await.unwrap();
        let session = Session {
            cookie,
            csrf: body["csrf_token"].as_str().unwrap().to_owned(),
        };
        let me = |server: &Server| {
            http.get(server.url("/api/v1/me"))
                .header("cookie", &session.cookie)
                .send()
        };
        let r = me(&two).await.unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["user"]["login"], "a");
        let r = http
            .post(two.url("/api/v1/applications"))
            .header("cookie", &session.cookie)
            .header("x-csrf-token", &session.csrf)
            .json(&json!({"company": "二台目の会社", "channel": "direct", "relation": "same"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::CREATED);
        let list: Value = http
            .get(one.url("/api/v1/applications"))
            .header("cookie", &session.cookie)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(list[0]["company"], "二台目の会社", "{list}");
        // Logging out on one server ends the session on both.
        let r = http
            .post(two.url("/api/v1/logout"))
            .header("cookie", &session.cookie)
            .header("x-csrf-token", &session.csrf)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NO_CONTENT);
        assert_eq!(me(&one).await.unwrap().status(), StatusCode::UNAUTHORIZED);

        // Failed logins on both count together: 3 on one and 2 on two reach the limit of 5,
        // after which even the right password is refused on either server.
        for (server, wrong) in [(&one, 3), (&two, 2)] {
            for _ in 0..wrong {
                let (status, body) = login(&http, server, "wrong password").await;
                assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
                assert_eq!(body["error"]["code"], "bad_credentials");
            }
        }
        for server in [&one, &two] {
            let (status, body) = login(&http, server, PASSWORD).await;
            assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
            assert_eq!(body["error"]["code"], "rate_limited");
        }
    });
    one.stop();
    two.stop();
}

#[test]
fn two_servers_share_sessions_and_failed_logins_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    two_servers_on_one_database(dir.path().join("n.db").to_str().unwrap());
}

#[test]
fn two_servers_share_sessions_and_failed_logins_on_postgresql() {
    naitei_store::testing::with_postgres(
        "two_servers_share_sessions_and_failed_logins_on_postgresql",
        two_servers_on_one_database,
    );
}
