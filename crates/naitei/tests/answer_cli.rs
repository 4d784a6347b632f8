//! CLI tests of `naitei answer`: the SPEC.md JSON fields, exit codes and error cases.

mod common;

use common::bin as naitei;
use serde_json::Value;

fn json(args: &[&str], stdin: &str) -> (Value, i32) {
    let out = naitei().args(args).write_stdin(stdin).output().unwrap();
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    (v, out.status.code().unwrap())
}

#[test]
fn weak_status_only_reason() {
    let (v, code) = json(
        &["answer", "--question", "reason", "--format", "json", "-"],
        "今はアルバイトなので、正社員としてしっかり働きたいと思い転職活動を始めました。",
    );
    assert_eq!(code, 1);
    assert_eq!(v["question"], "reason");
    assert_eq!(v["weak"], true);
    assert!(v["score"].as_u64().unwrap() < 60);
    let s = &v["signals"];
    assert_eq!(
        (
            s["status_only"].as_bool(),
            s["contribution"].as_bool(),
            s["learning"].as_bool(),
            s["negative"].as_bool()
        ),
        (Some(true), Some(false), Some(false), Some(false))
    );
    let rules: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert!(
        rules.contains(&"answer-status-only") && rules.contains(&"answer-no-contribution"),
        "{rules:?}"
    );
    for d in v["diagnostics"].as_array().unwrap() {
        for key in [
            "rule",
            "severity",
            "line",
            "column",
            "end_line",
            "end_column",
            "message",
        ] {
            assert!(!d[key].is_null(), "{key} in {d}");
        }
    }
}

#[test]
fn strong_answer_passes() {
    let text = "人事として採用単価を2割下げましたが、現職では採用数が限られます。成長中で採用を強化している企業で、採用の仕組みづくりから定着支援まで成果を出したいと考えました。";
    let (v, code) = json(&["answer", "-q", "reason", "--format", "json", "-"], text);
    assert_eq!(
        (v["weak"].as_bool(), v["signals"]["contribution"].as_bool()),
        (Some(false), Some(true))
    );
    assert_eq!(code, 0, "only an info-level length finding");
    assert!(v["score"].as_u64().unwrap() >= 60);
    assert!(v["speaking_seconds"].as_u64().unwrap() > 10);
}

#[test]
fn markdown_file_of_answers() {
    let md = "## 転職理由\n上司のパワハラがひどく、評価も不公平だったので辞めました。\n\n## 志望動機\n経験はありませんが、御社で教えていただきながら成長したいです。\n";
    let (v, _) = json(&["answer", "--format", "json", "-"], md);
    let answers = v["answers"].as_array().unwrap();
    assert_eq!(answers.len(), 2);
    assert_eq!(
        (
            answers[0]["question"].as_str(),
            answers[0]["signals"]["negative"].as_bool()
        ),
        (Some("reason"), Some(true))
    );
    assert_eq!(
        (
            answers[1]["question"].as_str(),
            answers[1]["signals"]["learning"].as_bool()
        ),
        (Some("motive"), Some(true))
    );
    assert_eq!(answers[1]["line"], 5);
    let d = answers[1]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "answer-learning-posture")
        .unwrap();
    assert_eq!(d["line"], 5, "lines count in the whole file");
}

#[test]
fn errors_exit_2() {
    let out = naitei()
        .args(["answer", "--question", "hobby", "-"])
        .write_stdin("x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains("hobby") && e.contains("reason（転職理由）") && e.contains("motive"),
        "{e}"
    );
    let out = naitei()
        .args(["answer", "-"])
        .write_stdin("   \n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("空"));
    let out = naitei()
        .args(["answer", "no-such-answer.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-answer.md"));
}

#[test]
fn explain_knows_answer_rules() {
    let out = naitei()
        .args(["explain", "answer-learning-posture"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("甘え"));
}

#[test]
fn snapshot_of_the_example_answers() {
    let out = naitei()
        .args(["answer", "../../examples/answers.md"])
        .output()
        .unwrap();
    insta::assert_snapshot!("answers_human", String::from_utf8(out.stdout).unwrap());
    let out = naitei()
        .args([
            "compare",
            "--first",
            "問い合わせ対応の漏れを月8件から1件に減らしました。前職には8年間勤めました。",
            "--second",
            "問い合わせ対応の漏れを月15件から3件に減らしました。前職には3年ほど勤めました。",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("compare_human", String::from_utf8(out.stdout).unwrap());
}

#[test]
fn reverse_question_gets_suggestions_and_its_own_target() {
    let (v, code) = json(
        &["answer", "-q", "reverse", "--format", "json", "-"],
        "特にありません。",
    );
    assert_eq!(code, 1);
    assert_eq!(v["weak"], true);
    assert_eq!(v["suggested_questions"].as_array().unwrap().len(), 3);
    assert!(v["length_target"].as_str().unwrap().contains("短い質問"));
    let rules: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"answer-reverse-question"), "{rules:?}");
    assert!(
        !rules.contains(&"answer-length"),
        "a short 逆質問 is not too short"
    );
    let (v, _) = json(
        &["answer", "-q", "reverse", "--format", "json", "-"],
        "入社後に最初に担当する業務と、配属先のチームの体制を教えていただけますか。",
    );
    assert_eq!(
        (v["weak"].as_bool(), v["signals"]["learning"].as_bool()),
        (Some(false), Some(false))
    );
}
