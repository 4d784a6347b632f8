//! `naitei goals` through the real binary: the SPEC JSON on the README's résumé, the section in
//! `naitei plan`, and the save → record → draft flow on SQLite (and PostgreSQL when
//! `NAITEI_TEST_POSTGRES_URL` is set), ending with the drafted line passing `naitei review`.

use std::path::Path;
use std::process::Command;

mod common;

use common::{example, fails, naitei, ok};

use serde_json::Value;

fn resume() -> String {
    example("resume.md").to_str().unwrap().to_string()
}

/// No tracker database: a file that does not exist (a report never creates it).
fn no_db(dir: &tempfile::TempDir) -> String {
    dir.path().join("none.db").display().to_string()
}

#[test]
fn spec_json_for_the_readme_resume() {
    let dir = tempfile::tempdir().unwrap();
    // With NAITEI_DB unset and no default database, no tracker is read.
    let out = Command::new(env!("CARGO_BIN_EXE_naitei"))
        .args([
            "goals",
            "--resume",
            &resume(),
            "--today",
            "2026-11-21",
            "--format",
            "json",
        ])
        .env_remove("NAITEI_DB")
        .env("XDG_DATA_HOME", dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["recommendation"], "apply-while-building");
    let reasons = v["reasons"].as_array().unwrap();
    assert!(reasons.len() >= 3);
    assert!(
        reasons
            .iter()
            .any(|r| r.as_str().unwrap().contains("契約社員"))
    );
    let goals = v["goals"].as_array().unwrap();
    for line in [31, 32, 33] {
        let n = goals.iter().filter(|g| g["line"] == line).count();
        assert!(n >= 2, "line {line}: {n}");
    }
    for g in goals {
        for key in ["metric", "baseline", "target", "deadline", "action"] {
            assert!(g[key].as_str().is_some_and(|s| !s.is_empty()), "{key}: {g}");
        }
        assert!(g["line"].as_u64().is_some());
    }
    assert_eq!(goals[0]["deadline"], "2027-01-16");
    // Nothing was created in the data directory.
    assert!(!dir.path().join("naitei").exists());
}

#[test]
fn human_output_is_stable() {
    let dir = tempfile::tempdir().unwrap();
    let out = ok(
        &no_db(&dir),
        &[
            "goals",
            "--resume",
            "../../examples/resume.md",
            "--today",
            "2026-11-21",
        ],
    );
    insta::assert_snapshot!("goals_human", out);
}

