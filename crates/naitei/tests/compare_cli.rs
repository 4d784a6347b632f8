//! CLI tests of `naitei compare`: the JSON interface of SPEC.md, exit codes (0 consistent,
//! 1 conflicts, 2 usage or input errors), `--first/--second`, and résumé against an answer.

use std::io::Write as _;

mod common;

use common::bin as naitei;
use serde_json::Value;

fn file(text: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(text.as_bytes()).unwrap();
    f
}

fn run(args: &[&str]) -> (String, String, i32) {
    let out = naitei().args(args).output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap(),
    )
}

fn json(args: &[&str]) -> (Value, i32) {
    let (out, err, code) = run(args);
    let v = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out} {err}"));
    (v, code)
}

#[test]
fn conflicting_numbers_give_json_with_both_spans_and_exit_1() {
    let a = file(
        "前職では物流センターで働いていました。\n問い合わせ対応の漏れを月8件から1件に減らしました。\n",
    );
    let b = file("問い合わせ対応の漏れを月15件から3件に減らしました。\n");
    let (v, code) = json(&[
        "compare",
        "--format",
        "json",
        a.path().to_str().unwrap(),
        b.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(v["consistent"], false);
    let c = &v["conflicts"][0];
    assert_eq!(c["kind"], "number");
    assert_eq!(c["first"]["line"], 2, "{c}");
    assert_eq!(c["first"]["column"], 12, "{c}");
    assert!(
        c["first"]["text"].as_str().unwrap().contains("8件から1件"),
        "{c}"
    );
    assert_eq!(c["second"]["line"], 1);
    assert!(c["second"]["end_column"].as_u64().unwrap() > c["second"]["column"].as_u64().unwrap());
    assert!(
        c["message"].as_str().unwrap().contains("一次面接では"),
        "{c}"
    );
}

#[test]
fn paraphrase_is_consistent_exit_0() {
    let (v, code) = json(&[
        "compare",
        "--format",
        "json",
        "--first",
        "残業時間を月40時間から15時間に減らしました。",
        "--second",
        "月40時間あった残業を15時間まで減らしました。",
    ]);
    assert_eq!((code, &v["consistent"]), (0, &Value::Bool(true)), "{v}");
    assert_eq!(v["conflicts"].as_array().unwrap().len(), 0);
}

#[test]
fn reason_and_salary_kinds() {
    let (v, code) = json(&[
        "compare",
        "--format=json",
        "--first",
        "事業所の閉鎖に伴う退職です。",
        "--second",
        "人間関係に悩んで退職しました。",
    ]);
    assert_eq!(
        (code, v["conflicts"][0]["kind"].as_str()),
        (1, Some("reason"))
    );
    let (v, code) = json(&[
        "compare",
        "--format=json",
        "--first",
        "希望年収は450万円です。",
        "--second",
        "希望は600万円です。",
    ]);
    assert_eq!(
        (code, v["conflicts"][0]["kind"].as_str()),
        (1, Some("salary"))
    );
}

#[test]
fn period_conflict_is_reported_as_date() {
    let (v, code) = json(&[
        "compare",
        "--format=json",
        "--first",
        "前職には8年間勤めました。",
        "--second",
        "前職には3年ほど勤めました。",
    ]);
    assert_eq!(code, 1);
    assert_eq!(v["conflicts"][0]["kind"], "date");
}

#[test]
fn first_text_and_second_file_from_stdin() {
    let out = naitei()
        .args(["compare", "--first", "部下は3名でした。", "-"])
        .write_stdin("部下は10名いました。")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("部下は3名") && s.contains("部下は10名"), "{s}");
    assert!(s.contains("[数字]"), "{s}");
}

#[test]
fn human_and_markdown_output() {
    let (out, _, code) = run(&[
        "compare",
        "--first",
        "強みは段取り力です。",
        "--second",
        "段取りを組んで計画的に進めることが得意です。",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("食い違いは見つかりませんでした"), "{out}");
    let (out, _, code) = run(&[
        "compare",
        "--format",
        "markdown",
        "--first",
        "部下は3名でした。",
        "--second",
        "部下は10名いました。",
    ]);
    assert_eq!(code, 1);
    assert!(out.starts_with("# 回答の一貫性チェック"), "{out}");
    assert!(out.contains("## 数字"), "{out}");
}

const RESUME: &str = "# 職務経歴書\n\n## 職務要約\n物流センターで入出荷管理に従事してきました。\n\n## 職務経歴\n\n### 株式会社サンプル物流（2016年4月～2024年3月）\n\n- 出荷ミスを月12件から2件に減らした\n- 部下5名のチームをまとめた\n";

#[test]
fn resume_against_answer() {
    let r = file(RESUME);
    let consistent = file("前職には8年間勤めました。出荷ミスは月12件から2件に減りました。");
    let (v, code) = json(&[
        "compare",
        "--format",
        "json",
        r.path().to_str().unwrap(),
        consistent.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["first_kind"], "resume");
    let wrong = file("前職には3年ほど勤めました。部下は8名でした。");
    let (v, code) = json(&[
        "compare",
        "--format",
        "json",
        r.path().to_str().unwrap(),
        wrong.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{v}");
    let kinds: Vec<&str> = v["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"date") && kinds.contains(&"number"), "{v}");
    let period = v["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "date")
        .unwrap();
    assert_eq!(period["first"]["line"], 8, "{period}");
    assert!(
        period["message"]
            .as_str()
            .unwrap()
            .contains("職務経歴書には"),
        "{period}"
    );
}

#[test]
fn input_errors_exit_2_naming_the_problem() {
    let (_, err, code) = run(&["compare", "--first", "  ", "--second", "部下は3名でした。"]);
    assert_eq!(code, 2);
    assert!(err.contains("--first") && err.contains("空"), "{err}");
    let (_, err, code) = run(&[
        "compare",
        "no-such-answer.txt",
        "--second",
        "部下は3名でした。",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("no-such-answer.txt"), "{err}");
    let empty = file("");
    let (_, err, code) = run(&[
        "compare",
        empty.path().to_str().unwrap(),
        "--second",
        "部下は3名でした。",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains(empty.path().to_str().unwrap()), "{err}");
    let (_, err, code) = run(&["compare", "--first", "部下は3名でした。"]);
    assert_eq!(code, 2);
    assert!(err.contains("2つ"), "{err}");
}
