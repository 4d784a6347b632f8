//! `naitei serve`'s limits as flags: the header (and idle) timeout closes a connection that
//! sends nothing, `--public-host` refuses other names in multi-user mode, and bad values are
//! usage errors in Japanese. The real binary on a free port.

use std::io::Read as _;
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A starting server loads the dictionary before it listens: ask `/healthz` this many times,
/// this far apart (a bounded poll).
const HEALTH_ATTEMPTS: u32 = 1200;
const HEALTH_INTERVAL: Duration = Duration::from_millis(50);

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("naitei")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The server this test started; killed by its id when the test ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One request with the given `Host`, over a plain socket; the status line's code.
fn status(addr: &str, path: &str, host: &str) -> Option<u16> {
    use std::io::Write as _;
    let mut s = TcpStream::connect(addr).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut answer = String::new();
    s.read_to_string(&mut answer).ok()?;
    answer.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn the_limits_and_the_public_names_are_flags() {
    let dir = tempfile::tempdir().unwrap();
    let addr = format!("127.0.0.1:{}", free_port());
    let mut server = Server(
        Command::new(bin())
            .args(["serve", "--multi-user", "--bind", &addr, "--db"])
            .arg(dir.path().join("n.db"))
            .args(["--header-timeout", "1", "--max-connections", "8"])
            .args(["--public-host", "naitei.example.jp"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap(),
    );
    let mut up = false;
    for _ in 0..HEALTH_ATTEMPTS {
        if status(&addr, "/healthz", "localhost") == Some(200) {
            up = true;
            break;
        }
        assert!(
            server.0.try_wait().unwrap().is_none(),
            "naitei serve exited"
        );
        std::thread::sleep(HEALTH_INTERVAL);
    }
    assert!(
        up,
        "no answer from /healthz after {HEALTH_ATTEMPTS} attempts"
    );

    // A connection that sends nothing is closed after the header timeout (1 s, not the
    // default 10 s).
    let mut stalled = TcpStream::connect(&addr).unwrap();
    stalled
        .set_read_timeout(Some(Duration::from_secs(8)))
        .unwrap();
    let started = Instant::now();
    let mut buf = [0u8; 64];
    let closed = matches!(stalled.read(&mut buf), Ok(0) | Err(_));
    let waited = started.elapsed();
    assert!(
        closed && waited < Duration::from_secs(6),
        "closed after {waited:?}"
    );

    // Only the public name (and this computer's own names) is answered.
    let port = addr.rsplit(':').next().unwrap();
    assert_eq!(status(&addr, "/api/v1/me", "evil.example"), Some(421));
    assert_eq!(status(&addr, "/api/v1/me", "naitei.example.jp"), Some(401));
    assert_eq!(
        status(&addr, "/api/v1/me", &format!("localhost:{port}")),
        Some(401)
    );
}

#[test]
fn bad_limits_are_usage_errors() {
    for (args, message) in [
        (&["--header-timeout", "0"][..], "1 以上"),
        (&["--header-timeout", "99999"][..], "3600 秒まで"),
        (&["--max-connections", "0"][..], "1 以上"),
        (&["--public-host", "a/b"][..], "ホスト名"),
        (
            &["--public-host", "naitei.example.jp"][..],
            "複数ユーザーモード",
        ),
    ] {
        let out = Command::new(bin())
            .args(["serve", "--db", ":memory:"])
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(message), "{args:?}: {err}");
    }
}