#[test]
fn a_profile_past_its_leaving_date_means_apply_now() {
    let dir = tempfile::tempdir().unwrap();
    let db = no_db(&dir);
    let profile = example("profile.toml");
    let v: Value = serde_json::from_str(&ok(
        &db,
        &[
            "goals",
            "--resume",
            &resume(),
            "--profile",
            profile.to_str().unwrap(),
            "--today",
            "2026-11-21",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(v["recommendation"], "apply-now");
    assert!(v["reasons"][0].as_str().unwrap().contains("2026-09-30"));
    assert!(
        !Path::new(&db).exists(),
        "a report must not create the database"
    );
}

#[test]
fn plan_gets_a_stay_or_go_section_only_with_a_resume() {
    let dir = tempfile::tempdir().unwrap();
    let db = no_db(&dir);
    let profile = example("profile.toml");
    let base = [
        "plan",
        "--profile",
        profile.to_str().unwrap(),
        "--today",
        "2026-11-21",
        "--format",
        "json",
    ];
    let plain: Value = serde_json::from_str(&ok(&db, &base)).unwrap();
    assert!(plain.get("stay_or_go").is_none());
    let mut with = base.to_vec();
    let r = resume();
    with.extend(["--resume", r.as_str()]);
    let v: Value = serde_json::from_str(&ok(&db, &with)).unwrap();
    // The plan's own fields are unchanged.
    for key in ["benefit", "salary", "weekly_target", "actions"] {
        assert_eq!(v[key], plain[key], "{key}");
    }
    assert_eq!(v["stay_or_go"]["recommendation"], "apply-now");
    // The résumé lists only duties in the current job: the plan has goals for every one.
    let goals = v["stay_or_go"]["goals"].as_array().unwrap();
    for line in [31, 32, 33] {
        assert!(
            goals.iter().filter(|g| g["line"] == line).count() >= 2,
            "line {line}"
        );
    }
    // The profile can name the résumé itself, relative to the profile file.
    let text = std::fs::read_to_string(&profile).unwrap()
        + &format!("resume = \"{}\"\n", r.replace('\\', "/"));
    let own = dir.path().join("profile.toml");
    std::fs::write(&own, text).unwrap();
    let v: Value = serde_json::from_str(&ok(
        &db,
        &[
            "plan",
            "--profile",
            own.to_str().unwrap(),
            "--today",
            "2026-11-21",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(v["stay_or_go"]["recommendation"], "apply-now");
    let human = ok(
        &db,
        &[
            "plan",
            "--profile",
            own.to_str().unwrap(),
            "--today",
            "2026-11-21",
        ],
    );
    assert!(
        human.contains("今の職場に残るか、応募を進めるか（助言）"),
        "{human}"
    );
}

#[test]
fn bad_input_is_named_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db").display().to_string();
    let err = fails(&db, &["goals", "--resume", "nothing-here.md"]);
    assert!(err.contains("nothing-here.md"), "{err}");
    let err = fails(&db, &["goals"]);
    assert!(err.contains("--resume"), "{err}");
    let bad_profile = dir.path().join("p.toml");
    std::fs::write(&bad_profile, "birth_date = 1990-01-01\n").unwrap();
    let err = fails(
        &db,
        &[
            "goals",
            "--resume",
            &resume(),
            "--profile",
            bad_profile.to_str().unwrap(),
        ],
    );
    assert!(
        err.contains("p.toml") && err.contains("leaving_date"),
        "{err}"
    );
    let err = fails(
        &db,
        &["goals", "save", "--resume", &resume(), "--line", "22"],
    );
    assert!(
        err.contains("22行目") && err.contains("31, 32, 33"),
        "{err}"
    );
    let err = fails(
        &db,
        &[
            "goals",
            "save",
            "--resume",
            &resume(),
            "--line",
            "31",
            "--metric",
            "sales",
        ],
    );
    assert!(err.contains("time, errors, cost"), "{err}");
    // Nothing was saved by the failed commands.
    let list: Value =
        serde_json::from_str(&ok(&db, &["goals", "list", "--format", "json"])).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 0);
    let err = fails(&db, &["goals", "record", "3", "--result", "1"]);
    assert!(err.contains("#3"), "{err}");
}

/// save → record baseline → draft refused → record result → draft → the line passes review.
fn record_and_draft_session(db: &str) {
    let r = resume();
    let saved = ok(
        db,
        &[
            "goals",
            "save",
            "--resume",
            &r,
            "--line",
            "31",
            "--today",
            "2026-11-21",
        ],
    );
    assert_eq!(saved.matches("を保存しました").count(), 3, "{saved}");
    let list: Value =
        serde_json::from_str(&ok(db, &["goals", "list", "--format", "json"])).unwrap();
    let errors = list
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["metric"] == "errors")
        .unwrap();
    let id = errors["id"].as_i64().unwrap().to_string();
    ok(
        db,
        &[
            "goals",
            "record",
            &id,
            "--baseline",
            "８",
            "--on",
            "2026-11-24",
        ],
    );
    let err = fails(db, &["goals", "draft", &id]);
    assert!(err.contains("結果がまだありません"), "{err}");
    // A result that is no better is not drafted as an achievement.
    ok(
        db,
        &[
            "goals",
            "record",
            &id,
            "--result",
            "9",
            "--on",
            "2026-12-20",
        ],
    );
    let err = fails(db, &["goals", "draft", &id]);
    assert!(err.contains("良くなっていません"), "{err}");
    ok(
        db,
        &[
            "goals",
            "record",
            &id,
            "--result",
            "1",
            "--on",
            "2027-02-10",
        ],
    );
    let draft: Value =
        serde_json::from_str(&ok(db, &["goals", "draft", &id, "--format", "json"])).unwrap();
    assert_eq!(draft["review_ok"], true);
    assert_eq!(draft["improvement_percent"], 87.5);
    let line = draft["line"].as_str().unwrap();
    assert!(line.contains("月8件") && line.contains("月1件"), "{line}");

    // The drafted line, added to the current job of the résumé, passes `naitei review`.
    let text = std::fs::read_to_string(&r).unwrap().replace(
        "- 倉庫スタッフ20名の勤怠管理を行う。\n",
        &format!("- 倉庫スタッフ20名の勤怠管理を行う。\n- {line}\n"),
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("resume.md");
    std::fs::write(&file, &text).unwrap();
    let out = naitei(db, &["review", file.to_str().unwrap(), "--format", "json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let item = v["files"][0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["text"] == line)
        .unwrap()
        .clone();
    assert_eq!(
        (
            item["problem"].clone(),
            item["action"].clone(),
            item["result"].clone()
        ),
        (Value::Bool(true), Value::Bool(true), Value::Bool(true))
    );
    let at_line = item["line"].as_u64().unwrap();
    let achievement: Vec<_> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["line"] == at_line && d["rule"].as_str().unwrap().starts_with("achievement-"))
        .collect();
    assert!(achievement.is_empty(), "{achievement:?}");

    // The goals and their measurements are in the JSON backup and come back from it.
    let backup = ok(db, &["track", "export", "--format", "json"]);
    let b: Value = serde_json::from_str(&backup).unwrap();
    assert_eq!(b["goals"].as_array().unwrap().len(), 3);
    assert_eq!(b["goal_measurements"].as_array().unwrap().len(), 3);
    let other = dir.path().join("other.db").display().to_string();
    let file = dir.path().join("backup.json");
    std::fs::write(&file, &backup).unwrap();
    ok(&other, &["track", "import", file.to_str().unwrap()]);
    assert_eq!(ok(&other, &["track", "export", "--format", "json"]), backup);

    ok(db, &["goals", "remove", &id]);
    let list: Value =
        serde_json::from_str(&ok(db, &["goals", "list", "--format", "json"])).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2);
}

#[test]
fn record_and_draft_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    record_and_draft_session(&dir.path().join("naitei.db").display().to_string());
}

#[test]
fn record_and_draft_on_postgresql() {
    naitei_store::testing::with_postgres(
        "record_and_draft_on_postgresql",
        record_and_draft_session,
    );
}

#[test]
fn the_tracker_funnel_is_one_of_the_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("naitei.db").display().to_string();
    let csv = example("applications.csv");
    ok(&db, &["track", "import", csv.to_str().unwrap()]);
    let v: Value = serde_json::from_str(&ok(
        &db,
        &[
            "goals",
            "--resume",
            &resume(),
            "--today",
            "2026-11-21",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    let reasons: Vec<&str> = v["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    let funnel = reasons
        .iter()
        .find(|r| r.starts_with("応募の記録"))
        .unwrap();
    assert!(funnel.contains("社に応募"), "{funnel}");
}
