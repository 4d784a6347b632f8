//! The 計画 form, the 今の仕事の目標 page, the 二次面接の準備 page of an application (with the
//! interview script) and the 分析 page's phone layout (issue 19 items 1, 4; issue 20 item 4;
//! issue 21 item 4): what a seeker sees and what is kept.

mod common;

use common::{Client, config, on_backends, spawn_app};
use naitei_store::Target;
use reqwest::StatusCode;
use serde_json::json;

const RESUME: &str = include_str!("../../../examples/resume.md");
const POSTING: &str = include_str!("../../../examples/posting.md");
const PROFILE: &str = include_str!("../../../examples/profile.toml");

/// The text a page shows (tags left out, entities of quotes decoded).
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
    decoded(&out)
}

/// The HTML with the escapes of `/`, quotes and `&` decoded, to find an attribute's value.
fn decoded(html: &str) -> String {
    html.replace("&#x2f;", "/")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

fn personal() -> (tempfile::TempDir, Target) {
    let dir = tempfile::tempdir().unwrap();
    let target = Target::SqliteFile(dir.path().join("n.db"));
    (dir, target)
}

async fn seeker(app: &common::TestApp) -> (Client, String) {
    let mut c = app.client();
    let token = c.get("/api/v1/me").await.json()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned();
    c.csrf = Some(token.clone());
    (c, token)
}

/// The words a seeker's page must never show.
fn assert_no_developer_words(page: &str) {
    let text = visible(page);
    for bad in [
        "REFERENCE",
        "naitei plan",
        "naitei goals",
        "--",
        ".md",
        "leaving_date",
    ] {
        assert!(!text.contains(bad), "{bad} shown: {text}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_plan_is_a_form_with_errors_next_to_the_fields_and_keeps_what_was_entered() {
    let (_dir, target) = personal();
    let app = spawn_app(target, config(false)).await;
    let (c, token) = seeker(&app).await;
    // A new seeker gets an empty form, not somebody else's dates.
    let r = c.get("/plan").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.text.contains("生年月日") && r.text.contains("離職理由"));
    assert!(!r.text.contains("1985-04-01") && !visible(&r.text).contains("所定給付日数"));
    // A mistake: the message stands under its field, the other inputs are kept.
    let mistake = [
        ("_csrf", token.as_str()),
        ("birth_date", "1985/13/40"),
        ("leaving_date", "2024-05-31"),
        ("leaving_reason", "self"),
        ("insured_years", "8"),
        ("monthly_wage", "30万円"),
    ];
    let r = c.form("/plan", &mistake).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = &decoded(&r.text);
    let field = html.find("id=\"birth_date\"").unwrap();
    let error = html.find("id=\"birth_date-error\"").unwrap();
    let next = html.find("id=\"leaving_date\"").unwrap();
    assert!(
        field < error && error < next,
        "the error is under its field"
    );
    assert!(
        visible(html).contains("カレンダーにありません"),
        "{}",
        visible(html)
    );
    assert!(html.contains("value=\"1985/13/40\"") && html.contains("value=\"30万円\""));
    assert!(html.contains("<option value=\"self\" selected>"));
    // The optional details stay folded while empty…
    assert!(html.contains("<details class=\"plan-more\">"));
    // … and open by themselves when one of them is wrong.
    let mut late = mistake.to_vec();
    late.push(("claim_date", "いつか"));
    let r = c.form("/plan", &late).await;
    assert!(r.text.contains("<details class=\"plan-more\" open>"));
    assert!(r.text.contains("id=\"claim_date-error\""));
    assert!(!visible(html).contains("所定給付日数"));
    // Fixed: the calendar, readable, with its sources in words.
    let mut fixed = mistake;
    fixed[1] = ("birth_date", "1985/4/1");
    let r = c.form("/plan", &fixed).await;
    assert_eq!(r.status, StatusCode::OK, "{}", visible(&r.text));
    let text = visible(&r.text);
    assert!(text.contains("所定給付日数") && text.contains("支給の始まり"));
    assert!(text.contains("出典：雇用保険法"), "{text}");
    assert!(text.contains("週の応募目標") && text.contains("行動計画"));
    assert_no_developer_words(&r.text);
    // The entries are kept: the page opens with them and the plan.
    let r = c.get("/plan").await;
    let html = decoded(&r.text);
    assert!(html.contains("value=\"1985/4/1\""), "kept as typed");
    assert!(html.contains("value=\"30万円\""), "a 月給 stays a 月給");
    assert!(visible(&r.text).contains("所定給付日数"));
    // … and come out as the CLI's settings file.
    let r = c.get("/plan/profile.toml").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    assert!(
        naitei_core::plan::Profile::from_toml(&r.text).is_ok(),
        "{}",
        r.text
    );
    assert!(r.text.contains("1985-04-01"));
    // A profile saved later from the command line (the same store) is what the page shows.
    let user = c.get("/api/v1/me").await.json()["user"]["id"]
        .as_i64()
        .unwrap();
    let doc = naitei_store::NewDocument {
        application_id: None,
        kind: naitei_store::DocumentKind::Profile,
        label: "CLI".into(),
        created_on: "2024-06-03".into(),
        content: PROFILE.into(),
    };
    app.store.add_document_for(user, &doc).await.unwrap();
    let cli = naitei_core::plan::Profile::from_toml(PROFILE).unwrap();
    let r = c.get("/plan").await;
    assert!(r.text.contains(&format!("value=\"{}\"", cli.birth_date)));
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_settings_file_imports_into_the_form_and_a_bad_one_is_explained_next_to_the_box() {
    let (_dir, target) = personal();
    let app = spawn_app(target, config(false)).await;
    let (c, token) = seeker(&app).await;
    let r = c
        .form(
            "/plan/import",
            &[("_csrf", &token), ("toml", "birth_date = [")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text.contains("id=\"toml-error\""));
    assert!(visible(&r.text).contains("設定ファイルを読み込めませんでした"));
    assert!(r.text.contains("birth_date = ["), "the text is kept");
    assert!(r.text.contains("<details class=\"plan-toml\" open>"));
    let r = c
        .form("/plan/import", &[("_csrf", &token), ("toml", PROFILE)])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", visible(&r.text));
    let profile = naitei_core::plan::Profile::from_toml(PROFILE).unwrap();
    assert!(
        r.text
            .contains(&format!("value=\"{}\"", profile.birth_date))
    );
    assert!(visible(&r.text).contains("所定給付日数"));
    app.stop().await;
}

/// Adds an application (with the posting when given) through the API; returns its id.
async fn application(c: &Client, posting: Option<&str>) -> i64 {
    let mut body = json!({"company": "山田食品", "channel": "direct", "relation": "same", "applied_on": "2024-05-01"});
    if let Some(p) = posting {
        body["posting"] = json!(p);
    }
    let r = c.post("/api/v1/applications", body).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json()["id"].as_i64().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_prep_page_says_what_is_missing_then_shows_the_sheet_and_keeps_the_script() {
    on_backends("prep_page", |target| async move {
        let app = spawn_app(target, config(false)).await;
        let (c, token) = seeker(&app).await;
        // No 求人票: a message and the way to add one.
        let bare = application(&c, None).await;
        let r = c.get(&format!("/applications/{bare}/prep")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(visible(&r.text).contains("求人票がまだ登録されていません"));
        assert!(
            r.text
                .contains(&format!("href=\"/applications/{bare}/edit\""))
        );
        // A 求人票 but no résumé: where to add it.
        let id = application(&c, Some(POSTING)).await;
        let r = c.get(&format!("/applications/{id}/prep")).await;
        assert!(visible(&r.text).contains("職務経歴書がまだ保存されていません"));
        assert!(r.text.contains("href=\"/resume\""));
        // The application page links to its sheet.
        let r = c.get(&format!("/applications/{id}")).await;
        assert!(
            r.text
                .contains(&format!("href=\"/applications/{id}/prep\""))
        );
        // With both: each requirement with its evidence and reason, or an honest gap; the move.
        let r = c
            .post("/api/v1/documents", json!({"content": RESUME}))
            .await;
        assert_eq!(r.status, StatusCode::CREATED);
        // Only the posting's address: ask for its text.
        let url = application(&c, Some("https://example.com/jobs/123")).await;
        let r = c.get(&format!("/applications/{url}/prep")).await;
        assert!(visible(&r.text).contains("ページのアドレスだけです"), "{}", visible(&r.text));
        assert!(r.text.contains(&format!("href=\"/applications/{url}/edit\"")));
        let r = c
            .post(
                &format!("/api/v1/applications/{id}/questions"),
                json!({"round": "first", "question": "転職理由を教えてください", "answer": "受発注の経験を活かし、仕組みで改善できる職場で働きたいと考えたからです。"}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let r = c.get(&format!("/applications/{id}/prep")).await;
        assert_eq!(r.status, StatusCode::OK);
        let text = visible(&r.text);
        assert!(text.contains("請求・売掛金管理の経験"), "{text}");
        assert!(text.contains("理由："));
        assert!(text.contains("根拠なし（正直に伝える準備）"));
        assert!(text.contains("同職種同業界"), "{text}");
        assert!(text.contains("一次面接で答えたこと") && text.contains("仕組みで改善できる職場"));
        assert!(text.contains("逆質問") && text.contains("聞かれそうな質問"));
        assert_no_developer_words(&r.text);
        // The print view has the same sheet, without the menu.
        let r = c.get(&format!("/applications/{id}/prep/print")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.text.contains("class=\"print\"") && !r.text.contains("メインメニュー"));
        assert!(visible(&r.text).contains("根拠なし（正直に伝える準備）"));
        // The script button keeps the 自己PR and 実績 as the 二次面接's prepared answers, once.
        let path = format!("/applications/{id}/prep/script");
        for _ in 0..2 {
            let r = c.form(&path, &[("_csrf", &token)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", visible(&r.text));
        }
        let d = c.get(&format!("/api/v1/applications/{id}")).await.json();
        let second: Vec<&serde_json::Value> = d["interviews"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["round"] == "second")
            .flat_map(|i| i["questions"].as_array().unwrap())
            .collect();
        assert_eq!(second.len(), 2, "{second:?}");
        // Only the résumé's numbers: every digit run of the script is in the résumé.
        for q in &second {
            let answer = q["answer"].as_str().unwrap();
            for number in answer
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
            {
                assert!(RESUME.contains(number), "{number} of {answer}");
            }
        }
        let r = c.get(&format!("/applications/{id}")).await;
        assert!(
            visible(&r.text).contains("自己PR"),
            "shown on the application"
        );
        let r = c.get(&format!("/applications/{id}/prep")).await;
        let text = visible(&r.text);
        assert!(text.contains("面接の台本") && text.contains("回答チェック"));
        assert!(
            text.contains("職務経歴書との食い違いはありません"),
            "{text}"
        );
        let r = c.get(&format!("/applications/{id}/prep/print")).await;
        assert!(visible(&r.text).contains("これまでの実績を教えてください"));
        // The relation recorded differs from the judged move: proposed, and recorded on request.
        let r = c
            .send(
                "PUT",
                &format!("/api/v1/applications/{id}"),
                Some(&json!({"company": "山田食品", "channel": "direct", "relation": "new", "applied_on": "2024-05-01", "posting": POSTING})),
            )
            .await;
        assert!(r.status.is_success(), "{} {}", r.status, r.text);
        let text = visible(&c.get(&format!("/applications/{id}/prep")).await.text);
        assert!(
            text.contains("経験との関係が「未経験」になっています"),
            "{text}"
        );
        let r = c
            .form(
                &format!("/applications/{id}/prep/relation"),
                &[("_csrf", &token)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", visible(&r.text));
        let d = c.get(&format!("/api/v1/applications/{id}")).await.json();
        assert_eq!(d["application"]["relation"], "same", "{d}");
        let text = visible(&c.get(&format!("/applications/{id}/prep")).await.text);
        assert!(!text.contains("になっています"));
        app.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn goals_from_duties_are_saved_measured_and_drafted_into_an_achievement_line() {
    on_backends("goals_page", |target| async move {
        let app = spawn_app(target, config(false)).await;
        let (c, token) = seeker(&app).await;
        let r = c.get("/goals").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.text.contains("aria-current=\"page\">目標<"));
        // The start month is missing: said under its field, the duties kept.
        let duties = "請求書の作成と発行\n電話応対";
        let r = c
            .form(
                "/goals",
                &[("_csrf", &token), ("start", ""), ("duties", duties)],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text.contains("id=\"start-error\""));
        assert!(r.text.contains("請求書の作成と発行\n電話応対"));
        let r = c
            .form(
                "/goals",
                &[
                    ("_csrf", &token),
                    ("start", "2022年4月"),
                    ("duties", duties),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", visible(&r.text));
        let text = visible(&r.text);
        assert!(text.contains("残るか、応募するか"));
        assert!(text.contains("請求書の記載ミス") && text.contains("基準値の測り方"));
        assert_no_developer_words(&r.text);
        // Save the first goal, then a value that is not a number, then the baseline and result.
        let r = c
            .form("/goals/save", &[("_csrf", &token), ("index", "0")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let r = c
            .form(
                "/goals/measure",
                &[
                    ("_csrf", &token),
                    ("index", "0"),
                    ("kind", "baseline"),
                    ("value", "たくさん"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text.contains("id=\"value-0-error\"") && r.text.contains("value=\"たくさん\""));
        for (kind, value) in [("baseline", "8"), ("result", "１件")] {
            let r = c
                .form(
                    "/goals/measure",
                    &[
                        ("_csrf", &token),
                        ("index", "0"),
                        ("kind", kind),
                        ("value", value),
                    ],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", visible(&r.text));
        }
        let text = visible(&c.get("/goals").await.text);
        assert!(
            text.contains("基準値：月8件") && text.contains("結果：月1件"),
            "{text}"
        );
        assert!(
            text.contains("発生件数を月8件から月1件に削減した"),
            "the drafted line: {text}"
        );
        // Removing the goal removes its records.
        let r = c
            .form("/goals/remove", &[("_csrf", &token), ("index", "0")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(!visible(&c.get("/goals").await.text).contains("保存した目標"));
        app.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn goals_are_each_seekers_own() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_app(Target::SqliteFile(dir.path().join("n.db")), config(true)).await;
    for login in ["a", "b"] {
        naitei_web::accounts::create_user(&app.store, login, login, "seeker", "password-1234")
            .await
            .unwrap();
    }
    let mut a = app.client();
    a.login("a", "password-1234").await;
    let mut b = app.client();
    b.login("b", "password-1234").await;
    let token = a.csrf.clone().unwrap();
    let r = a
        .form(
            "/goals",
            &[
                ("_csrf", &token),
                ("start", "2022/4"),
                ("duties", "請求書の作成と発行"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    a.form("/goals/save", &[("_csrf", &token), ("index", "0")])
        .await;
    assert!(visible(&a.get("/goals").await.text).contains("保存した目標"));
    let theirs = visible(&b.get("/goals").await.text);
    assert!(!theirs.contains("保存した目標") && !theirs.contains("請求書"));
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_funnel_has_a_phone_chart_and_a_three_column_table_with_details() {
    let (_dir, target) = personal();
    let app = spawn_app(target, config(false)).await;
    let (c, _) = seeker(&app).await;
    application(&c, None).await;
    let r = c.get("/funnel").await;
    assert_eq!(r.status, StatusCode::OK);
    let html = &r.text;
    // The phone chart is 340 units wide (it is drawn about 1:1 at 390 px, so 12 px stays 12 px).
    assert!(html.contains("class=\"funnel-narrow\" viewBox=\"0 0 340 "));
    let narrow = &html[html.find("funnel-table-narrow").unwrap()..];
    let narrow = &narrow[..narrow.find("</table>").unwrap()];
    assert_eq!(narrow.matches("<th scope=\"col\">").count(), 3);
    assert!(
        narrow.contains("<details><summary>書類選考</summary>"),
        "{narrow}"
    );
    app.stop().await;
}
