//! CLI tests for `naitei plan` and `naitei offer`: the JSON fields for every row of the benefit
//! tables (REFERENCE.md §3, written out here independently of the core's data), the other output
//! formats, and bad input → exit 2 with the field named.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Writes `content` to a fresh file under Cargo's per-test temporary directory.
fn temp_file(name: &str, content: &str) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("plan_cli_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{n}_{name}"));
    std::fs::write(&path, content).unwrap();
    path
}

fn naitei(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_naitei"))
        .args(args)
        .output()
        .expect("run naitei")
}

fn plan_json(profile: &str, today: &str) -> Value {
    let path = temp_file("profile.toml", profile);
    let out = naitei(&[
        "plan",
        "--profile",
        path.to_str().unwrap(),
        "--today",
        today,
        "--format",
        "json",
    ]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

/// A profile aged `age` on `leaving` (born on the 1st of the leaving month).
fn profile(age: i32, leaving: &str, insured: f64, reason: &str, extra: &str) -> String {
    let (year, rest) = leaving.split_at(4);
    let birth_year: i32 = year.parse::<i32>().unwrap() - age;
    let month = &rest[1..3];
    format!(
        "birth_date = {birth_year}-{month}-01\nleaving_date = {leaving}\ninsured_years = {insured:?}\nleaving_reason = \"{reason}\"\n{extra}"
    )
}

#[test]
fn specific_table_every_row() {
    // (age, [<1, 1–5, 5–10, 10–20, ≥20]) — REFERENCE.md §3 as corrected 2026-11-30, 特定受給資格者
    // (雇用保険法 第22条・第23条).
    let table: [(i32, [Option<u32>; 5]); 5] = [
        (25, [Some(90), Some(90), Some(120), Some(180), None]),
        (32, [Some(90), Some(120), Some(180), Some(210), None]),
        (40, [Some(90), Some(150), Some(180), Some(240), Some(270)]),
        (50, [Some(90), Some(180), Some(240), Some(270), Some(330)]),
        (62, [Some(90), Some(150), Some(180), Some(210), Some(240)]),
    ];
    let insured = [0.5, 2.0, 6.0, 12.0, 22.0];
    for (age, row) in table {
        for (column, want) in row.iter().enumerate() {
            let Some(want) = want else { continue };
            if insured[column] > f64::from(age - 15) {
                continue;
            }
            let json = plan_json(
                &profile(age, "2026-06-30", insured[column], "company", ""),
                "2026-07-10",
            );
            let b = &json["benefit"];
            assert_eq!(b["eligible"], true, "age {age} column {column}");
            assert_eq!(b["category"], "specific");
            assert_eq!(b["days"], *want, "age {age}, {} years", insured[column]);
            assert_eq!(b["restriction_months"], 0);
            let end = match want {
                330 => "2027-07-30",
                _ => "2027-06-30",
            };
            assert_eq!(b["receipt_period_end"], end, "age {age}, days {want}");
        }
    }
    // The 30–34 "≥ 20 years" cell needs someone who started at 14 or younger: checked at age 35 instead.
    let json = plan_json(
        &profile(35, "2026-06-30", 20.0, "company", ""),
        "2026-07-10",
    );
    assert_eq!(json["benefit"]["days"], 270);
}

#[test]
fn general_table_every_row_and_restriction() {
    let rows = [(3.0, 90), (7.0, 90), (15.0, 120), (25.0, 150)];
    let reasons = [("self", 1), ("contract_end", 0), ("retirement", 0)];
    for (insured, want) in rows {
        for (reason, months) in reasons {
            let age = if reason == "retirement" { 60 } else { 48 };
            let json = plan_json(
                &profile(age, "2026-06-30", insured, reason, ""),
                "2026-07-10",
            );
            let b = &json["benefit"];
            assert_eq!(b["eligible"], true);
            assert_eq!(b["category"], "general", "{reason}");
            assert_eq!(b["days"], want, "{reason}, {insured} years");
            assert_eq!(b["restriction_months"], months, "{reason}");
            assert_eq!(b["receipt_period_end"], "2027-06-30");
        }
    }
    let json = plan_json(&profile(48, "2026-06-30", 0.99, "self", ""), "2026-07-10");
    assert_eq!(json["benefit"]["eligible"], false);
    assert_eq!(json["benefit"]["days"], 0);
}

#[test]
fn restriction_boundaries_by_leaving_date() {
    let cases = [
        ("2020-09-30", 0, 3),
        ("2020-10-01", 0, 2),
        ("2025-03-31", 0, 2),
        ("2025-03-31", 2, 3),
        ("2025-04-01", 0, 1),
        ("2025-04-01", 2, 3),
    ];
    for (leaving, prior, want) in cases {
        let extra = format!("prior_self_quits_5y = {prior}");
        let json = plan_json(&profile(40, leaving, 5.0, "self", &extra), "2026-11-21");
        assert_eq!(
            json["benefit"]["restriction_months"], want,
            "leaving {leaving}, prior {prior}"
        );
    }
}

#[test]
fn the_2017_cell_and_hard_to_employ_extension() {
    // The 2017 revision changed the 1–5 years cell of 30–44 (90 → 120 / 150), not the < 1 year one.
    let json = plan_json(&profile(32, "2017-03-31", 3.0, "company", ""), "2017-04-05");
    assert_eq!(json["benefit"]["days"], 90);
    let json = plan_json(&profile(32, "2017-04-01", 3.0, "company", ""), "2017-04-05");
    assert_eq!(json["benefit"]["days"], 120);
    let json = plan_json(&profile(32, "2017-04-01", 0.5, "company", ""), "2017-04-05");
    assert_eq!(json["benefit"]["days"], 90);
    let json = plan_json(
        &profile(50, "2026-06-30", 3.0, "self", "hard_to_employ = true"),
        "2026-07-10",
    );
    assert_eq!(json["benefit"]["days"], 360);
    assert_eq!(json["benefit"]["receipt_period_end"], "2027-08-29");
}

#[test]
fn json_has_all_sections_and_a_consistent_calendar() {
    let json = plan_json(
        &profile(
            49,
            "2026-09-30",
            25.0,
            "self",
            "claim_date = 2026-10-05\ncurrent_salary = \"450万円\"\ndesired_salary = 4500000\ntarget_relation = \"new\"",
        ),
        "2026-11-21",
    );
    let b = &json["benefit"];
    assert_eq!(b["waiting_end"], "2026-10-11");
    assert_eq!(b["restriction_end"], "2026-11-11");
    assert_eq!(b["last_payment_date"], "2027-04-10");
    assert_eq!(b["reemployment"][0]["rate_percent"], 70);
    assert_eq!(b["reemployment_70_until"], "2027-01-01");
    assert_eq!(b["reemployment_60_until"], "2027-02-20");
    assert_eq!(b["days_left"], 141);
    assert_eq!(json["salary"]["strategy"], "lateral-slide");
    assert_eq!(json["salary"]["relation"], "new");
    let w = &json["weekly_target"];
    let per_week = w["per_week"].as_u64().unwrap();
    let weeks = w["weeks"].as_u64().unwrap();
    assert!(per_week * weeks >= w["total_applications"].as_u64().unwrap());
    assert_eq!(w["deadline"], "2027-04-10");
    assert!(w["method"].as_str().unwrap().contains("ベータ分布"));
    let items = json["actions"]["items"].as_array().unwrap();
    assert!(items.iter().any(|i| i["kind"] == "register"));
    assert!(items.iter().any(|i| i["kind"] == "hiring-peak"));
}

#[test]
fn funnel_file_changes_the_target() {
    let profile_text = profile(49, "2026-09-30", 25.0, "self", "claim_date = 2026-10-05");
    let path = temp_file("profile.toml", &profile_text);
    let good = temp_file(
        "good.json",
        r#"{"stages": [[20, 40], [10, 20], [5, 10], [3, 5]]}"#,
    );
    let out = naitei(&[
        "plan",
        "--profile",
        path.to_str().unwrap(),
        "--today",
        "2026-11-21",
        "--format",
        "json",
        "--funnel",
        good.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["weekly_target"]["uses_own_funnel"], true);
    assert!(
        json["weekly_target"]["total_applications"]
            .as_u64()
            .unwrap()
            < 89
    );

    let bad = temp_file(
        "bad.json",
        r#"{"stages": [[5, 4], [0, 0], [0, 0], [0, 0]]}"#,
    );
    let out = naitei(&[
        "plan",
        "--profile",
        path.to_str().unwrap(),
        "--funnel",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("書類選考"));
}

#[test]
fn human_markdown_and_ics() {
    let path = temp_file(
        "profile.toml",
        &profile(49, "2026-09-30", 25.0, "self", "claim_date = 2026-10-05"),
    );
    let ics = temp_file("plan.ics", "");
    let human = naitei(&[
        "plan",
        "--profile",
        path.to_str().unwrap(),
        "--today",
        "2026-11-21",
    ]);
    assert!(human.status.success());
    let text = String::from_utf8(human.stdout).unwrap();
    for heading in [
        "要点",
        "今週やること",
        "失業給付",
        "所定給付日数",
        "年収の見通し",
        "週の応募目標",
        "予定表",
        "登録先",
    ] {
        assert!(text.contains(heading), "human output lacks {heading}");
    }
    let md = naitei(&[
        "plan",
        "--profile",
        path.to_str().unwrap(),
        "--today",
        "2026-11-21",
        "--format",
        "markdown",
        "--ics",
        ics.to_str().unwrap(),
    ]);
    assert!(md.status.success());
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# "));
    assert!(md.contains("\n## 予定表") && md.contains("| 日付 |"));

    let json = plan_json(
        &profile(49, "2026-09-30", 25.0, "self", "claim_date = 2026-10-05"),
        "2026-11-21",
    );
    let items = json["actions"]["items"].as_array().unwrap().len();
    let calendar = std::fs::read_to_string(&ics).unwrap();
    assert!(calendar.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(calendar.matches("BEGIN:VEVENT").count(), items);
    assert!(calendar.contains("DTSTAMP:20261121T000000Z"));
    // RFC 5545 §3.1: content lines are folded at 75 octets.
    assert!(calendar.split("\r\n").all(|line| line.len() <= 75));
    // Same input, same file.
    let again = temp_file("again.ics", "");
    naitei(&[
        "plan",
        "--profile",
        path.to_str().unwrap(),
        "--today",
        "2026-11-21",
        "--ics",
        again.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read_to_string(&again).unwrap(), calendar);
}

#[test]
fn bad_profiles_exit_2_naming_the_field() {
    let cases = [
        (
            "birth_date = 1980-01-01\nleaving_date = 1979-01-01\ninsured_years = 1\nleaving_reason = \"self\"",
            "leaving_date",
        ),
        (
            "birth_date = 1980-01-01\nleaving_date = 2026-01-01\ninsured_years = -3\nleaving_reason = \"self\"",
            "insured_years",
        ),
        (
            "birth_date = 1980-01-01\nleaving_date = 2026-01-01\ninsured_years = 3\nleaving_reason = \"fired\"",
            "leaving_reason",
        ),
        (
            "birth_date = 1980-01-01\nleaving_date = 2026-01-01\ninsured_years = 3",
            "leaving_reason",
        ),
        (
            "birth_date = \"昨日\"\nleaving_date = 2026-01-01\ninsured_years = 3\nleaving_reason = \"self\"",
            "birth_date",
        ),
        ("this is not toml", "TOML"),
        (
            "birth_date = 1980-01-01\nleaving_date = 2026-01-01\ninsured_years = 3\nleaving_reason = \"self\"\ncurrent_salary = 9223372036854775807",
            "current_salary",
        ),
        (
            "birth_date = 1980-01-01\nleaving_date = 2026-01-01\ninsured_years = 3\nleaving_reason = \"self\"\nmonthly_wage = \"99999999999999万円\"",
            "monthly_wage",
        ),
    ];
    for (text, field) in cases {
        let path = temp_file("bad.toml", text);
        let out = naitei(&[
            "plan",
            "--profile",
            path.to_str().unwrap(),
            "--today",
            "2026-11-21",
            "--format",
            "json",
        ]);
        assert_eq!(out.status.code(), Some(2), "{text}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("エラー") && stderr.contains(field),
            "{stderr} should name {field}"
        );
        assert!(out.stdout.is_empty());
    }
    let out = naitei(&["plan", "--profile", "/nonexistent/profile.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/profile.toml"));
    let ok = temp_file("ok.toml", &profile(40, "2026-06-30", 5.0, "self", ""));
    let out = naitei(&[
        "plan",
        "--profile",
        ok.to_str().unwrap(),
        "--today",
        "someday",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--today"));
}

fn offer_json(offers: &str, args: &[&str]) -> Value {
    let path = temp_file("offers.toml", offers);
    let mut all = vec!["offer", path.to_str().unwrap(), "--format", "json"];
    all.extend_from_slice(args);
    let out = naitei(&all);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn offer_annual_income_and_hourly_with_and_without_fixed_overtime() {
    let json = offer_json(
        "[[offer]]\nname = \"固定残業あり\"\nmonthly_salary = 300000\nbonus_months = 2\nfixed_overtime_hours = 20\nfixed_overtime_pay = 40000\nannual_holidays = 120\n\
         [[offer]]\nname = \"固定残業なし\"\nmonthly_salary = 300000\nbonus_months = 2\nannual_holidays = 120\n",
        &["--current-salary", "450万円"],
    );
    let with = &json["offers"][0];
    let without = &json["offers"][1];
    // Bonus months are counted on 基本給 (月給 − 固定残業代 = 260,000), not on 月給.
    assert_eq!(with["annual_income"], 300_000 * 12 + 260_000 * 2);
    assert_eq!(without["annual_income"], 4_200_000);
    assert_eq!(with["fixed_overtime"]["hours"], 20.0);
    assert_eq!(with["fixed_overtime"]["monthly"], 40_000);
    assert_eq!(with["base_salary"], 260_000);
    assert_eq!(with["difference"], -380_000);
    // 245 working days × 8 h = 1960 h; the fixed overtime adds 240 h a year.
    let hourly_with = with["hourly"].as_f64().unwrap();
    let hourly_without = without["hourly"].as_f64().unwrap();
    assert!((hourly_with - 4_120_000.0 / 2200.0).abs() < 1e-6);
    assert!((hourly_without - 4_200_000.0 / 1960.0).abs() < 1e-6);
    assert_eq!(json["best_hourly"], "固定残業なし");
}

#[test]
fn offer_human_table_and_errors() {
    let path = temp_file(
        "offers.toml",
        "[[offer]]\nname = \"A\"\nmonthly_salary = 300000\nbonus_months = 4\nannual_holidays = 125\n",
    );
    let out = naitei(&[
        "offer",
        path.to_str().unwrap(),
        "--current-salary",
        "4000000",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("4,800,000円") && text.contains("+80万円"),
        "{text}"
    );

    let bad = temp_file("bad.toml", "[[offer]]\nmonthly_salary = 300000\n");
    let out = naitei(&["offer", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("annual_holidays"));
    let out = naitei(&[
        "offer",
        path.to_str().unwrap(),
        "--current-salary",
        "たくさん",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--current-salary"));
}

#[test]
fn wareki_dates_and_assumed_claim_date() {
    let text = "birth_date = \"昭和52年5月10日\"\nleaving_date = \"R8.9.30\"\ninsured_years = 25\nleaving_reason = \"自己都合\"\n";
    let json = plan_json(text, "2026-10-15");
    let b = &json["benefit"];
    assert_eq!(b["leaving_date"], "2026-09-30");
    assert_eq!(b["claim_date"], "2026-10-15");
    assert_eq!(b["claim_date_assumed"], true);
    assert_eq!(b["waiting_end"], "2026-10-21");
    assert_eq!(b["restriction_end"], "2026-11-21");
    // No benefit, no target date: the weekly target looks 90 days ahead.
    let json = plan_json(&profile(36, "2026-10-31", 0.8, "self", ""), "2026-11-21");
    assert_eq!(json["benefit"]["eligible"], false);
    assert_eq!(json["weekly_target"]["deadline_kind"], "default");
    assert_eq!(json["weekly_target"]["deadline"], "2027-02-19");
}

#[test]
fn offer_markdown_table() {
    let path = temp_file(
        "offers.toml",
        "[[offer]]\nname = \"A\"\nmonthly_salary = 300000\nbonus_months = 4\nfixed_overtime_hours = 20\nfixed_overtime_pay = 45000\nannual_holidays = 125\n",
    );
    let out = naitei(&["offer", path.to_str().unwrap(), "--format", "markdown"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("# オファーの比較"));
    // 300,000 × 12 + (300,000 − 45,000) × 4.
    assert!(text.contains("| 年収 | 4,620,000円 |"), "{text}");
    assert!(
        text.contains("| 　うち固定残業代 | 45,000円（20時間分） |"),
        "{text}"
    );
}

/// Without --funnel, the weekly target uses the tracker's own pass counts (issue 5, point 4).
#[test]
fn weekly_target_uses_the_tracker_funnel() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let db = db.to_str().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let run = |args: &[&str]| {
        let out = assert_cmd::Command::cargo_bin("naitei")
            .unwrap()
            .current_dir(&root)
            .env_remove("NAITEI_DB")
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let plan = |db: &str| -> serde_json::Value {
        serde_json::from_slice(&run(&[
            "plan",
            "--profile",
            "examples/profile.toml",
            "--today",
            "2026-11-21",
            "--format",
            "json",
            "--db",
            db,
        ]))
        .unwrap()
    };
    let empty = plan(dir.path().join("empty.db").to_str().unwrap());
    assert_eq!(empty["weekly_target"]["uses_own_funnel"], false);
    run(&["track", "import", "examples/applications.csv", "--db", db]);
    let own = plan(db);
    let w = &own["weekly_target"];
    assert_eq!(w["uses_own_funnel"], true);
    let first = &w["stages"][1];
    assert_eq!(
        (first["passed"].as_u64(), first["decided"].as_u64()),
        (Some(1), Some(12))
    );
    assert_ne!(
        w["total_applications"],
        empty["weekly_target"]["total_applications"]
    );
}

/// The profile can be kept in the tracker database and reused (issue 5, point 1).
#[test]
fn profile_is_saved_in_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let db = db.to_str().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let run = |args: &[&str]| {
        assert_cmd::Command::cargo_bin("naitei")
            .unwrap()
            .current_dir(&root)
            .env_remove("NAITEI_DB")
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["plan", "--today", "2026-11-21", "--db", db]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--profile"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let from_file = run(&[
        "plan",
        "--profile",
        "examples/profile.toml",
        "--save",
        "--today",
        "2026-11-21",
        "--format",
        "json",
        "--db",
        db,
    ]);
    assert!(from_file.status.success());
    let saved = run(&[
        "plan",
        "--today",
        "2026-11-21",
        "--format",
        "json",
        "--db",
        db,
    ]);
    assert!(
        saved.status.success(),
        "{}",
        String::from_utf8_lossy(&saved.stderr)
    );
    let a: serde_json::Value = serde_json::from_slice(&from_file.stdout).unwrap();
    let b: serde_json::Value = serde_json::from_slice(&saved.stdout).unwrap();
    assert_eq!(a["benefit"], b["benefit"]);
    assert_eq!(a["salary"], b["salary"]);
    // The profile travels with the JSON backup.
    let backup = run(&["track", "export", "--format", "json", "--db", db]);
    assert!(String::from_utf8_lossy(&backup.stdout).contains("\"profile\""));
}

#[test]
fn amounts_in_yen_in_every_format() {
    // 40 at leaving, 30万円 a month: 賃金日額 10,000円, 基本手当日額 6,207円 (2025-08-01 formula,
    // worked by hand in the core's tests), 90 days.
    let text = profile(
        40,
        "2026-06-30",
        3.0,
        "self",
        "claim_date = 2026-07-01\nmonthly_wage = \"30万円\"",
    );
    let json = plan_json(&text, "2026-07-01");
    let a = &json["benefit"]["amounts"];
    assert_eq!(a["wage_daily"], 10_000);
    assert_eq!(a["daily"], 6_207);
    assert_eq!(a["total"], 90 * 6_207);
    assert_eq!(a["table_from"], "2025-08-01");
    assert_eq!(
        json["benefit"]["reemployment"][0]["amount_at_deadline"],
        260_694
    );
    assert_eq!(json["benefit"]["job_search_activities_per_period"], 2);
    let path = temp_file("profile.toml", &text);
    let ics = temp_file("plan.ics", "");
    for format in ["human", "markdown"] {
        let out = naitei(&[
            "plan",
            "--profile",
            path.to_str().unwrap(),
            "--today",
            "2026-07-01",
            "--format",
            format,
            "--ics",
            ics.to_str().unwrap(),
        ]);
        assert!(out.status.success());
        let out = String::from_utf8(out.stdout).unwrap();
        for needle in [
            "基本手当日額",
            "6,207円",
            "558,630円",
            "260,694円",
            "目安",
            "求職活動の実績",
        ] {
            assert!(out.contains(needle), "{format} output lacks {needle}");
        }
    }
    let ics = std::fs::read_to_string(&ics).unwrap();
    assert!(ics.contains("失業の認定日"));
    assert!(ics.contains("実績が2回以上"));
}

#[test]
fn senior_and_specific_reason_profiles() {
    // 65th birthday the day after leaving: 65 at leaving → lump sum.
    let json = plan_json(
        "birth_date = 1961-07-01\nleaving_date = 2026-06-30\ninsured_years = 30\nleaving_reason = \"retirement\"",
        "2026-07-01",
    );
    assert_eq!(json["benefit"]["kind"], "senior_lump_sum");
    assert_eq!(json["benefit"]["days"], 50);
    assert_eq!(json["benefit"]["age_at_leaving"], 65);
    let json = plan_json(
        &profile(
            45,
            "2026-06-30",
            3.0,
            "contract_end",
            "renewal_wanted = true",
        ),
        "2026-07-01",
    );
    assert_eq!(json["benefit"]["category"], "specific");
    assert_eq!(json["benefit"]["specific_reason"], true);
    assert_eq!(json["benefit"]["days"], 180);
}

#[test]
fn shipped_offers_example_counts_the_bonus_on_base_pay_and_checks_the_minimum_wage() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/offers.toml");
    let json = offer_json(
        &std::fs::read_to_string(root).unwrap(),
        &["--today", "2026-11-30"],
    );
    let a = &json["offers"][0];
    // 320,000 × 12 + (320,000 − 45,000) × 3.5 + 10,000 × 12 (was 5,080,000 with the bonus on 月給).
    assert_eq!(a["annual_income"], 4_922_500);
    assert_eq!(a["minimum_wage"]["minimum"], 1_226);
    assert_eq!(a["minimum_wage"]["below"], false);
    // C社: 175,000 × 12 ÷ 2,080 h = 1,009円 < 秋田 1,031円 (from 2026-03-31).
    let c = &json["offers"][2];
    assert_eq!(c["minimum_wage"]["minimum"], 1_031);
    assert_eq!(c["minimum_wage"]["below"], true);
    assert_eq!(c["bonus_annual"], 300_000);
    let bad = temp_file(
        "bad.toml",
        "[[offer]]\nmonthly_salary = 9223372036854775807\nannual_holidays = 120\n",
    );
    let out = naitei(&["offer", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("monthly_salary"));
}

#[test]
fn huge_funnel_counts_neither_hang_nor_overflow() {
    let profile = temp_file(
        "profile.toml",
        &profile(49, "2026-09-30", 25.0, "self", "claim_date = 2026-10-05"),
    );
    let funnel = temp_file(
        "huge.json",
        r#"{"stages": [[0, 4294967295], [0, 4294967295], [4294967295, 4294967295], [1, 4294967295]], "pending": [4294967295, 4294967295, 4294967295, 4294967295]}"#,
    );
    let out = naitei(&[
        "plan",
        "--profile",
        profile.to_str().unwrap(),
        "--today",
        "2026-11-21",
        "--funnel",
        funnel.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let total = json["weekly_target"]["total_applications"]
        .as_u64()
        .unwrap();
    assert!(total <= 10_000, "{total}");
}
