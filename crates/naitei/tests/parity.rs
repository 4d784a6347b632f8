//! The same inputs through the CLI and through the JSON API give the same stored rows, the same
//! funnel and the same consistency verdict — on SQLite and on PostgreSQL (the store's harness;
//! PostgreSQL when NAITEI_TEST_POSTGRES_URL is set, required in CI).

mod common;

use common::naitei;

use naitei_store::testing::{PgSchema, postgres_url};
use naitei_store::{Store, Target};
use serde_json::{Value, json};

fn ok(db: &str, args: &[&str]) -> String {
    let out = naitei(db, args);
    assert!(
        out.status.success() || (args[..2] == ["track", "check"] && out.status.code() == Some(1)),
        "naitei {args:?} failed ({:?}):\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The application as a seeker types it: 和暦 with a letter, a full-width salary, an agent name.
const COMPANY: &str = "株式会社テスト";
const CHANNEL: &str = "agent:ミライ転職";
const DATE: &str = "R6.4.1";
const SALARY: &str = "４５０";
/// Questions of two rounds; the number of reports differs (5 and 12): a conflict.
const ROUNDS: [(&str, &str, &str); 3] = [
    (
        "first",
        "自己紹介をお願いします",
        "事務を8年、部下5人のチームをまとめてきました。",
    ),
    (
        "first",
        "転職理由を教えてください",
        "業務改善の経験を、より大きな組織で活かしたいからです。",
    ),
    (
        "second",
        "あなたの強みは",
        "事務を8年、部下12人のチームをまとめてきました。",
    ),
];

fn through_cli(db: &str) -> (Value, bool) {
    ok(
        db,
        &[
            "track",
            "add",
            COMPANY,
            "--channel",
            CHANNEL,
            "--relation",
            "same",
            "--date",
            DATE,
            "--salary",
            SALARY,
        ],
    );
    ok(
        db,
        &[
            "track",
            "stage",
            "1",
            "document",
            "--result",
            "passed",
            "--date",
            "2024-04-10",
        ],
    );
    for (round, q, a) in ROUNDS {
        ok(
            db,
            &["track", "qa", "1", "--round", round, "-q", q, "-a", a],
        );
    }
    let funnel: Value = serde_json::from_str(&ok(db, &["diagnose", "--format", "json"])).unwrap();
    let check: Value = serde_json::from_str(&ok(db, &["track", "check", "1", "--json"])).unwrap();
    (funnel, check["consistent"].as_bool().unwrap())
}

async fn through_api(target: Target) -> (Value, bool) {
    let store = Store::open(&target).await.unwrap();
    let config = naitei_web::WebConfig {
        today: jiff::civil::Date::new(2024, 6, 3).ok(),
        ..naitei_web::WebConfig::default()
    };
    let app = naitei_web::build_app(config, store);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/api/v1", listener.local_addr().unwrap());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        naitei_web::serve(listener, app, async {
            let _ = rx.await;
        })
        .await
        .unwrap();
    });
    let http = reqwest::Client::new();
    let me: Value = http
        .get(format!("{base}/me"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let csrf = me["csrf_token"].as_str().unwrap().to_owned();
    let post = |path: &str, body: Value| {
        http.post(format!("{base}{path}"))
            .header("x-csrf-token", &csrf)
            .json(&body)
            .send()
    };
    let r = post(
        "/applications",
        json!({"company": COMPANY, "channel": CHANNEL, "relation": "same", "applied_on": DATE, "offered_salary": SALARY}),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    let r = post(
        "/applications/1/events",
        json!({"stage": "document", "result": "passed", "on_date": "2024-04-10"}),
    )
    .await
    .unwrap();
    assert!(r.status().is_success(), "{}", r.text().await.unwrap());
    for (round, q, a) in ROUNDS {
        let r = post(
            "/applications/1/questions",
            json!({"round": round, "question": q, "answer": a}),
        )
        .await
        .unwrap();
        assert!(r.status().is_success(), "{}", r.text().await.unwrap());
    }
    let funnel: Value = http
        .get(format!("{base}/funnel"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let detail: Value = http
        .get(format!("{base}/applications/1"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let _ = tx.send(());
    server.await.unwrap();
    let consistent = detail["consistency"].as_array().unwrap().is_empty();
    (funnel, consistent)
}

/// The stored rows without ids and owners: the application, its events and its questions.
async fn rows(target: &Target) -> Value {
    let store = Store::open(target).await.unwrap();
    let app = store.application(1).await.unwrap();
    let events: Vec<Value> = store
        .events(1)
        .await
        .unwrap()
        .into_iter()
        .map(|e| json!([e.stage, e.on_date, e.result, e.note]))
        .collect();
    let mut questions = Vec::new();
    for i in store.interviews(1).await.unwrap() {
        for q in store.questions(i.id).await.unwrap() {
            questions.push(json!([i.round, q.kind, q.question, q.answer, q.memo]));
        }
    }
    store.close().await;
    json!({"application": app.data, "events": events, "questions": questions})
}

async fn same_everywhere(cli: Target, api: Target) {
    let db = match &cli {
        Target::SqliteFile(p) => p.display().to_string(),
        Target::Postgres(url) => url.clone(),
    };
    let (cli_funnel, cli_consistent) = tokio::task::spawn_blocking(move || through_cli(&db))
        .await
        .unwrap();
    let (api_funnel, api_consistent) = through_api(api.clone()).await;
    let (cli_rows, api_rows) = (rows(&cli).await, rows(&api).await);
    assert_eq!(cli_rows, api_rows);
    assert_eq!(cli_rows["application"]["applied_on"], "2024-04-01");
    assert_eq!(cli_rows["application"]["offered_salary"], 450);
    assert_eq!(
        cli_rows["questions"][0][1], "intro",
        "自己紹介 is its own kind"
    );
    assert_eq!(cli_funnel, api_funnel);
    assert_eq!(cli_consistent, api_consistent);
    assert!(
        !cli_consistent,
        "5 and 12 subordinates contradict each other"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_and_api_store_the_same_rows_funnel_and_verdict() {
    let dir = tempfile::tempdir().unwrap();
    same_everywhere(
        Target::SqliteFile(dir.path().join("cli.db")),
        Target::SqliteFile(dir.path().join("api.db")),
    )
    .await;
    let Some(url) = postgres_url("parity") else {
        return;
    };
    let (cli, api) = (PgSchema::create(&url).await, PgSchema::create(&url).await);
    let outcome = tokio::spawn({
        let (c, a) = (cli.target(), api.target());
        async move { same_everywhere(c, a).await }
    })
    .await;
    cli.drop_schema().await;
    api.drop_schema().await;
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}
