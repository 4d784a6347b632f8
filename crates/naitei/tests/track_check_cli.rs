//! `naitei track check`: consistency between the rounds of one application and the résumé
//! (issue 4, point 4), through the real binary on a fresh SQLite file.

mod common;

use serde_json::Value;

fn naitei(db: &str) -> assert_cmd::Command {
    let mut c = common::bin_at_root();
    c.env("NAITEI_DB", db);
    c
}

fn ok(db: &str, args: &[&str]) {
    let out = naitei(db).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn finds_conflicts_between_rounds_and_with_the_resume() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let db = db.to_str().unwrap();
    ok(
        db,
        &[
            "track",
            "add",
            "株式会社みなと商事",
            "--position",
            "営業事務",
            "--channel",
            "direct",
            "--relation",
            "same",
            "--date",
            "2026-10-01",
        ],
    );
    ok(
        db,
        &[
            "track",
            "qa",
            "1",
            "--round",
            "first",
            "-q",
            "実績は？",
            "-a",
            "受注入力のミスを月12件から2件に減らしました。",
        ],
    );
    ok(
        db,
        &[
            "track",
            "qa",
            "1",
            "--round",
            "second",
            "-q",
            "成果は？",
            "-a",
            "受注入力のミスを月12件から2件まで減らしました。",
        ],
    );
    // Consistent so far: a paraphrase with the same numbers.
    let out = naitei(db)
        .args(["track", "check", "1", "--json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    ok(
        db,
        &[
            "track",
            "qa",
            "1",
            "--round",
            "second",
            "-q",
            "在籍期間は？",
            "-a",
            "前職には4年ほど勤めました。",
        ],
    );
    ok(
        db,
        &[
            "track",
            "doc",
            "add",
            "examples/resume.md",
            "--kind",
            "resume",
        ],
    );
    let out = naitei(db)
        .args(["track", "check", "1", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["consistent"], false);
    let checks = v["checks"].as_array().unwrap();
    let resume_checks: Vec<&Value> = checks
        .iter()
        .filter(|c| c["first"].as_str().unwrap().starts_with("職務経歴書"))
        .collect();
    assert_eq!(
        resume_checks.len(),
        2,
        "the saved résumé is compared with each round"
    );
    let kinds: Vec<&str> = resume_checks
        .iter()
        .flat_map(|c| c["conflicts"].as_array().unwrap())
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"date"),
        "résumé says 2017年4月〜2023年3月 (6 years), the answer 4年: {kinds:?}"
    );
    let human = naitei(db).args(["track", "check", "1"]).output().unwrap();
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(text.contains("「在籍期間は？」への回答"), "{text}");
}

#[test]
fn unknown_application_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let out = naitei(db.to_str().unwrap())
        .args(["track", "check", "42"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("42"));
}
