//! The JSON API and the pages in personal mode, on every backend.

mod common;

use common::{config, on_backends, spawn_app};
use reqwest::StatusCode;
use serde_json::json;

const RESUME: &str = include_str!("../../../examples/resume.md");
const POSTING: &str = include_str!("../../../examples/posting.md");

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn engines_answer_with_the_cli_objects() {
    on_backends("engines", |target| async move {
        let app = spawn_app(target, config(false)).await;
        let c = app.client();
        assert_eq!(c.get("/healthz").await.text, "ok");

        let r = c.post("/api/v1/review", json!({"text": RESUME})).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let v = r.json();
        // The same object as one file of `naitei review --format json` (shared serializer).
        let review = naitei_core::review(RESUME, &naitei_core::Config::default());
        let expected = serde_json::to_value(naitei_core::review::FileReport {
            path: "-".into(),
            encoding: "UTF-8".into(),
            review: &review,
        })
        .unwrap();
        assert_eq!(v, expected);
        assert_eq!(v["kind"], "resume");
        assert!(!v["items"].as_array().unwrap().is_empty());

        let r = c
            .post(
                "/api/v1/answer",
                json!({"text": "正社員になりたいので応募しました。", "question": "reason"}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let v = r.json();
        assert_eq!(v["path"], "-");
        assert_eq!(v["question"], "reason");
        assert_eq!(v["signals"]["status_only"], true);
        assert_eq!(v["weak"], true);

        let r = c
            .post(
                "/api/v1/compare",
                json!({"first": "部下は5名でした。", "second": "部下は8名でした。"}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let v = r.json();
        assert_eq!(v["consistent"], false);
        assert_eq!(v["conflicts"][0]["kind"], "number");

        // The 二次面接 sheet: the same requirements as `naitei prep` gives for the pair.
        let r = c
            .post(
                "/api/v1/prep",
                json!({"posting": POSTING, "resume": RESUME}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let v = r.json();
        let sheet = naitei_core::prep::prepare(POSTING, RESUME, None);
        assert_eq!(v, serde_json::to_value(&sheet).unwrap());
        let reqs = v["requirements"].as_array().unwrap();
        assert!(reqs.iter().any(|q| q["kind"] == "required"));
        assert!(
            reqs.iter()
                .any(|q| q["gap"] == false && q["matches"][0]["line"].as_u64().unwrap() > 0)
        );
        let r = c
            .post("/api/v1/prep", json!({"posting": "\n", "resume": RESUME}))
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
        assert!(
            r.json()["error"]["message"]
                .as_str()
                .unwrap()
                .contains("求人票")
        );

        // Stay or go and the goals for each duty of the current job.
        let r = c
            .post(
                "/api/v1/goals",
                json!({"resume": RESUME, "today": "2026-11-21"}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        let v = r.json();
        assert!(
            ["apply-now", "apply-while-building", "build-first"]
                .contains(&v["recommendation"].as_str().unwrap())
        );
        assert!(!v["reasons"].as_array().unwrap().is_empty());
        let goals = v["goals"].as_array().unwrap();
        assert!(goals.len() >= 2);
        assert!(
            goals
                .iter()
                .all(|g| g["deadline"].as_str().unwrap() > "2026-11-21")
        );
        let r = c
            .post(
                "/api/v1/goals",
                json!({"resume": RESUME, "today": "2026-13-40"}),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);

        let r = c
            .post("/api/v1/answer", json!({"text": "x", "question": "salary"}))
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(r.code(), "invalid");
        assert!(
            r.json()["error"]["message"]
                .as_str()
                .unwrap()
                .contains("質問の種類")
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_get_json_errors_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_app(
        naitei_store::Target::SqliteFile(dir.path().join("n.db")),
        config(false),
    )
    .await;
    let c = app.client();
    // Over the body limit (DEFAULT_BODY_LIMIT) → 413 with a JSON error.
    let big = "あ".repeat(400_000);
    let r = c.post("/api/v1/review", json!({"text": big})).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.code(), "payload_too_large");
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("大きすぎます")
    );
    // Under the body limit but over what the answer, compare, goals and prep engines take in
    // one request (ENGINE_TEXT_CHARS): 413 before any engine runs, the limit in characters.
    let long = "前職では受注処理を担当しました。".repeat(2_500);
    for (path, body) in [
        ("/api/v1/answer", json!({"text": long, "question": "pr"})),
        (
            "/api/v1/compare",
            json!({"first": long, "second": "はい。"}),
        ),
    ] {
        let r = c.post(path, body).await;
        assert_eq!(
            r.status,
            StatusCode::PAYLOAD_TOO_LARGE,
            "{path}: {}",
            r.text
        );
        let message = r.json()["error"]["message"].as_str().unwrap().to_string();
        assert!(
            message.contains("35,000字まで") && message.contains("送られたのは40,00"),
            "{path}: {message}"
        );
    }
    // Not JSON.
    let r = c
        .http
        .post(app.url("/api/v1/review"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["error"]["code"], "bad_request");
    // A missing field.
    let r = c.post("/api/v1/review", json!({"txt": "x"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.code(), "invalid");
    // Wrong content type.
    let r = c
        .http
        .post(app.url("/api/v1/review"))
        .header("content-type", "application/xml")
        .body("text")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    // A body type a cross-site form could send, without the token: refused before reading.
    let r = c
        .http
        .post(app.url("/api/v1/review"))
        .body("text")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Unknown route under the API and a missing page.
    let r = c.get("/api/v1/nothing").await;
    assert_eq!(
        (r.status, r.code().as_str()),
        (StatusCode::NOT_FOUND, "not_found")
    );
    let r = c.get("/no-such-page").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.text.contains("<html lang=\"ja\">"));
    let r = c.get("/applications/999").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.text.contains("<html lang=\"ja\">") && r.text.contains("見つかりません"));
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_openapi_document_lists_every_api_route() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_app(
        naitei_store::Target::SqliteFile(dir.path().join("n.db")),
        config(false),
    )
    .await;
    let r = app.client().get("/api/v1/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    let doc = r.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    let expected = [
        ("/api/v1/review", "post"),
        ("/api/v1/answer", "post"),
        ("/api/v1/compare", "post"),
        ("/api/v1/plan", "post"),
        ("/api/v1/prep", "post"),
        ("/api/v1/goals", "post"),
        ("/api/v1/me", "get"),
        ("/api/v1/login", "post"),
        ("/api/v1/logout", "post"),
        ("/api/v1/seekers", "get"),
        ("/api/v1/applications", "get"),
        ("/api/v1/applications", "post"),
        ("/api/v1/applications/{id}", "get"),
        ("/api/v1/applications/{id}", "put"),
        ("/api/v1/applications/{id}", "delete"),
        ("/api/v1/applications/{id}/events", "post"),
        ("/api/v1/applications/{id}/questions", "post"),
        ("/api/v1/applications/{id}/interview", "put"),
        ("/api/v1/applications/{id}/next-step", "put"),
        ("/api/v1/funnel", "get"),
        ("/api/v1/documents", "get"),
        ("/api/v1/documents", "post"),
        ("/api/v1/documents/{id}", "get"),
        ("/api/v1/documents/{id}/fix", "post"),
        ("/api/v1/documents/{id}/comments", "post"),
        ("/api/v1/questions/{id}/comments", "post"),
    ];
    let listed: usize = paths.values().map(|p| p.as_object().unwrap().len()).sum();
    assert_eq!(
        listed,
        expected.len(),
        "{:?}",
        paths.keys().collect::<Vec<_>>()
    );
    let c = app.client();
    for (path, method) in expected {
        assert!(
            paths[path].get(method).is_some(),
            "{method} {path} not documented"
        );
        // And the router answers it (not the fallback's 404 for an unknown route).
        let r = c
            .send(
                &method.to_uppercase(),
                &path.replace("{id}", "1"),
                Some(&json!({})),
            )
            .await;
        assert!(
            !(r.status == StatusCode::NOT_FOUND
                && r.text.contains("ページまたはデータ")
                && !path.contains("{id}")),
            "{method} {path}: {}",
            r.status
        );
        assert_ne!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
    }
    // Errors are documented with their shape.
    let detail = &doc["components"]["schemas"]["ErrorDetail"]["properties"];
    assert!(detail["code"].is_object() && detail["message"].is_object());
    // The same document as the library builds.
    assert_eq!(doc, serde_json::to_value(naitei_web::openapi()).unwrap());
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tracker_is_managed_through_the_api() {
    on_backends("tracker", |target| async move {
        let app = spawn_app(target, config(false)).await;
        let c = app.client();
        // Validation: every wrong field is named, in Japanese, and nothing is written.
        let r = c
            .post(
                "/api/v1/applications",
                json!({"company": " ", "channel": "fax", "relation": "same", "applied_on": "2024/13/40"}),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let msg = r.json()["error"]["message"].as_str().unwrap().to_owned();
        assert!(msg.contains("会社名") && msg.contains("応募経路") && msg.contains("応募日"), "{msg}");
        assert_eq!(c.get("/api/v1/applications").await.json(), json!([]));

        let r = c
            .post(
                "/api/v1/applications",
                json!({"company": "山田商事", "position": "営業事務", "channel": "agent:doda",
                       "relation": "same-job", "applied_on": "令和6年5月1日", "offered_salary": "420万円"}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let a = r.json();
        let id = a["id"].as_i64().unwrap();
        assert_eq!(a["applied_on"], "2024-05-01");
        assert_eq!(a["channel_name"], "doda");
        assert_eq!(a["offered_salary"], 420);
        assert_eq!(a["furthest_stage"], "document");

        let r = c
            .post(&format!("/api/v1/applications/{id}/events"), json!({"stage": "document", "result": "passed", "on_date": "2024-05-10"}))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        assert_eq!(r.json()["furthest_stage"], "first");
        let r = c
            .post(&format!("/api/v1/applications/{id}/events"), json!({"stage": "first", "result": "accepted"}))
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

        for (round, answer) in [("first", "前職では部下が5名いました。"), ("second", "前職では部下が8名いました。")] {
            let r = c
                .post(
                    &format!("/api/v1/applications/{id}/questions"),
                    json!({"round": round, "question": "マネジメント経験を教えてください", "answer": answer, "kind": "success"}),
                )
                .await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        }
        let d = c.get(&format!("/api/v1/applications/{id}")).await.json();
        assert_eq!(d["events"].as_array().unwrap().len(), 1);
        assert_eq!(d["interviews"].as_array().unwrap().len(), 2);
        assert_eq!(d["consistency"][0]["conflicts"][0]["kind"], "number");
        assert_eq!(d["consistency"][0]["first"], "一次面接");
        let page = c.get(&format!("/applications/{id}")).await;
        assert!(page.text.contains("一次面接「") && page.text.contains("と二次面接「"), "{}", page.text);

        let r = c
            .send("PUT", &format!("/api/v1/applications/{id}"), Some(&json!({"company": "山田商事株式会社", "channel": "agent", "relation": "same-job", "applied_on": "2024-05-01", "outcome": "failed"})))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(r.json()["outcome"], "failed");
        assert_eq!(r.json()["furthest_stage"], "first");

        let f = c.get("/api/v1/funnel").await.json();
        assert_eq!(f["applications"], 1);
        assert_eq!(f["stages"][0]["stage"], "document");
        assert_eq!(f["stages"][0]["passed"], 1);
        assert_eq!(f["stages"][1]["failed"], 1);

        let r = c.send("DELETE", &format!("/api/v1/applications/{id}"), None).await;
        assert_eq!(r.status, StatusCode::NO_CONTENT);
        assert_eq!(c.get(&format!("/api/v1/applications/{id}")).await.status, StatusCode::NOT_FOUND);
        app.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resume_versions_and_the_pages_work_in_personal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_app(
        naitei_store::Target::SqliteFile(dir.path().join("n.db")),
        config(false),
    )
    .await;
    let c = app.client();
    let r = c
        .post(
            "/api/v1/documents",
            json!({"label": "4月版", "content": RESUME}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let id = r.json()["id"].as_i64().unwrap();
    let d = c.get(&format!("/api/v1/documents/{id}")).await.json();
    assert_eq!(d["document"]["label"], "4月版");
    assert_eq!(d["review"]["path"], "4月版");
    assert_eq!(
        c.get("/api/v1/documents")
            .await
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // The page shows each line with its findings and the HTML is escaped.
    let page = c.get(&format!("/resume/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("lang=\"ja\"") && page.text.contains("id=\"L1\""));
    let first = naitei_core::review(RESUME, &naitei_core::Config::default());
    let f = &first.diagnostics[0];
    assert!(
        page.text
            .contains(&format!("id=\"L{}\" class=\"line has-", f.line))
    );
    let r = c
        .post(
            "/api/v1/documents",
            json!({"content": "<script>alert(1)</script>"}),
        )
        .await;
    let bad = r.json()["id"].as_i64().unwrap();
    let page = c.get(&format!("/resume/{bad}")).await;
    assert!(!page.text.contains("<script>alert(1)") && page.text.contains("&lt;script&gt;"));
    // Forms need the page's CSRF token, even in personal mode.
    let r = c
        .form(
            "/answer",
            &[("question", "reason"), ("text", "正社員になりたいです。")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let form = c.get("/answer").await.text;
    let token = form
        .split("name=\"_csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let r = c
        .form(
            "/answer",
            &[
                ("_csrf", token),
                ("question", "reason"),
                ("text", "正社員になりたいです。"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.text.contains("弱い回答") && r.text.contains("秒"));
    // Uploading a file: Shift_JIS is decoded; the file name becomes the version's label.
    let upload = |name: &str, bytes: &[u8]| {
        let mut body = Vec::new();
        for (field, value) in [("_csrf", token.as_bytes()), ("text", b"".as_slice())] {
            body.extend_from_slice(
                format!("--XyZ\r\nContent-Disposition: form-data; name=\"{field}\"\r\n\r\n")
                    .as_bytes(),
            );
            body.extend_from_slice(value);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: text/plain\r\n\r\n").as_bytes());
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n--XyZ--\r\n");
        c.http
            .post(app.url("/resume"))
            .header("content-type", "multipart/form-data; boundary=XyZ")
            .body(body)
            .send()
    };
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(RESUME);
    let r = upload("職務経歴書.txt", &sjis).await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let to = r.headers()["location"].to_str().unwrap().to_owned();
    let page = c.get(&to).await.text;
    assert!(
        page.contains("職務経歴書.txt") && page.contains("職務要約"),
        "{to}"
    );
    // Word files are read by the same reader as `naitei review` (naitei-formats).
    let docx = include_bytes!("../../naitei-formats/tests/fixtures/resume.docx");
    let r = upload("職務経歴書.docx", docx).await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let to = r.headers()["location"].to_str().unwrap().to_owned();
    let page = c.get(&to).await.text;
    assert!(
        page.contains("職務経歴書.docx") && page.contains("職務経歴"),
        "{to}"
    );
    // A broken one is refused with the reader's message next to the file input (no file name).
    let r = upload("resume.docx", b"PK\x03\x04").await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let text = r.text().await.unwrap();
    assert!(
        text.contains("id=\"file-error\"") && text.contains("このファイルは読めませんでした"),
        "{text}"
    );
    assert!(!text.contains("resume.docx"), "{text}");
    // Every page of the menu renders.
    for path in [
        "/",
        "/resume",
        "/answer",
        "/applications",
        "/applications/new",
        "/funnel",
        "/plan",
        "/static/app.css",
        "/static/app.js",
    ] {
        let r = c.get(path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
    }
    // A plan from the example profile, imported as the CLI's settings file.
    let r = c
        .form(
            "/plan/import",
            &[
                ("_csrf", token),
                ("toml", include_str!("../../../examples/profile.toml")),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert!(r.text.contains("所定給付日数") && r.text.contains("週の応募目標"));
    app.stop().await;
}

/// A company with no 二次面接: the funnel (API and page) counts its 二次 as skipped, not passed,
/// and the page says so next to the chart; each stage's note is shown (issue 14).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_funnel_counts_a_missing_stage_as_skipped_and_shows_the_notes() {
    on_backends("funnel_skips", |target| async move {
        let app = spawn_app(target, config(false)).await;
        let c = app.client();
        let r = c
            .post(
                "/api/v1/applications",
                json!({"company": "山田商事", "channel": "direct", "relation": "same", "applied_on": "2026-10-01"}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let id = r.json()["id"].as_i64().unwrap();
        for (stage, result) in [("document", "passed"), ("first", "passed"), ("final", "failed")] {
            let r = c
                .post(
                    &format!("/api/v1/applications/{id}/events"),
                    json!({"stage": stage, "result": result, "on_date": "2026-10-20"}),
                )
                .await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        }
        let f = c.get("/api/v1/funnel").await.json();
        assert_eq!(f["stages"][2]["stage"], "second");
        assert_eq!(f["stages"][2]["skipped"], 1, "{f}");
        assert_eq!(f["stages"][2]["passed"], 0, "{f}");
        assert_eq!(f["stages"][3]["failed"], 1, "{f}");
        let page = c.get("/funnel").await;
        assert!(
            page.text.contains("この段階がない選考 1件"),
            "{}",
            page.text
        );
        for s in f["stages"].as_array().unwrap() {
            if let Some(note) = s["note"].as_str() {
                let escaped = note.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
                assert!(page.text.contains(&escaped), "{note}");
            }
        }
        app.stop().await;
    })
    .await;
}
