//! The login limiter under parallel requests, counted with the process-wide password-check
//! counter (one test in this binary, so nothing else adds to it).

mod common;

use common::{config, spawn_app};
use naitei_store::Target;
use reqwest::StatusCode;
use serde_json::json;

const PASSWORD: &str = "correct horse battery";

/// Resident memory of this process, in KiB (Linux).
fn rss_kib() -> Option<u64> {
    std::fs::read_to_string("/proc/self/status")
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_logins_get_at_most_five_password_checks_and_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_app(Target::SqliteFile(dir.path().join("n.db")), config(true)).await;
    naitei_web::accounts::create_user(&app.store, "a", "Aさん", "seeker", PASSWORD)
        .await
        .unwrap();
    let http = reqwest::Client::new();
    let post = |login: String, password: &'static str| {
        let http = http.clone();
        let url = app.url("/api/v1/login");
        tokio::spawn(async move {
            http.post(url)
                .json(&json!({"login": login, "password": password}))
                .send()
                .await
                .unwrap()
                .status()
        })
    };

    // 64 wrong passwords for one login at once.
    let (before, _) = naitei_web::auth::password_check_stats();
    let rss_before = rss_kib();
    let replies: Vec<_> = (0..64)
        .map(|_| post("a".into(), "wrong password"))
        .collect();
    let mut statuses = Vec::new();
    for r in replies {
        statuses.push(r.await.unwrap());
    }
    let (after, _) = naitei_web::auth::password_check_stats();
    let rss_middle = rss_kib();
    let unauthorized = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    let limited = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    eprintln!(
        "64 parallel wrong passwords: {} password checks, {unauthorized} × 401, {limited} × 429",
        after - before
    );
    assert!(after - before <= 5, "{} password checks", after - before);
    assert_eq!((unauthorized, limited), (5, 59));
    // Even the right password waits for the window now.
    assert_eq!(
        post("a".into(), PASSWORD).await.unwrap(),
        StatusCode::TOO_MANY_REQUESTS
    );

    // 64 different unknown logins at once: each is checked (against the dummy hash, so an
    // unknown name costs the same as a wrong password), but only a few at a time.
    let (before, _) = naitei_web::auth::password_check_stats();
    let replies: Vec<_> = (0..64)
        .map(|i| post(format!("nobody{i}"), "wrong password"))
        .collect();
    for r in replies {
        assert_eq!(r.await.unwrap(), StatusCode::UNAUTHORIZED);
    }
    let (after, most_at_once) = naitei_web::auth::password_check_stats();
    let rss_after = rss_kib();
    assert_eq!(
        after - before,
        64,
        "unknown names are checked like known ones"
    );
    assert!(most_at_once <= 4, "{most_at_once} argon2 checks at once");
    if let (Some(b), Some(m), Some(a)) = (rss_before, rss_middle, rss_after) {
        eprintln!(
            "RSS before {} MiB, after 64 parallel logins {} MiB, after 64 more {} MiB; \
             at most {most_at_once} checks at once",
            b / 1024,
            m / 1024,
            a / 1024
        );
        // Unbounded, 64 argon2 checks need 64 × 19 MiB ≈ 1.2 GiB; with a new buffer per check
        // the allocator kept ~540 MiB even two at a time.
        assert!(
            a.saturating_sub(b) < 160 * 1024,
            "RSS grew {} MiB",
            (a - b) / 1024
        );
    }
    app.stop().await;
}
