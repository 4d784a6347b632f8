//! The board and an application's page (issue 19 item 3, issue 21 item 4): closed applications
//! apart and out of the stage counts, one-click moves, the interview time and 次にやること on a
//! card and in the calendar file, the round defaulting to the current stage, answers scored on
//! the page, and the relation proposed from a 求人票.

mod common;

use common::{Client, config, on_backends, spawn_app};
use reqwest::StatusCode;
use serde_json::json;

const RESUME: &str = include_str!("../../../examples/resume.md");
const POSTING: &str = include_str!("../../../examples/posting.md");

async fn token(c: &Client) -> String {
    c.get("/api/v1/me").await.json()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn add(c: &Client, company: &str) -> i64 {
    let r = c
        .post(
            "/api/v1/applications",
            json!({"company": company, "channel": "direct", "relation": "same", "applied_on": "2024-05-01"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json()["id"].as_i64().unwrap()
}

/// The HTML of one column of the board (from its heading to the next section).
fn column<'a>(html: &'a str, code: &str) -> &'a str {
    let start = html
        .find(&format!("id=\"col-{code}\""))
        .unwrap_or_else(|| panic!("no column {code}"));
    let end = html[start..]
        .find("</section>")
        .map_or(html.len(), |e| start + e);
    &html[start..end]
}

fn ended(html: &str) -> &str {
    &html[html.find("id=\"ended\"").expect("the 終了 list")..]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closed_cards_leave_the_counts_and_a_card_moves_in_one_click() {
    on_backends("board", |target| async move {
        let app = spawn_app(target, config(false)).await;
        let c = app.client();
        let t = token(&c).await;
        let open = add(&c, "青葉商事").await;
        let failed = add(&c, "みなと物流").await;
        for (stage, result) in [("document", "passed"), ("first", "failed")] {
            let r = c
                .post(
                    &format!("/api/v1/applications/{failed}/events"),
                    json!({"stage": stage, "result": result}),
                )
                .await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        }
        let board = c.get("/applications").await.text;
        assert!(board.contains("選考中 <strong>1</strong> 件 ・ 終了 1 件"));
        assert!(column(&board, "document").contains("青葉商事"));
        assert!(column(&board, "document").contains("<span class=\"count\">1</span>"));
        assert!(column(&board, "first").contains("<span class=\"count\">0</span>"));
        assert!(!column(&board, "first").contains("みなと物流"));
        assert!(ended(&board).contains("みなと物流"));
        assert!(ended(&board).contains("一次面接で不合格"));
        // Only cards in selection have the buttons.
        assert!(!ended(&board).contains("class=\"moves\""));
        assert!(column(&board, "document").contains(">通過</button>"));

        // 通過 moves the card to 一次面接 and comes back to it on the board.
        let moved = |stage: &'static str, result: &'static str| {
            let (c, t) = (&c, t.clone());
            async move {
                c.form(
                    &format!("/applications/{open}/move"),
                    &[("_csrf", &t), ("stage", stage), ("result", result)],
                )
                .await
            }
        };
        let r = moved("document", "passed").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        assert_eq!(
            r.headers["location"],
            format!("/applications#card-{open}").as_str()
        );
        let board = c.get("/applications").await.text;
        assert!(column(&board, "first").contains("青葉商事"));
        // The same button again (a double click, another tab): nothing more is recorded.
        let r = moved("document", "passed").await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert!(r.text.contains("すでに「一次面接・選考中」になっています"));
        assert!(r.text.contains("aria-label=\"メインメニュー\""));
        let d = c.get(&format!("/api/v1/applications/{open}")).await.json();
        assert_eq!(d["events"].as_array().unwrap().len(), 1);

        // The interview time and the next step: on the card, in words.
        let r = c
            .form(
                &format!("/applications/{open}/interview"),
                &[
                    ("_csrf", &t),
                    ("round", "first"),
                    ("on_date", "2024-06-07"),
                    ("start_time", "14:00"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let r = c
            .form(
                &format!("/applications/{open}/next"),
                &[
                    ("_csrf", &t),
                    ("what", "お礼のメール"),
                    ("on_date", "2024/6/5"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        let board = c.get("/applications").await.text;
        let card = column(&board, "first");
        assert!(card.contains("面接：一次面接 6月7日（金） 14:00"), "{card}");
        assert!(
            card.contains("次にやること：お礼のメール（6月5日（水）まで）"),
            "{card}"
        );
        // The page shows them and prefills the form with the stored time.
        let page = c.get(&format!("/applications/{open}")).await.text;
        assert!(page.contains("<strong>一次面接</strong> 6月7日（金） 14:00"));
        assert!(page.contains("value=\"14:00\""));
        // A mistake: the message next to the field, the input kept, nothing changed.
        let r = c
            .form(
                &format!("/applications/{open}/next"),
                &[
                    ("_csrf", &t),
                    ("what", "電話する"),
                    ("on_date", "来週のどこか"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let field = r.text.find("id=\"ns-date\"").unwrap();
        let error = r.text.find("id=\"ns-date-error\"").unwrap();
        assert!(field < error);
        assert!(r.text.contains("value=\"来週のどこか\"") && r.text.contains("value=\"電話する\""));
        let r = c
            .form(
                &format!("/applications/{open}/interview"),
                &[
                    ("_csrf", &t),
                    ("round", "second"),
                    ("on_date", ""),
                    ("start_time", ""),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.text.contains("面接の日付を入力してください"));
        assert!(r.text.contains("<option value=\"second\" selected>"));
        let board = c.get("/applications").await.text;
        assert!(board.contains("お礼のメール"));

        // The calendar: the interview at its time in Tokyo and the next step all day.
        let r = c.get("/applications/calendar.ics").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(
            r.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/calendar")
        );
        assert_eq!(r.text.matches("BEGIN:VEVENT").count(), 2, "{}", r.text);
        assert!(r.text.contains("DTSTART;TZID=Asia/Tokyo:20240607T140000"));
        assert!(r.text.contains("DTSTART;VALUE=DATE:20240605"));

        // 不合格 closes it: under 終了, out of the counts, off the calendar.
        let r = moved("first", "failed").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let board = c.get("/applications").await.text;
        assert!(board.contains("選考中 <strong>0</strong> 件 ・ 終了 2 件"));
        assert!(ended(&board).contains("青葉商事"));
        assert!(!ended(&board).contains("面接："));
        let r = c.get("/applications/calendar.ics").await;
        assert_eq!(r.text.matches("BEGIN:VEVENT").count(), 0);
        app.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_round_defaults_to_the_current_stage_and_answers_get_a_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_app(
        naitei_store::Target::SqliteFile(dir.path().join("n.db")),
        config(false),
    )
    .await;
    let c = app.client();
    let t = token(&c).await;
    let id = add(&c, "青葉商事").await;
    let selected = |html: &str, select: &str| -> String {
        let s = html.find(&format!("id=\"{select}\"")).unwrap();
        let e = s + html[s..].find("</select>").unwrap();
        let at = html[s..e]
            .find(" selected>")
            .expect("an option is selected");
        let opt = html[s..s + at].rfind("value=\"").unwrap();
        html[s + opt + 7..s + at].trim_end_matches('"').to_owned()
    };
    // At 書類選考 the next interview is 一次; after 一次 and 二次 pass, 最終.
    let page = c.get(&format!("/applications/{id}")).await.text;
    assert_eq!(selected(&page, "q-round"), "first");
    for stage in ["document", "first", "second"] {
        c.post(
            &format!("/api/v1/applications/{id}/events"),
            json!({"stage": stage, "result": "passed"}),
        )
        .await;
    }
    let page = c.get(&format!("/applications/{id}")).await.text;
    assert_eq!(selected(&page, "q-round"), "final");
    assert_eq!(selected(&page, "iv-round"), "final");

    // An answer logged is scored on the page: the verdict in words, 「詳しく」 links, no rule id.
    let r = c
        .form(
            &format!("/applications/{id}/questions"),
            &[
                ("_csrf", &t),
                ("round", "final"),
                ("question", "転職理由を教えてください"),
                (
                    "answer",
                    "正社員になりたいと思い、応募しました。御社で勉強させていただきたいです。",
                ),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let page = c.get(&format!("/applications/{id}")).await.text;
    let verdict = &page[page.find("class=\"verdict weak\"").expect("a weak verdict")..];
    assert!(verdict.contains("弱い回答"));
    let rule = &verdict[verdict.find("href=\"/rules/").unwrap() + 13..];
    let rule = &rule[..rule.find('"').unwrap()];
    let visible: String = {
        let mut out = String::new();
        let mut tag = false;
        for ch in page.chars() {
            match ch {
                '<' => tag = true,
                '>' => tag = false,
                ch if !tag => out.push(ch),
                _ => {}
            }
        }
        out
    };
    assert!(!visible.contains(rule), "rule id {rule} shown");
    // A good answer says so.
    c.form(
        &format!("/applications/{id}/questions"),
        &[
            ("_csrf", &t),
            ("round", "final"),
            ("question", "志望動機を教えてください"),
            ("answer", "前職で受注処理の手順を見直し、処理時間を30%短縮しました。御社の物流部門でも、この改善の経験を活かして受注から出荷までのミスを減らし、売上に貢献したいと考えています。"),
        ],
    )
    .await;
    // A question without an answer has no verdict; the print view has the verdicts too.
    c.form(
        &format!("/applications/{id}/questions"),
        &[
            ("_csrf", &t),
            ("round", "final"),
            ("question", "逆質問はありますか"),
            ("answer", ""),
        ],
    )
    .await;
    let page = c.get(&format!("/applications/{id}")).await.text;
    assert!(page.contains("（回答の記録なし）"));
    assert_eq!(page.matches("class=\"verdict").count(), 2);
    let print = c.get(&format!("/applications/{id}/print")).await;
    assert_eq!(print.status, StatusCode::OK);
    assert_eq!(print.text.matches("class=\"verdict").count(), 2);
    assert!(print.text.contains("弱い回答（スコア"));
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_posting_and_a_resume_propose_the_relation_before_saving() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_app(
        naitei_store::Target::SqliteFile(dir.path().join("n.db")),
        config(false),
    )
    .await;
    let c = app.client();
    let t = token(&c).await;
    let fields = |relation: &'static str, propose: bool| {
        let mut f: Vec<(&str, String)> = vec![
            ("_csrf", t.clone()),
            ("company", "東西食品".into()),
            ("channel", "direct".into()),
            ("relation", relation.into()),
            ("posting", POSTING.into()),
        ];
        if propose {
            f.push(("propose", "1".into()));
        }
        f
    };
    let send = |f: Vec<(&'static str, String)>| {
        let c = &c;
        async move {
            let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
            c.form("/applications/new", &pairs).await
        }
    };
    // No résumé yet: asking says why, saving without a relation names the field.
    let r = send(fields("", true)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.text
            .contains("職務経歴書がまだ登録されていないため判定できません")
    );
    let r = send(fields("", false)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text.contains("id=\"relation-error\""));
    // With a résumé: the proposal first (nothing saved), selected; saving keeps the choice.
    let r = c
        .post("/api/v1/documents", json!({"content": RESUME}))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let r = send(fields("", false)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.text
            .contains("この応募は<strong>同職種同業界</strong>です"),
        "{}",
        r.text
    );
    assert!(r.text.contains("<option value=\"same\" selected>"));
    assert!(r.text.contains("value=\"東西食品\""));
    assert_eq!(c.get("/api/v1/applications").await.json(), json!([]));
    let r = send(fields("same-job", false)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let apps = c.get("/api/v1/applications").await.json();
    assert_eq!(apps[0]["relation"], "same-job");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_sets_the_interview_time_and_the_next_step() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_app(
        naitei_store::Target::SqliteFile(dir.path().join("n.db")),
        config(false),
    )
    .await;
    let c = app.client();
    let id = add(&c, "青葉商事").await;
    let r = c
        .send(
            "PUT",
            &format!("/api/v1/applications/{id}/interview"),
            Some(&json!({"round": "first", "on_date": "2024-06-07", "start_time": "9:30"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(r.json()["start_time"], "09:30");
    let r = c
        .send(
            "PUT",
            &format!("/api/v1/applications/{id}/next-step"),
            Some(&json!({"what": "書類を送る", "on_date": "R6.6.4"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let d = c.get(&format!("/api/v1/applications/{id}")).await.json();
    assert_eq!(
        d["next_step"],
        json!({"application_id": id, "what": "書類を送る", "on_date": "2024-06-04"})
    );
    assert_eq!(d["interviews"][0]["on_date"], "2024-06-07");
    let r = c
        .send(
            "PUT",
            &format!("/api/v1/applications/{id}/next-step"),
            Some(&json!({"what": "", "on_date": "2024-06-04"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.code(), "invalid");
    let r = c
        .send(
            "PUT",
            &format!("/api/v1/applications/{id}/next-step"),
            Some(&json!({"what": ""})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json(), json!(null));
    let d = c.get(&format!("/api/v1/applications/{id}")).await.json();
    assert_eq!(d["next_step"], json!(null));
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_offer_is_accepted_from_its_card_and_an_adviser_sees_no_buttons() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_app(
        naitei_store::Target::SqliteFile(dir.path().join("n.db")),
        config(true),
    )
    .await;
    for (login, role) in [("sato", "seeker"), ("tanaka", "adviser")] {
        naitei_web::accounts::create_user(&app.store, login, login, role, "password-123456")
            .await
            .unwrap();
    }
    app.store.assign_adviser("tanaka", "sato").await.unwrap();
    let mut seeker = app.client();
    seeker.login("sato", "password-123456").await;
    let mut adviser = app.client();
    adviser.login("tanaka", "password-123456").await;
    let t = seeker.csrf.clone().unwrap();
    let id = add(&seeker, "青葉商事").await;
    for stage in ["document", "first", "final"] {
        seeker
            .post(
                &format!("/api/v1/applications/{id}/events"),
                json!({"stage": stage, "result": "passed"}),
            )
            .await;
    }
    // At 内定 the card offers 承諾 and 辞退 (no 通過 or 不合格).
    let board = seeker.get("/applications").await.text;
    let offer = column(&board, "offer");
    assert!(offer.contains(">承諾</button>") && offer.contains(">辞退</button>"));
    assert!(!offer.contains(">通過</button>") && !offer.contains(">不合格</button>"));
    // The assigned adviser sees the same cards, without the buttons; the calendar link is the
    // seeker's.
    let seeker_id = seeker.get("/api/v1/me").await.json()["user"]["id"]
        .as_i64()
        .unwrap();
    let seen = adviser
        .get(&format!("/applications?seeker={seeker_id}"))
        .await
        .text;
    assert!(column(&seen, "offer").contains("青葉商事"));
    assert!(!seen.contains("class=\"moves\""));
    assert!(seen.contains(&format!("/applications/calendar.ics?seeker={seeker_id}")));
    let r = seeker
        .form(
            &format!("/applications/{id}/move"),
            &[("_csrf", &t), ("stage", "offer"), ("result", "accepted")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let board = seeker.get("/applications").await.text;
    assert!(ended(&board).contains("内定承諾"));
    assert!(board.contains("選考中 <strong>0</strong> 件 ・ 終了 1 件"));
    app.stop().await;
}
