//! What a seeker sees on the pages: no rule id (a 「詳しく」 link to the rule's explanation
//! instead), no HTTP status code, sizes in MB, form mistakes next to the field with what was
//! typed kept and the menu still there.

mod common;

use common::{config, spawn_app};
use naitei_store::Target;
use reqwest::StatusCode;
use serde_json::json;

const RESUME: &str = include_str!("../../../examples/resume.md");

/// The text a page shows (tags and attributes left out), to check what a reader sees.
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn personal() -> (tempfile::TempDir, Target) {
    let dir = tempfile::tempdir().unwrap();
    let target = Target::SqliteFile(dir.path().join("n.db"));
    (dir, target)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn findings_link_to_their_explanation_instead_of_showing_the_rule_id() {
    let (_dir, target) = personal();
    let app = spawn_app(target, config(false)).await;
    let mut c = app.client();
    c.csrf = c.get("/api/v1/me").await.json()["csrf_token"]
        .as_str()
        .map(str::to_owned);
    let r = c
        .post("/api/v1/documents", json!({"content": RESUME}))
        .await;
    let id = r.json()["id"].as_i64().unwrap();
    let review = c.get(&format!("/api/v1/documents/{id}")).await.json();
    let rules: std::collections::BTreeSet<String> = review["review"]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap().to_owned())
        .collect();
    assert!(!rules.is_empty(), "the example résumé has findings");
    let page = c.get(&format!("/resume/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = visible(&page.text);
    for rule in &rules {
        assert!(!text.contains(rule.as_str()), "rule id {rule} shown");
        assert!(
            page.text.contains(&format!("href=\"/rules/{rule}\"")),
            "no link for {rule}"
        );
        // The explanation page: a title in Japanese, no id, no command.
        let explained = c.get(&format!("/rules/{rule}")).await;
        assert_eq!(explained.status, StatusCode::OK, "{rule}");
        let main = explained.text.split("<main id=\"main\">").nth(1).unwrap();
        let shown = visible(main.split("</main>").next().unwrap());
        assert!(shown.contains("何を検出するか"), "{rule}: {shown}");
        assert!(
            !shown.contains(rule.as_str()) && !shown.contains("naitei "),
            "{rule}: {shown}"
        );
    }
    assert!(text.contains("詳しく"));
    assert_eq!(
        c.get("/rules/no-such-rule").await.status,
        StatusCode::NOT_FOUND
    );
    // Answers link the same way.
    let r = c
        .form(
            "/answer",
            &[
                ("_csrf", c.csrf.as_deref().unwrap()),
                ("question", "reason"),
                (
                    "text",
                    "正社員になりたいと思い、応募しました。御社で勉強させていただきたいです。",
                ),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.text.contains("href=\"/rules/"), "{}", r.text);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn error_pages_have_words_not_codes_and_keep_the_menu() {
    let (_dir, target) = personal();
    let app = spawn_app(target, config(false)).await;
    let c = app.client();
    for path in ["/applications/999", "/no-such-page", "/resume/12345"] {
        let r = c.get(path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        let text = visible(&r.text);
        assert!(text.contains("ページが見つかりません"), "{path}: {text}");
        assert!(!text.contains("404"), "{path}: {text}");
        assert!(
            r.text.contains("aria-label=\"メインメニュー\""),
            "{path}: no menu"
        );
    }
    // Too large: the limit in MB, on the page and in the API message.
    let big = "あ".repeat(400_000);
    let token = c.get("/api/v1/me").await.json()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = c
        .form(
            "/answer",
            &[("_csrf", &token), ("question", "reason"), ("text", &big)],
        )
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    let text = visible(&r.text);
    assert!(text.contains("上限 1 MB"), "{text}");
    assert!(!text.contains("バイト") && !text.contains("413"), "{text}");
    let r = c.post("/api/v1/review", json!({"text": big})).await;
    assert_eq!(r.code(), "payload_too_large");
    let message = r.json()["error"]["message"].as_str().unwrap().to_owned();
    assert!(
        message.contains(" MB") && !message.contains("バイト"),
        "{message}"
    );
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn form_mistakes_are_shown_next_to_the_field_with_the_input_kept() {
    let (_dir, target) = personal();
    let app = spawn_app(target, config(false)).await;
    let c = app.client();
    let token = c.get("/api/v1/me").await.json()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned();
    // The application form: each message right after its field, the typed values kept.
    let r = c
        .form(
            "/applications/new",
            &[
                ("_csrf", &token),
                ("company", ""),
                ("position", "営業事務"),
                ("channel", "direct"),
                ("relation", "same"),
                ("applied_on", "R6.13.1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let company = r.text.find("id=\"company\"").unwrap();
    let company_error = r.text.find("id=\"company-error\"").unwrap();
    let next_field = r.text.find("id=\"position\"").unwrap();
    assert!(company < company_error && company_error < next_field);
    assert!(r.text[company_error..next_field].contains("会社名を入力してください"));
    assert!(r.text.contains("aria-describedby=\"company-error\""));
    let date_error = r.text.find("id=\"applied_on-error\"").unwrap();
    assert!(date_error > r.text.find("id=\"applied_on\"").unwrap());
    assert!(r.text.contains("value=\"営業事務\"") && r.text.contains("value=\"R6.13.1\""));
    assert!(r.text.contains("aria-label=\"メインメニュー\""));

    // The event and question forms of an application's page: the page again (not an error
    // page), the message in the form, what was typed kept.
    let r = c
        .post(
            "/api/v1/applications",
            json!({"company": "山田商事", "channel": "direct", "relation": "same"}),
        )
        .await;
    let id = r.json()["id"].as_i64().unwrap();
    let r = c
        .form(
            &format!("/applications/{id}/events"),
            &[
                ("_csrf", &token),
                ("stage", "first"),
                ("result", "passed"),
                ("on_date", "2024年13月40日"),
                ("note", "人事の田中さん"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text.contains("<h1>山田商事"), "the application's page");
    assert!(r.text.contains("id=\"ev-error\""));
    assert!(
        r.text.contains("value=\"2024年13月40日\"") && r.text.contains("value=\"人事の田中さん\"")
    );
    assert!(r.text.contains("<option value=\"first\" selected>"));
    assert!(r.text.contains("aria-label=\"メインメニュー\""));
    let r = c
        .form(
            &format!("/applications/{id}/questions"),
            &[
                ("_csrf", &token),
                ("round", "second"),
                ("question", " "),
                ("answer", "前職では受注処理の時間を30%短縮しました。"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = r.text.find("id=\"q-error\"").unwrap();
    assert!(error > r.text.find("id=\"q-question\"").unwrap());
    assert!(r.text[error..].contains("質問を入力してください"));
    assert!(
        r.text
            .contains("前職では受注処理の時間を30%短縮しました。</textarea>")
    );
    assert!(r.text.contains("<option value=\"second\" selected>"));
    // Nothing was recorded.
    let d = c.get(&format!("/api/v1/applications/{id}")).await.json();
    assert_eq!(d["events"], json!([]));
    assert_eq!(d["interviews"], json!([]));
    app.stop().await;
}
