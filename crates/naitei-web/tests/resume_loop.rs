//! The résumé editing loop and the adviser's flow on the pages: the box opens with the latest
//! version and what it shows is saved (a chosen file is read into it, never saved over an edit),
//! per-version counts, comparing versions, what a fix changed, .txt/.docx downloads, 「書き直す」
//! (questions → composed line → new version, never a number the seeker did not give), a comment
//! per line, the seeker's notice of new comments, comments carried to a new version, and the
//! adviser's triaged home.

mod common;

use common::{Client, config, spawn_app};
use naitei_store::Target;
use reqwest::StatusCode;
use serde_json::json;

const RESUME: &str = include_str!("../../../examples/resume.md");
const PASSWORD: &str = "correct horse battery";

fn db() -> (tempfile::TempDir, Target) {
    let dir = tempfile::tempdir().unwrap();
    let target = Target::SqliteFile(dir.path().join("n.db"));
    (dir, target)
}

/// The CSRF token of a page's forms.
fn token_of(html: &str) -> String {
    html.split("name=\"_csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}

/// The text a page shows (tags left out).
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

/// Posts the résumé form (multipart) with the given fields and an optional file.
async fn multipart(
    c: &Client,
    path: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8])>,
) -> (StatusCode, Option<String>, String) {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--XyZ\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(value.as_bytes());
        body.extend_from_slice(b"\r\n");
    }
    if let Some((name, bytes)) = file {
        body.extend_from_slice(format!("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(b"--XyZ--\r\n");
    let mut req = c
        .http
        .post(format!("{}{path}", c.base))
        .header("content-type", "multipart/form-data; boundary=XyZ")
        .body(body);
    if let Some(cookie) = &c.cookie {
        req = req.header("cookie", cookie);
    }
    let r = req.send().await.unwrap();
    let status = r.status();
    let location = r
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned());
    (status, location, r.text().await.unwrap())
}

async fn versions(c: &Client) -> Vec<serde_json::Value> {
    c.get("/api/v1/documents")
        .await
        .json()
        .as_array()
        .unwrap()
        .clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_box_opens_with_the_latest_version_and_what_it_shows_is_saved() {
    let (_dir, target) = db();
    let app = spawn_app(target, config(false)).await;
    let mut c = app.client();
    c.csrf = c.get("/api/v1/me").await.json()["csrf_token"]
        .as_str()
        .map(str::to_owned);
    let r = c
        .post(
            "/api/v1/documents",
            json!({"label": "4月版", "content": RESUME}),
        )
        .await;
    let first = r.json()["id"].as_i64().unwrap();
    let page = c.get("/resume").await.text;
    let token = token_of(&page);
    // The latest version is in the box, and the list has its error and warning counts.
    assert!(page.contains("受注入力のミスが月12件ほど発生していた"));
    assert!(page.contains(&format!("name=\"base\" value=\"{first}\"")));
    let review = naitei_core::review(RESUME, &naitei_core::Config::default());
    let row = format!(
        "<td class=\"sev-error\">{}</td><td class=\"sev-warning\">{}</td>",
        review.summary.errors, review.summary.warnings
    );
    assert!(review.summary.errors > 0 && page.contains(&row), "{row}");
    // Every readable format is offered.
    for ext in [".md", ".txt", ".docx", ".xlsx", ".pdf", "application/pdf"] {
        assert!(page.contains(ext), "accept lacks {ext}");
    }

    // The edited box is saved.
    let edited = RESUME.replace("二重チェック表を作成し", "二重チェック表を作成して運用し");
    let base = first.to_string();
    let (status, to, _) = multipart(
        &c,
        "/resume",
        &[("_csrf", &token), ("text", &edited), ("base", &base)],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let v = versions(&c).await;
    assert_eq!(v.len(), 2);
    assert!(v[1]["content"].as_str().unwrap().contains("作成して運用し"));
    assert_eq!(to.unwrap(), format!("/resume/{}", v[1]["id"]));

    // A file with an edited box is a mistake shown next to the fields, nothing saved, the
    // edits kept.
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("## 職務要約\n営業事務として5年\n");
    let base = v[1]["id"].to_string();
    let (status, _, html) = multipart(
        &c,
        "/resume",
        &[
            ("_csrf", &token),
            ("text", "手で書き換えた本文"),
            ("base", &base),
        ],
        Some(("sjis.txt", &sjis)),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("id=\"file-error\"") && html.contains("どちらを保存するか"));
    assert!(html.contains("手で書き換えた本文"));
    assert_eq!(versions(&c).await.len(), 2);
    // An untouched box with a file: the file is read (Shift_JIS decoded).
    let latest = v[1]["content"].as_str().unwrap().to_owned();
    let (status, _, _) = multipart(
        &c,
        "/resume",
        &[("_csrf", &token), ("text", &latest), ("base", &base)],
        Some(("sjis.txt", &sjis)),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let v = versions(&c).await;
    assert_eq!(v[2]["content"], "## 職務要約\n営業事務として5年\n");
    // An empty box: the message is next to the box.
    let (status, _, html) =
        multipart(&c, "/resume", &[("_csrf", &token), ("text", "  ")], None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("id=\"text-error\""));

    // The page's script reads a file through /resume/extract: text, not saved.
    let (status, _, body) = multipart(
        &c,
        "/resume/extract",
        &[("_csrf", &token)],
        Some(("sjis.txt", &sjis)),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let j: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(j["text"], "## 職務要約\n営業事務として5年\n");
    let (status, _, body) = multipart(
        &c,
        "/resume/extract",
        &[("_csrf", &token)],
        Some(("broken.docx", b"PK\x03\x04broken")),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let j: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!(!j["error"].as_str().unwrap().contains("broken.docx"));
    let (status, _, _) = multipart(&c, "/resume/extract", &[], Some(("a.txt", b"x"))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the token is required");
    assert_eq!(versions(&c).await.len(), 3);

    // Comparing the first two versions shows the changed line on both sides.
    let page = c
        .get(&format!("/resume/compare?old={first}&new={}", v[1]["id"]))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text.contains("class=\"diff-removed\"") && page.text.contains("class=\"diff-added\"")
    );
    assert!(page.text.contains("作成して運用し"));
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fixes_show_what_they_changed_and_versions_download_as_text_and_word() {
    let (_dir, target) = db();
    let app = spawn_app(target, config(false)).await;
    let mut c = app.client();
    c.csrf = c.get("/api/v1/me").await.json()["csrf_token"]
        .as_str()
        .map(str::to_owned);
    let text = format!("{RESUME}\n- 請求書を作成することができる。\n");
    let id = c
        .post(
            "/api/v1/documents",
            json!({"label": "5月版", "content": text}),
        )
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let token = token_of(&c.get(&format!("/resume/{id}")).await.text);
    let r = c
        .form(&format!("/resume/{id}/fix"), &[("_csrf", &token)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let to = r.headers["location"].to_str().unwrap().to_owned();
    assert!(to.ends_with("?changed=1"), "{to}");
    let page = visible(&c.get(&to).await.text);
    assert!(page.contains("前の版から変えたところ"));
    let v = versions(&c).await;
    let changes = naitei_tracker::versions::changed_lines(
        v[0]["content"].as_str().unwrap(),
        v[1]["content"].as_str().unwrap(),
    );
    assert!(!changes.is_empty());
    for ch in &changes {
        assert!(
            page.contains(&ch.before) && page.contains(&ch.after),
            "{ch:?}"
        );
    }

    // Downloads: the text as it is, and a Word file the reader reads back line for line.
    let r = c.get(&format!("/resume/{id}/text")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.text, text);
    assert!(
        r.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let r = c
        .http
        .get(format!("{}/resume/{id}/docx", c.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let bytes = r.bytes().await.unwrap();
    assert!(bytes.starts_with(b"PK"));
    let back =
        naitei_formats::extract("x.docx", &bytes, &naitei_formats::Limits::default()).unwrap();
    let lines = |t: &str| -> Vec<String> {
        t.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    };
    // The reader turns `#` lines into headings of its own; the words of every line come back.
    for line in lines(&text) {
        let words = line.trim_start_matches(['#', ' ']);
        assert!(back.text.contains(words), "{line}");
    }
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_weak_line_is_rewritten_from_the_seekers_answers_only() {
    let (_dir, target) = db();
    let app = spawn_app(target, config(false)).await;
    let mut c = app.client();
    c.csrf = c.get("/api/v1/me").await.json()["csrf_token"]
        .as_str()
        .map(str::to_owned);
    let id = c
        .post(
            "/api/v1/documents",
            json!({"label": "4月版", "content": RESUME}),
        )
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let line = RESUME
        .lines()
        .position(|l| l.contains("新しい請求システムへの移行を提案した"))
        .unwrap()
        + 1;
    let page = c.get(&format!("/resume/{id}")).await.text;
    assert!(page.contains(&format!("/resume/{id}/rewrite?line={line}")));
    let form = c.get(&format!("/resume/{id}/rewrite?line={line}")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.text.contains("新しい請求システムへの移行を提案した")
            && form.text.contains("name=\"problem\"")
    );
    let token = token_of(&form.text);
    let line_s = line.to_string();
    let answers = [
        ("_csrf", token.as_str()),
        ("line", line_s.as_str()),
        ("problem", "請求書の手作業が多く月末の残業が続いていた"),
        ("measure", "月末の残業時間"),
        ("before", "月20時間"),
        ("after", "月5時間"),
    ];
    // Without a number: how to measure it, with the link to the goals page, and no line.
    let r = c
        .form(&format!("/resume/{id}/rewrite"), &answers[..3])
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.text.contains("href=\"/goals\"") && r.text.contains("まず測りましょう"));
    assert!(!r.text.contains("rewrite/accept"));
    // With the numbers: the composed line with its review, and the accept form.
    let r = c.form(&format!("/resume/{id}/rewrite"), &answers).await;
    assert_eq!(r.status, StatusCode::OK);
    let composed = r
        .text
        .split("<blockquote class=\"proposal\">")
        .nth(1)
        .unwrap()
        .split("</blockquote>")
        .next()
        .unwrap()
        .to_owned();
    assert!(
        composed.contains("月20時間") && composed.contains("月5時間"),
        "{composed}"
    );
    assert!(naitei_core::rewrite::foreign_numbers(&composed, &["月20時間", "月5時間"]).is_empty());
    let r = c
        .form(&format!("/resume/{id}/rewrite/accept"), &answers)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let v = versions(&c).await;
    assert_eq!(v.len(), 2);
    assert_eq!(v[1]["label"], "4月版（書き直し）");
    let new_text = v[1]["content"].as_str().unwrap();
    assert!(new_text.contains(&composed) && !new_text.contains("移行を提案した。\n"));
    assert_eq!(new_text.lines().count(), RESUME.lines().count());
    // A line that is not weak has no questions.
    let r = c.get(&format!("/resume/{id}/rewrite?line=1")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn comments_reach_the_seeker_and_follow_unchanged_lines() {
    let (_dir, target) = db();
    let app = spawn_app(target, config(true)).await;
    for (login, role) in [("sato", "seeker"), ("tanaka", "adviser")] {
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
    app.store.assign_adviser("tanaka", "sato").await.unwrap();
    let mut seeker = app.client();
    seeker.login("sato", PASSWORD).await;
    let mut adviser = app.client();
    adviser.login("tanaka", PASSWORD).await;
    let id = seeker
        .post(
            "/api/v1/documents",
            json!({"label": "4月版", "content": RESUME}),
        )
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    // The footer names who runs the server.
    let home = seeker.get("/").await.text;
    assert!(
        home.contains("このサーバーは運営者が管理しています")
            && !home.contains("このコンピューターの中だけ")
    );
    assert!(!home.contains("新しいコメント"));

    // The adviser's home: the seeker with an uncommented version, and the way to it.
    let home = visible(&adviser.get("/").await.text);
    assert!(
        home.contains("添削待ち") && home.contains("satoさん"),
        "{home}"
    );
    assert!(home.contains("まだコメントしていない職務経歴書の版があります"));
    // A comment button on each non-blank line (no dropdown of lines).
    let page = adviser.get(&format!("/resume/{id}")).await.text;
    assert!(page.contains("<label for=\"c3\">3行目へのコメント</label>"));
    assert!(!page.contains("<select id=\"line\""));
    let token = adviser.csrf.clone().unwrap();
    let keep = RESUME
        .lines()
        .position(|l| l.starts_with("- 見積書のテンプレート"))
        .unwrap()
        + 1;
    let change = RESUME
        .lines()
        .position(|l| l.starts_with("- 新しい請求システム"))
        .unwrap()
        + 1;
    for (line, body) in [
        (keep, "ここは良い実績です"),
        (change, "課題と数字を足しましょう"),
    ] {
        let line = line.to_string();
        let r = adviser
            .form(
                &format!("/resume/{id}/comments"),
                &[("_csrf", &token), ("line", &line), ("body", body)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    }
    // The seeker is told, until they open the résumé.
    let home = visible(&seeker.get("/").await.text);
    assert!(
        home.contains("アドバイザーから新しいコメントが 2 件あります"),
        "{home}"
    );
    assert!(home.contains("tanakaさん"));
    let page = seeker.get(&format!("/resume/{id}")).await.text;
    assert!(page.contains("ここは良い実績です"));
    assert!(!visible(&seeker.get("/").await.text).contains("新しいコメント"));

    // A new version: the comment on the unchanged line follows it, the other is shown as on
    // an earlier version.
    let edited = RESUME.replace(
        "新しい請求システムへの移行を提案した。",
        "新しい請求システムへの移行を提案し、導入した。",
    );
    let new_id = seeker
        .post(
            "/api/v1/documents",
            json!({"label": "5月版", "content": edited}),
        )
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let page = seeker.get(&format!("/resume/{new_id}")).await.text;
    let line_block = page
        .split(&format!("id=\"L{keep}\""))
        .nth(1)
        .unwrap()
        .split("</li>")
        .next()
        .unwrap();
    assert!(line_block.contains("ここは良い実績です"));
    let earlier = page
        .split("以前の版へのコメント")
        .nth(1)
        .expect("earlier section");
    assert!(earlier.contains("課題と数字を足しましょう") && earlier.contains("4月版"));
    // The adviser compares the two versions of the seeker's (the list's form names the seeker).
    let me = seeker.get("/api/v1/me").await.json()["user"]["id"]
        .as_i64()
        .unwrap();
    let list = adviser.get(&format!("/resume?seeker={me}")).await.text;
    assert!(list.contains(&format!("name=\"seeker\" value=\"{me}\"")));
    let cmp = adviser.get(&format!("/resume/compare?seeker={me}")).await;
    assert_eq!(cmp.status, StatusCode::OK);
    assert!(cmp.text.contains("導入した") && cmp.text.contains("class=\"diff-removed\""));
    // The adviser's home sees the new version again.
    let home = visible(&adviser.get("/").await.text);
    assert!(home.contains("5月版"), "{home}");
    // The adviser cannot rewrite or save; the seeker cannot comment.
    let r = adviser
        .get(&format!("/resume/{new_id}/rewrite?line={change}"))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(!page.contains("コメントを残す"));
    app.stop().await;
}
