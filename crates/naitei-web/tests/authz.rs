//! Accounts (multi-user mode): who may read and change what, CSRF and the login rate limit.
//! The matrix: every route that takes an id × seeker A (owner) / seeker B / adviser assigned to
//! A / adviser not assigned / anonymous.

mod common;

use common::{Client, TestApp, config, on_backends, spawn_app};
use reqwest::StatusCode;
use serde_json::json;

const PASSWORD: &str = "correct horse battery";

struct World {
    app: TestApp,
    a: Client,
    b: Client,
    adviser: Client,
    other_adviser: Client,
    anon: Client,
    app_id: i64,
    doc_id: i64,
    question_id: i64,
    a_user: i64,
}

async fn world(target: naitei_store::Target) -> World {
    let app = spawn_app(target, config(true)).await;
    for (login, role) in [
        ("a", "seeker"),
        ("b", "seeker"),
        ("adv", "adviser"),
        ("adv2", "adviser"),
    ] {
        naitei_web::accounts::create_user(
            &app.store,
            login,
            &format!("{login}さん"),
            role,
            PASSWORD,
        )
        .await
        .unwrap();
    }
    app.store.assign_adviser("adv", "a").await.unwrap();
    let mut clients = Vec::new();
    for login in ["a", "b", "adv", "adv2"] {
        let mut c = app.client();
        let r = c.login(login, PASSWORD).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        clients.push(c);
    }
    let anon = app.client();
    let [a, b, adviser, other_adviser] = <[Client; 4]>::try_from(clients).ok().unwrap();
    let a_user = a.get("/api/v1/me").await.json()["user"]["id"]
        .as_i64()
        .unwrap();
    let r = a
        .post(
            "/api/v1/applications",
            json!({"company": "Aの会社", "channel": "direct", "relation": "same"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let app_id = r.json()["id"].as_i64().unwrap();
    let r = a
        .post(&format!("/api/v1/applications/{app_id}/questions"), json!({"round": "first", "question": "転職理由は？", "answer": "正社員になりたいからです。"}))
        .await;
    let question_id = r.json()["id"].as_i64().unwrap();
    let r = a
        .post(
            "/api/v1/documents",
            json!({"content": "## 職務経歴\n- 受注入力を担当\n"}),
        )
        .await;
    let doc_id = r.json()["id"].as_i64().unwrap();
    World {
        app,
        a,
        b,
        adviser,
        other_adviser,
        anon,
        app_id,
        doc_id,
        question_id,
        a_user,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_person_sees_only_what_they_may() {
    on_backends("authz", |target| async move {
        let w = world(target).await;
        let (app, doc, q, seeker) = (w.app_id, w.doc_id, w.question_id, w.a_user);
        // (method, path, body): reads, then writes of the owner, then advisers' comments.
        let reads = [
            format!("/api/v1/applications/{app}"),
            format!("/api/v1/documents/{doc}"),
            format!("/api/v1/applications?seeker={seeker}"),
            format!("/api/v1/documents?seeker={seeker}"),
            format!("/api/v1/funnel?seeker={seeker}"),
            format!("/applications/{app}"),
            format!("/applications/{app}/print"),
            format!("/applications/{app}/prep"),
            format!("/applications/{app}/prep/print"),
            format!("/resume/{doc}"),
            format!("/resume/{doc}/print"),
            format!("/resume/{doc}/text"),
            format!("/applications?seeker={seeker}"),
            format!("/resume?seeker={seeker}"),
            format!("/funnel?seeker={seeker}"),
            format!("/applications/calendar.ics?seeker={seeker}"),
        ];
        for path in &reads {
            let expect = |who: &str| match who {
                "a" | "adv" => StatusCode::OK,
                "anon" if path.starts_with("/api") => StatusCode::UNAUTHORIZED,
                "anon" => StatusCode::SEE_OTHER,
                _ => StatusCode::NOT_FOUND,
            };
            for (who, c) in [
                ("a", &w.a),
                ("b", &w.b),
                ("adv", &w.adviser),
                ("adv2", &w.other_adviser),
                ("anon", &w.anon),
            ] {
                let r = c.get(path).await;
                assert_eq!(r.status, expect(who), "{who} GET {path}: {}", r.text);
                if r.status == StatusCode::OK && who != "a" {
                    assert!(
                        r.text.contains("Aの会社")
                            || r.text.contains("受注入力")
                            || path.contains("funnel")
                            || path.contains("calendar")
                            || path.contains("/resume?"),
                        "{who} GET {path}"
                    );
                }
            }
        }
        // A seeker's own lists never show another's rows.
        assert_eq!(w.b.get("/api/v1/applications").await.json(), json!([]));
        assert!(!w.b.get("/applications").await.text.contains("Aの会社"));

        let writes = [
            (
                "PUT",
                format!("/api/v1/applications/{app}"),
                json!({"company": "乗っ取り", "channel": "direct", "relation": "same"}),
            ),
            (
                "POST",
                format!("/api/v1/applications/{app}/events"),
                json!({"stage": "document", "result": "failed"}),
            ),
            (
                "POST",
                format!("/api/v1/applications/{app}/questions"),
                json!({"round": "first", "question": "x"}),
            ),
        ];
        for (method, path, body) in &writes {
            for (who, c, expect) in [
                ("b", &w.b, StatusCode::NOT_FOUND),
                ("adv", &w.adviser, StatusCode::FORBIDDEN),
                ("adv2", &w.other_adviser, StatusCode::NOT_FOUND),
                ("anon", &w.anon, StatusCode::UNAUTHORIZED),
            ] {
                let r = c.send(method, path, Some(body)).await;
                assert_eq!(r.status, expect, "{who} {method} {path}: {}", r.text);
            }
        }
        for (who, c, expect) in [
            ("b", &w.b, StatusCode::NOT_FOUND),
            ("adv", &w.adviser, StatusCode::FORBIDDEN),
            ("adv2", &w.other_adviser, StatusCode::NOT_FOUND),
            ("anon", &w.anon, StatusCode::UNAUTHORIZED),
        ] {
            let r = c
                .send("DELETE", &format!("/api/v1/applications/{app}"), None)
                .await;
            assert_eq!(r.status, expect, "{who} DELETE");
        }
        // The same writes through the pages' forms (each client with its own valid token).
        let forms = [
            format!("/applications/{app}/edit"),
            format!("/applications/{app}/events"),
            format!("/applications/{app}/questions"),
            format!("/applications/{app}/delete"),
            format!("/applications/{app}/move"),
            format!("/applications/{app}/interview"),
            format!("/applications/{app}/next"),
            format!("/applications/{app}/prep/script"),
            format!("/applications/{app}/prep/relation"),
            format!("/resume/{doc}/fix"),
            format!("/resume/{doc}/rewrite"),
            format!("/resume/{doc}/rewrite/accept"),
        ];
        for path in &forms {
            for (who, c, expect) in [
                ("b", &w.b, StatusCode::NOT_FOUND),
                ("adv", &w.adviser, StatusCode::FORBIDDEN),
                ("adv2", &w.other_adviser, StatusCode::NOT_FOUND),
                ("anon", &w.anon, StatusCode::SEE_OTHER),
            ] {
                let token = c.csrf.clone().unwrap_or_default();
                let r = c
                    .form(
                        path,
                        &[
                            ("_csrf", &token),
                            ("company", "乗っ取り"),
                            ("channel", "direct"),
                            ("relation", "same"),
                            ("stage", "document"),
                            ("result", "failed"),
                            ("round", "first"),
                            ("question", "x"),
                            ("on_date", "2024-06-07"),
                            ("what", "x"),
                        ],
                    )
                    .await;
                assert_eq!(r.status, expect, "{who} POST {path}: {}", r.text);
                if who == "anon" {
                    assert_eq!(r.headers["location"], "/login");
                }
            }
        }
        // Nothing changed.
        let d = w.a.get(&format!("/api/v1/applications/{app}")).await.json();
        assert_eq!(d["application"]["company"], "Aの会社");
        assert_eq!(d["events"], json!([]));

        // Comments: only the assigned adviser; the seeker sees them.
        let comments = [
            (
                format!("/api/v1/documents/{doc}/comments"),
                json!({"line": 2, "body": "数字で成果を書きましょう"}),
            ),
            (
                format!("/api/v1/questions/{q}/comments"),
                json!({"body": "雇用形態だけの理由に聞こえます"}),
            ),
        ];
        for (path, body) in &comments {
            for (who, c, expect) in [
                ("a", &w.a, StatusCode::FORBIDDEN),
                ("b", &w.b, StatusCode::NOT_FOUND),
                ("adv2", &w.other_adviser, StatusCode::NOT_FOUND),
                ("anon", &w.anon, StatusCode::UNAUTHORIZED),
                ("adv", &w.adviser, StatusCode::CREATED),
            ] {
                let r = c.post(path, body.clone()).await;
                assert_eq!(r.status, expect, "{who} POST {path}: {}", r.text);
            }
        }
        // Through the page forms as well.
        for (who, c, expect) in [
            ("a", &w.a, StatusCode::FORBIDDEN),
            ("b", &w.b, StatusCode::NOT_FOUND),
            ("adv2", &w.other_adviser, StatusCode::NOT_FOUND),
            ("adv", &w.adviser, StatusCode::SEE_OTHER),
        ] {
            let token = c.csrf.clone().unwrap();
            let r = c
                .form(
                    &format!("/resume/{doc}/comments"),
                    &[
                        ("_csrf", &token),
                        ("line", "1"),
                        ("body", "見出しは良いです"),
                    ],
                )
                .await;
            assert_eq!(r.status, expect, "{who} comment form: {}", r.text);
            let r = c
                .form(
                    &format!("/questions/{q}/comments"),
                    &[("_csrf", &token), ("body", "具体例を一つ")],
                )
                .await;
            assert_eq!(r.status, expect, "{who} question comment form: {}", r.text);
        }
        let d = w.a.get(&format!("/api/v1/documents/{doc}")).await.json();
        assert_eq!(d["comments"].as_array().unwrap().len(), 2);
        assert_eq!(d["comments"][0]["line"], 2);
        assert_eq!(d["comments"][0]["author_name"], "advさん");
        let page = w.a.get(&format!("/applications/{app}")).await.text;
        assert!(page.contains("雇用形態だけの理由に聞こえます"));
        let page = w.a.get(&format!("/resume/{doc}")).await.text;
        assert!(page.contains("数字で成果を書きましょう"));
        // An adviser must name the seeker; the list of seekers is theirs alone.
        assert_eq!(
            w.adviser.get("/api/v1/applications").await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        let s = w.adviser.get("/api/v1/seekers").await.json();
        assert_eq!(s.as_array().unwrap().len(), 1);
        assert_eq!(s[0]["login"], "a");
        assert_eq!(
            w.other_adviser.get("/api/v1/seekers").await.json(),
            json!([])
        );
        assert_eq!(
            w.a.get("/api/v1/seekers").await.status,
            StatusCode::FORBIDDEN
        );
        // Engines need a login too.
        assert_eq!(
            w.anon
                .post("/api/v1/review", json!({"text": "x"}))
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(w.anon.get("/healthz").await.status, StatusCode::OK);
        w.app.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_need_the_csrf_token_and_logout_ends_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let w = world(naitei_store::Target::SqliteFile(dir.path().join("n.db"))).await;
    let mut no_token = w.app.client();
    no_token.cookie = w.a.cookie.clone();
    let r = no_token
        .post(
            "/api/v1/applications",
            json!({"company": "X", "channel": "direct", "relation": "same"}),
        )
        .await;
    assert_eq!(
        (r.status, r.code().as_str()),
        (StatusCode::FORBIDDEN, "csrf")
    );
    no_token.csrf = Some("0".repeat(64));
    let r = no_token
        .post(
            "/api/v1/applications",
            json!({"company": "X", "channel": "direct", "relation": "same"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // A page form without the token is refused too; with it, accepted.
    let r =
        w.a.form(
            "/applications/new",
            &[
                ("company", "X"),
                ("channel", "direct"),
                ("relation", "same"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let token = w.a.csrf.clone().unwrap();
    let r =
        w.a.form(
            "/applications/new",
            &[
                ("_csrf", &token),
                ("company", "X"),
                ("channel", "direct"),
                ("relation", "same"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    // Validation messages come back on the form.
    let r =
        w.a.form(
            "/applications/new",
            &[
                ("_csrf", &token),
                ("company", ""),
                ("channel", "direct"),
                ("relation", "same"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text.contains("会社名を入力してください") && r.text.contains("aria-invalid"));
    // A login form posted from another site is refused (no session yet, so no token).
    let r = w
        .app
        .client()
        .http
        .post(w.app.url("/login"))
        .header("origin", "https://evil.example")
        .form(&[("login", "a"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = w
        .app
        .client()
        .form("/login", &[("login", "a"), ("password", PASSWORD)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        r.headers["set-cookie"]
            .to_str()
            .unwrap()
            .starts_with("naitei_session=")
    );
    // Logout: the cookie no longer works.
    assert_eq!(
        w.a.post("/api/v1/logout", json!({})).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(w.a.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    w.app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_failed_logins_lock_the_login() {
    let dir = tempfile::tempdir().unwrap();
    let w = world(naitei_store::Target::SqliteFile(dir.path().join("n.db"))).await;
    let mut c = w.app.client();
    for _ in 0..naitei_web::auth::MAX_ATTEMPTS {
        let r = c.login("b", "wrong password").await;
        assert_eq!(
            (r.status, r.code().as_str()),
            (StatusCode::UNAUTHORIZED, "bad_credentials")
        );
    }
    let r = c.login("b", PASSWORD).await;
    assert_eq!(
        (r.status, r.code().as_str()),
        (StatusCode::TOO_MANY_REQUESTS, "rate_limited")
    );
    // Another login from the same address is not locked.
    assert_eq!(c.login("a", PASSWORD).await.status, StatusCode::OK);
    // Unknown users fail the same way as wrong passwords.
    assert_eq!(c.login("nobody", PASSWORD).await.code(), "bad_credentials");
    w.app.stop().await;
}
