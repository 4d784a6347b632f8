//! `naitei track` and `naitei diagnose` through the real binary, on SQLite files in temporary
//! folders (and one session on PostgreSQL when `NAITEI_TEST_POSTGRES_URL` is set).

use std::path::PathBuf;
use std::process::{Command, Stdio};

mod common;

use common::{fails, ok};

use serde_json::Value;

struct Db {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Db {
    fn new() -> Db {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("naitei.db");
        Db { _dir: dir, path }
    }
    fn s(&self) -> &str {
        self.path.to_str().unwrap()
    }
    fn file(&self, name: &str, content: &str) -> PathBuf {
        let p = self.path.parent().unwrap().join(name);
        std::fs::write(&p, content).unwrap();
        p
    }
}

fn example_csv() -> PathBuf {
    common::example("applications.csv")
}

fn count(db: &str) -> usize {
    let v: Value = serde_json::from_str(&ok(db, &["track", "list", "--format", "json"])).unwrap();
    v.as_array().unwrap().len()
}

#[test]
fn a_session_add_stage_qa_show_list_diagnose() {
    let db = Db::new();
    let d = db.s();
    let out = ok(
        d,
        &[
            "track",
            "add",
            "株式会社みなと物流",
            "--position",
            "営業事務",
            "--channel",
            "agent:doda",
            "--relation",
            "same-job",
            "--date",
            "令和6年4月1日",
            "--salary",
            "380万",
        ],
    );
    assert!(out.contains("応募 #1 を登録しました"), "{out}");
    ok(
        d,
        &[
            "track",
            "add",
            "さくら商事",
            "--channel",
            "ハローワーク",
            "--relation",
            "未経験",
            "--date",
            "2024/4/3",
        ],
    );

    ok(
        d,
        &[
            "track",
            "stage",
            "1",
            "document",
            "--result",
            "passed",
            "--date",
            "2024-04-08",
        ],
    );
    let out = ok(
        d,
        &[
            "track",
            "stage",
            "1",
            "first",
            "--date",
            "2024-04-15",
            "--time",
            "14:00",
            "--interviewer",
            "人事",
        ],
    );
    assert!(out.contains("一次面接"), "{out}");
    let out = ok(
        d,
        &[
            "track",
            "qa",
            "1",
            "--round",
            "first",
            "-q",
            "転職理由を教えてください",
            "-a",
            "前職では提案の幅が限られていたためです",
            "--memo",
            "数字を入れる",
        ],
    );
    assert!(out.contains("転職理由"), "{out}");
    ok(
        d,
        &[
            "track",
            "stage",
            "1",
            "first",
            "--result",
            "failed",
            "--date",
            "2024-04-20",
        ],
    );

    let show = ok(d, &["track", "show", "1"]);
    for needle in [
        "株式会社みなと物流",
        "2024-04-01  応募",
        "書類選考 通過",
        "一次面接 不合格",
        "2024-04-15 14:00",
        "面接官: 人事",
        "Q1. [転職理由] 転職理由を教えてください",
        "A. 前職では",
        "メモ: 数字を入れる",
        "提示年収: 380万円",
    ] {
        assert!(show.contains(needle), "missing {needle:?} in:\n{show}");
    }

    let list = ok(d, &["track", "list"]);
    assert!(
        list.contains("さくら商事") && list.contains("2 件"),
        "{list}"
    );
    let first_only = ok(d, &["track", "list", "--stage", "first"]);
    assert!(
        first_only.contains("みなと") && !first_only.contains("さくら"),
        "{first_only}"
    );
    let hw = ok(d, &["track", "list", "--channel", "hellowork"]);
    assert!(hw.contains("さくら") && !hw.contains("みなと"), "{hw}");

    let v: Value = serde_json::from_str(&ok(d, &["diagnose", "--format", "json"])).unwrap();
    assert_eq!(v["applications"], 2);
    let doc = &v["stages"][0];
    assert_eq!(
        (
            doc["entered"].as_u64(),
            doc["passed"].as_u64(),
            doc["pending"].as_u64()
        ),
        (Some(2), Some(1), Some(1))
    );
    assert_eq!(v["stages"][1]["failed"], 1);
    assert_eq!(v["stages"][1]["rate"], 0.0);
    assert_eq!(v["stages"][2]["rate"], Value::Null);
    assert_eq!(v["stages"][1]["verdict"], "insufficient");
    assert_eq!(v["bottleneck"], Value::Null);

    let human = ok(d, &["diagnose"]);
    assert!(
        human.contains("ファネル") && human.contains("書類選考") && human.contains("█"),
        "{human}"
    );
    // 0 of 1 at 一次: the words say both — under the band, too few results.
    assert!(
        human.contains("目安（20%〜40%）より低めですが、件数が少なく"),
        "{human}"
    );
}

#[test]
fn diagnose_json_follows_the_spec_and_finds_the_first_interview_bottleneck() {
    let db = Db::new();
    ok(
        db.s(),
        &["track", "import", example_csv().to_str().unwrap()],
    );
    let v: Value = serde_json::from_str(&ok(db.s(), &["diagnose", "--format", "json"])).unwrap();
    assert_eq!(v["applications"], 15);
    let stages: Vec<&str> = v["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["stage"].as_str().unwrap())
        .collect();
    assert_eq!(stages, ["document", "first", "second", "final"]);
    for s in v["stages"].as_array().unwrap() {
        for key in ["entered", "passed", "failed", "pending", "rate", "verdict"] {
            assert!(s.get(key).is_some(), "{key} missing in {s}");
        }
        let r = &s["reference"];
        assert!(
            r["low"].as_f64() < r["typical"].as_f64() && r["typical"].as_f64() < r["high"].as_f64()
        );
    }
    // 12 一次面接 decided, 1 passed: under the band, but a seeker exactly at the band's low end (20%)
    // gets 1 or 0 passes in 12 interviews 27.5% of the time, so the verdict says both: under the
    // band, too few results to be sure (issue 14).
    let first = &v["stages"][1];
    assert_eq!(
        (
            first["entered"].as_u64(),
            first["passed"].as_u64(),
            first["failed"].as_u64(),
            first["pending"].as_u64()
        ),
        (Some(13), Some(1), Some(11), Some(1))
    );
    assert_eq!(first["verdict"], "insufficient");
    assert_eq!(v["bottleneck"], Value::Null);
    let note = first["note"].as_str().unwrap();
    assert!(
        note.contains("低め") && note.contains("件数が少なく"),
        "{note}"
    );
    let advice = v["advice"][0].as_str().unwrap();
    assert!(
        advice.contains("一次面接") && advice.contains("転職理由") && advice.contains("偶然"),
        "{advice}"
    );
    assert!(!v["advice"].to_string().contains("今のやり方で"));
    // A final 不合格 never erases the stages passed: the application that failed 二次 counts as
    // passed at 書類 and 一次.
    assert_eq!(v["stages"][2]["entered"], 1);
    assert_eq!(v["stages"][2]["failed"], 1);
}

#[test]
fn one_channel_only_is_warned_about() {
    let db = Db::new();
    for c in ["A社", "B社", "C社", "D社"] {
        ok(
            db.s(),
            &[
                "track",
                "add",
                c,
                "--channel",
                "hellowork",
                "--relation",
                "same",
            ],
        );
    }
    let v: Value = serde_json::from_str(&ok(db.s(), &["diagnose", "--format", "json"])).unwrap();
    let advice: Vec<&str> = v["advice"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert!(
        advice
            .iter()
            .any(|a| a.contains("すべて「ハローワーク」経由")),
        "{advice:?}"
    );
}

#[test]
fn csv_and_json_exports_round_trip() {
    let db = Db::new();
    ok(
        db.s(),
        &["track", "import", example_csv().to_str().unwrap()],
    );
    ok(
        db.s(),
        &[
            "track",
            "stage",
            "14",
            "first",
            "--result",
            "passed",
            "--date",
            "2024-05-20",
        ],
    );
    ok(
        db.s(),
        &[
            "track",
            "qa",
            "14",
            "--round",
            "second",
            "-q",
            "入社後にやりたいことは？",
            "-a",
            "受注処理の標準化です",
            "--date",
            "2024-05-28",
        ],
    );

    // CSV: import what was exported into an empty database and export again.
    let csv = ok(db.s(), &["track", "export", "--format", "csv"]);
    assert!(
        csv.starts_with("company,position,channel,relation,applied_on,furthest_stage,outcome"),
        "{csv}"
    );
    assert!(csv.contains("agent:doda"), "{csv}");
    let other = Db::new();
    let csv_file = other.file("export.csv", &csv);
    ok(other.s(), &["track", "import", csv_file.to_str().unwrap()]);
    assert_eq!(ok(other.s(), &["track", "export", "--format", "csv"]), csv);

    // JSON: a complete backup, events and Q&A included, restored exactly.
    let json = ok(db.s(), &["track", "export", "--format", "json"]);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["format"], "naitei-backup");
    assert_eq!(v["questions"][0]["answer"], "受注処理の標準化です");
    let restored = Db::new();
    let json_file = restored.file("backup.json", &json);
    ok(
        restored.s(),
        &["track", "import", json_file.to_str().unwrap()],
    );
    assert_eq!(
        ok(restored.s(), &["track", "export", "--format", "json"]),
        json
    );
    // Restoring over existing data needs --replace.
    let err = fails(
        restored.s(),
        &["track", "import", json_file.to_str().unwrap()],
    );
    assert!(err.contains("--replace"), "{err}");
    ok(
        restored.s(),
        &["track", "import", "--replace", json_file.to_str().unwrap()],
    );
    assert_eq!(
        ok(restored.s(), &["track", "export", "--format", "json"]),
        json
    );
}

#[test]
fn an_invalid_csv_row_writes_nothing_and_names_file_line_and_value() {
    let db = Db::new();
    ok(
        db.s(),
        &[
            "track",
            "add",
            "既存の会社",
            "--channel",
            "direct",
            "--relation",
            "same",
        ],
    );
    let before = ok(db.s(), &["track", "export", "--format", "json"]);
    let csv = "company,position,channel,relation,applied_on,furthest_stage,outcome\n\
               A社,事務,hellowork,same,2024-04-01,first,failed\n\
               B社,事務,agent:doda,same-job,2024-04-02,document,pending\n\
               C社,事務,fax,same,2024-04-03,document,failed\n\
               D社,事務,direct,new,2024-04-04,second,failed\n";
    let file = db.file("bad.csv", csv);
    let err = fails(db.s(), &["track", "import", file.to_str().unwrap()]);
    assert!(err.contains("bad.csv"), "{err}");
    assert!(err.contains("4 行目"), "{err}");
    assert!(err.contains("channel") && err.contains("fax"), "{err}");
    assert_eq!(ok(db.s(), &["track", "export", "--format", "json"]), before);

    // Other kinds of bad rows are caught too.
    for (row, needle) in [
        ("E社,事務,direct,same,2024-02-30,first,failed", "applied_on"),
        (
            "E社,事務,direct,same,2024-04-01,third,failed",
            "furthest_stage",
        ),
        ("E社,事務,direct,same,2024-04-01,first,accepted", "outcome"),
        (
            "E社,事務,direct,somewhat,2024-04-01,first,failed",
            "relation",
        ),
    ] {
        let file = db.file(
            "bad2.csv",
            &format!(
                "company,position,channel,relation,applied_on,furthest_stage,outcome\n{row}\n"
            ),
        );
        let err = fails(db.s(), &["track", "import", file.to_str().unwrap()]);
        assert!(
            err.contains("2 行目") && err.contains(needle),
            "{row}: {err}"
        );
    }
    let file = db.file("bad3.csv", "company,channel\nA社,direct\n");
    let err = fails(db.s(), &["track", "import", file.to_str().unwrap()]);
    assert!(
        err.contains("relation") && err.contains("bad3.csv"),
        "{err}"
    );
    assert_eq!(ok(db.s(), &["track", "export", "--format", "json"]), before);
}

#[test]
fn two_processes_importing_at_once_lose_nothing() {
    let db = Db::new();
    ok(db.s(), &["track", "list"]); // create the schema first, as a user's first command would
    let mut csv =
        String::from("company,position,channel,relation,applied_on,furthest_stage,outcome\n");
    for i in 0..400 {
        csv.push_str(&format!(
            "会社{i},事務,direct,same,2024-04-01,document,failed\n"
        ));
    }
    let file = db.file("many.csv", &csv);
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_naitei"))
            .args(["track", "import", file.to_str().unwrap()])
            .env("NAITEI_DB", db.s())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    // A third process adds rows one by one meanwhile.
    for i in 0..5 {
        ok(
            db.s(),
            &[
                "track",
                "add",
                &format!("単独{i}"),
                "--channel",
                "scout",
                "--relation",
                "new",
            ],
        );
    }
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(count(db.s()), 805);
}

#[test]
fn a_corrupt_database_gives_a_clear_message_with_its_path() {
    let db = Db::new();
    std::fs::write(&db.path, "garbage, not SQLite ".repeat(300)).unwrap();
    let err = fails(db.s(), &["track", "list"]);
    assert!(err.contains("エラー:"), "{err}");
    assert!(err.contains(db.s()), "{err}");
    assert!(err.contains("壊れている"), "{err}");
    let err = fails(db.s(), &["diagnose"]);
    assert!(err.contains(db.s()), "{err}");
}

#[test]
fn mistakes_are_explained_in_japanese() {
    let db = Db::new();
    let err = fails(db.s(), &["track", "show", "42"]);
    assert!(err.contains("応募 #42 は登録されていません"), "{err}");
    let err = fails(
        db.s(),
        &[
            "track",
            "add",
            "A社",
            "--channel",
            "fax",
            "--relation",
            "same",
        ],
    );
    assert!(err.contains("応募経路") && err.contains("fax"), "{err}");
    ok(
        db.s(),
        &[
            "track",
            "add",
            "A社",
            "--channel",
            "direct",
            "--relation",
            "same",
        ],
    );
    let err = fails(
        db.s(),
        &["track", "stage", "1", "first", "--result", "accepted"],
    );
    assert!(err.contains("内定"), "{err}");
    let err = fails(
        db.s(),
        &["track", "stage", "1", "first", "--date", "2024-13-01"],
    );
    assert!(err.contains("2024-13-01"), "{err}");
    let missing_dir = db.path.parent().unwrap().join("no/such/dir/x.db");
    let err = fails(missing_dir.to_str().unwrap(), &["track", "list"]);
    assert!(err.contains("フォルダ"), "{err}");
}

#[test]
fn edit_and_remove() {
    let db = Db::new();
    ok(
        db.s(),
        &[
            "track",
            "add",
            "A社",
            "--channel",
            "direct",
            "--relation",
            "same",
        ],
    );
    ok(
        db.s(),
        &[
            "track",
            "edit",
            "1",
            "--company",
            "A株式会社",
            "--channel",
            "agent:マイナビ",
            "--salary",
            "420",
        ],
    );
    let v: Value =
        serde_json::from_str(&ok(db.s(), &["track", "list", "--format", "json"])).unwrap();
    assert_eq!(v[0]["company"], "A株式会社");
    assert_eq!(v[0]["channel_name"], "マイナビ");
    assert_eq!(v[0]["offered_salary"], 420);
    let err = fails(db.s(), &["track", "edit", "1", "--outcome", "accepted"]);
    assert!(err.contains("使えません"), "{err}");

    // Without a terminal to ask on, removing needs --yes.
    let err = fails(db.s(), &["track", "remove", "1"]);
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(count(db.s()), 1);
    ok(db.s(), &["track", "remove", "1", "--yes"]);
    assert_eq!(count(db.s()), 0);
}

#[test]
fn upcoming_interviews_as_agenda_and_icalendar() {
    let db = Db::new();
    ok(
        db.s(),
        &[
            "track",
            "add",
            "みなと物流",
            "--position",
            "営業事務",
            "--channel",
            "direct",
            "--relation",
            "same",
        ],
    );
    ok(
        db.s(),
        &[
            "track",
            "add",
            "さくら商事",
            "--channel",
            "direct",
            "--relation",
            "same",
        ],
    );
    ok(
        db.s(),
        &[
            "track",
            "stage",
            "1",
            "first",
            "--date",
            "2026-12-02",
            "--time",
            "14:00",
            "--place",
            "オンライン",
            "--interviewer",
            "人事",
        ],
    );
    ok(
        db.s(),
        &["track", "stage", "2", "second", "--date", "2026-12-20"],
    );
    ok(
        db.s(),
        &[
            "track",
            "stage",
            "2",
            "first",
            "--result",
            "passed",
            "--date",
            "2026-11-20",
        ],
    );

    let agenda = ok(db.s(), &["track", "agenda", "--today", "2026-11-30"]);
    assert!(
        agenda.contains("2026-12-02（水）14:00 一次面接: みなと物流・営業事務"),
        "{agenda}"
    );
    assert!(!agenda.contains("2026-12-20"), "{agenda}");
    assert!(agenda.contains("選考中の応募: 2 件"), "{agenda}");

    let ics = ok(db.s(), &["track", "ics", "--today", "2026-11-30"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2, "{ics}");
    assert!(
        ics.contains("DTSTART;TZID=Asia/Tokyo:20261202T140000"),
        "{ics}"
    );
    assert!(
        ics.contains("DTEND;TZID=Asia/Tokyo:20261202T150000"),
        "{ics}"
    );
    assert!(ics.contains("DTSTART;VALUE=DATE:20261220"), "{ics}");
    assert!(
        ics.contains("SUMMARY:一次面接: みなと物流・営業事務"),
        "{ics}"
    );
    assert!(ics.contains("LOCATION:オンライン"), "{ics}");
    // Same data, same file.
    assert_eq!(ok(db.s(), &["track", "ics", "--today", "2026-11-30"]), ics);
    let later = ok(db.s(), &["track", "ics", "--today", "2026-12-10"]);
    assert_eq!(later.matches("BEGIN:VEVENT").count(), 1, "{later}");

    // A next step with a date is in the calendar too; without a date, or cleared, it is not.
    let out = ok(
        db.s(),
        &[
            "track",
            "next",
            "1",
            "お礼のメールを送る",
            "--date",
            "2026-12-03",
        ],
    );
    assert!(
        out.contains("お礼のメールを送る（2026-12-03 まで）"),
        "{out}"
    );
    let ics = ok(db.s(), &["track", "ics", "--today", "2026-11-30"]);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3, "{ics}");
    assert!(
        ics.contains("SUMMARY:みなと物流: お礼のメールを送る"),
        "{ics}"
    );
    assert!(ics.contains("DTSTART;VALUE=DATE:20261203"), "{ics}");
    ok(db.s(), &["track", "next", "1"]);
    let ics = ok(db.s(), &["track", "ics", "--today", "2026-11-30"]);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2, "{ics}");
}

#[test]
fn the_same_session_works_on_postgresql() {
    naitei_store::testing::with_postgres("the_same_session_works_on_postgresql", |db| {
        let db = db.to_owned();
        ok(&db, &["track", "import", example_csv().to_str().unwrap()]);
        ok(
            &db,
            &[
                "track",
                "qa",
                "14",
                "--round",
                "first",
                "-q",
                "自己紹介をお願いします",
                "-a",
                "事務を8年…",
            ],
        );
        let v: Value = serde_json::from_str(&ok(&db, &["diagnose", "--format", "json"])).unwrap();
        assert_eq!(v["stages"][1]["verdict"], "insufficient");
        assert_eq!(v["stages"][1]["failed"], 11);
        let json = ok(&db, &["track", "export", "--format", "json"]);
        let sqlite = Db::new();
        let file = sqlite.file("pg.json", &json);
        ok(sqlite.s(), &["track", "import", file.to_str().unwrap()]);
        assert_eq!(
            ok(sqlite.s(), &["track", "export", "--format", "json"]),
            json
        );
        let err = fails(&db, &["track", "import", sqlite.file("bad.csv", "company,position,channel,relation,applied_on,furthest_stage,outcome\nA,B,direct,same,2024-01-01,first,failed\nA,B,direct,same,2024-01-01,first,maybe\n").to_str().unwrap()]);
        assert!(err.contains("3 行目"), "{err}");
        assert_eq!(count(&db), 15);
    });
}

#[test]
fn the_default_database_is_in_the_xdg_data_directory() {
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_naitei"))
        .args([
            "track",
            "add",
            "A社",
            "--channel",
            "direct",
            "--relation",
            "same",
        ])
        .env_remove("NAITEI_DB")
        .env("XDG_DATA_HOME", home.path())
        .env("HOME", home.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = home.path().join("naitei/naitei.db");
    assert!(file.is_file(), "no database at {}", file.display());
    assert_eq!(count(file.to_str().unwrap()), 1);
}

#[test]
fn resume_versions_are_kept_and_backed_up() {
    let db = Db::new();
    ok(
        db.s(),
        &[
            "track",
            "add",
            "A社",
            "--channel",
            "direct",
            "--relation",
            "same",
        ],
    );
    let resume = db.file(
        "職務経歴書.md",
        "# 職務経歴書\n- 受注処理を自動化し月20時間削減\n",
    );
    let out = ok(
        db.s(),
        &[
            "track",
            "doc",
            "add",
            resume.to_str().unwrap(),
            "--label",
            "v2 営業向け",
            "--application",
            "1",
            "--date",
            "2024-04-01",
        ],
    );
    assert!(out.contains("v2 営業向け"), "{out}");
    let list = ok(db.s(), &["track", "doc", "list"]);
    assert!(
        list.contains("2024-04-01") && list.contains("v2 営業向け") && list.contains("#1"),
        "{list}"
    );
    let v: Value =
        serde_json::from_str(&ok(db.s(), &["track", "export", "--format", "json"])).unwrap();
    assert_eq!(
        v["documents"][0]["content"],
        "# 職務経歴書\n- 受注処理を自動化し月20時間削減\n"
    );
    let err = fails(
        db.s(),
        &[
            "track",
            "doc",
            "add",
            resume.to_str().unwrap(),
            "--application",
            "9",
        ],
    );
    assert!(err.contains("#9"), "{err}");
}

#[test]
fn a_locked_database_gives_a_clear_message_with_its_path() {
    let db = Db::new();
    ok(
        db.s(),
        &[
            "track",
            "add",
            "A社",
            "--channel",
            "direct",
            "--relation",
            "same",
        ],
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let out = rt.block_on(async {
        // Another program holds the write lock: an open exclusive transaction.
        let store = naitei_store::Store::open(&naitei_store::Target::SqliteFile(db.path.clone()))
            .await
            .unwrap();
        let tx = store.pool().begin_with("BEGIN EXCLUSIVE").await.unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_naitei"))
            .args([
                "track",
                "add",
                "B社",
                "--channel",
                "direct",
                "--relation",
                "same",
            ])
            .env("NAITEI_DB", db.s())
            .env("NAITEI_BUSY_TIMEOUT_MS", "300")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        tx.rollback().await.unwrap();
        store.close().await;
        out
    });
    // A locked database is not an input error: exit 3 (README).
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains(db.s()) && err.contains("使用中"), "{err}");
    // Once the lock is gone, writing works, and nothing was half-written before.
    assert_eq!(count(db.s()), 1);
    ok(
        db.s(),
        &[
            "track",
            "add",
            "B社",
            "--channel",
            "direct",
            "--relation",
            "same",
        ],
    );
    assert_eq!(count(db.s()), 2);
}

/// A company with no 二次面接 (書類 → 一次 → 最終): its 二次 is counted as skipped, not as passed, in
/// the diagnosis of the stored applications (issue 14).
#[test]
fn a_company_without_a_second_interview_is_not_counted_as_passing_it() {
    let db = Db::new();
    for company in ["A社", "B社"] {
        ok(
            db.s(),
            &[
                "track",
                "add",
                company,
                "--channel",
                "direct",
                "--relation",
                "same",
            ],
        );
    }
    // A社: 書類 → 一次 → 最終 (no 二次), failed at 最終. B社: every stage up to 二次, failed there.
    for (id, stage, result) in [
        ("1", "document", "passed"),
        ("1", "first", "passed"),
        ("1", "final", "failed"),
        ("2", "document", "passed"),
        ("2", "first", "passed"),
        ("2", "second", "failed"),
    ] {
        ok(
            db.s(),
            &[
                "track",
                "stage",
                id,
                stage,
                "--result",
                result,
                "--date",
                "2026-10-01",
            ],
        );
    }
    let v: Value = serde_json::from_str(&ok(db.s(), &["diagnose", "--format", "json"])).unwrap();
    let second = v["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["stage"] == "second")
        .unwrap()
        .clone();
    assert_eq!(second["skipped"], 1, "{second}");
    assert_eq!(second["passed"], 0, "{second}");
    assert_eq!(second["failed"], 1, "{second}");
    let fin = v["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["stage"] == "final")
        .unwrap()
        .clone();
    assert_eq!(fin["entered"], 1, "{fin}");
    assert_eq!(fin["failed"], 1, "{fin}");
}
