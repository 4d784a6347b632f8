//! CLI tests of `naitei review`, `rules`, `explain` and `eval`: interfaces from SPEC.md and the
//! error cases of issue 2 (every bad input gives exit 2 and a message naming the file).

use std::path::{Path, PathBuf};

mod common;

use common::bin as naitei;
use serde_json::Value;

fn example() -> PathBuf {
    common::example("resume.md")
}

fn json_of(args: &[&str], stdin: Option<&str>) -> (Value, i32) {
    let mut cmd = naitei();
    cmd.args(args);
    if let Some(s) = stdin {
        cmd.write_stdin(s);
    }
    let out = cmd.output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    (v, out.status.code().unwrap())
}

#[test]
fn json_has_the_spec_fields() {
    let (v, code) = json_of(
        &["review", "--format", "json", example().to_str().unwrap()],
        None,
    );
    assert_eq!(code, 1, "the example has an error-level finding (ら抜き)");
    let file = &v["files"][0];
    assert!(file["path"].as_str().unwrap().ends_with("resume.md"));
    assert_eq!(file["kind"], "resume");
    assert_eq!(file["encoding"], "UTF-8");
    assert!(file["summary"]["items"].as_u64().unwrap() >= 8);
    let items = file["items"].as_array().unwrap();
    let full = items
        .iter()
        .find(|i| {
            i["text"]
                .as_str()
                .unwrap()
                .starts_with("受注入力のミスが月12件")
        })
        .expect("achievement line");
    assert_eq!(
        (
            full["problem"].as_bool(),
            full["action"].as_bool(),
            full["result"].as_bool()
        ),
        (Some(true), Some(true), Some(true))
    );
    let q = &full["quantities"];
    assert!(
        q.as_array()
            .unwrap()
            .iter()
            .any(|q| q["value"] == 2.0 && q["unit"] == "件" && q["role"] == "outcome"),
        "{q}"
    );
    let duty = items
        .iter()
        .find(|i| i["text"] == "受注データの入力業務を担当。")
        .unwrap();
    assert_eq!(
        (duty["action"].as_bool(), duty["result"].as_bool()),
        (Some(false), Some(false))
    );
    let diags = file["diagnostics"].as_array().unwrap();
    for d in diags {
        for key in [
            "rule",
            "severity",
            "line",
            "column",
            "end_line",
            "end_column",
            "message",
        ] {
            assert!(!d[key].is_null(), "{key} missing in {d}");
        }
    }
    let ra = diags.iter().find(|d| d["rule"] == "ra-nuki").unwrap();
    assert_eq!(ra["severity"], "error");
    assert_eq!(ra["fix"]["replacement"], "見つけられる");
    assert_eq!(ra["text"], "見つけれる");
    // Columns count characters: the line starts with 私の強みは…; 見 is its 121st character.
    let line = std::fs::read_to_string(example())
        .unwrap()
        .lines()
        .nth(ra["line"].as_u64().unwrap() as usize - 1)
        .unwrap()
        .to_string();
    let col = ra["column"].as_u64().unwrap() as usize;
    assert_eq!(
        line.chars().skip(col - 1).take(5).collect::<String>(),
        "見つけれる"
    );
}

#[test]
fn stdin_and_fail_on() {
    let (v, code) = json_of(
        &["review", "--format", "json", "-"],
        Some("## 職務経歴\n・受注入力を担当。\n"),
    );
    assert_eq!(v["files"][0]["path"], "-");
    assert_eq!(code, 1, "summary-missing is an error");
    let (_, code) = json_of(
        &["review", "--format", "json", "--fail-on", "never", "-"],
        Some("## 職務経歴\n・受注入力を担当。\n"),
    );
    assert_eq!(code, 0);
    let clean = "## 職務要約\nExcelでの集計を得意とし、経理事務を5年担当しました。\n## 職務経歴\n### 株式会社A\n・締め作業に3日かかっていたため、集計表を作り直し、1日に短縮した。\n";
    let (_, code) = json_of(&["review", "--format", "json", "-"], Some(clean));
    assert_eq!(code, 0);
    let (_, code) = json_of(
        &["review", "--format", "json", "--fail-on", "warning", "-"],
        Some(clean),
    );
    assert_eq!(code, 1, "summary-length is a warning");
}

fn error_of(args: &[&str], stdin: Option<&[u8]>) -> String {
    let mut cmd = naitei();
    cmd.args(args);
    if let Some(s) = stdin {
        cmd.write_stdin(s);
    }
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "expected exit 2 for {args:?}, stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn bad_inputs_exit_2_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    };
    let empty = p("empty.md", b"");
    assert!(error_of(&["review", &empty], None).contains("empty.md: ファイルが空です"));
    let blank = p("blank.md", b"  \n\n");
    assert!(error_of(&["review", &blank], None).contains("blank.md"));
    // Word, Excel and PDF files are read (tests/formats_cli.rs); broken ones are refused.
    let pdf = p("cv.pdf", b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    let e = error_of(&["review", &pdf], None);
    assert!(e.contains("cv.pdf: PDFとして読めません"), "{e}");
    let docx = p("cv.docx", b"PK\x03\x04\x14\x00\x06\x00");
    let e = error_of(&["review", &docx], None);
    assert!(e.contains("cv.docx: Word (.docx)として読めません"), "{e}");
    let bin = p(
        "noise.txt",
        &[0x00, 0x9F, 0x92, 0x96, 0x00, 0x01, 0xFF, 0x10, 0x00],
    );
    assert!(error_of(&["review", &bin], None).contains("noise.txt"));
    let big = p("big.md", "・受注入力を担当。\n".repeat(200).as_bytes());
    let e = error_of(&["review", "--max-size", "1000", &big], None);
    assert!(e.contains("big.md: ファイルが大きすぎます"), "{e}");
    let missing = dir.path().join("missing.md");
    assert!(
        error_of(&["review", missing.to_str().unwrap()], None)
            .contains("missing.md: ファイルを開けません")
    );
    let e = error_of(&["review", dir.path().join("sub").to_str().unwrap()], None);
    assert!(e.contains("sub"), "{e}");
    let e = error_of(&["review", "-"], Some(b""));
    assert!(e.contains("-: ファイルが空です"), "{e}");
    // Latin-1 bytes that are neither UTF-8 nor a Japanese encoding.
    let latin = p(
        "latin.txt",
        b"Caf\xE9 cr\xE8me br\xFBl\xE9e \xE0 la carte, na\xEFve fa\xE7ade\n",
    );
    let e = error_of(&["review", &latin], None);
    assert!(e.contains("latin.txt: 文字コード"), "{e}");
}

#[test]
fn a_bad_file_among_good_ones_still_reviews_the_others() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "・受注入力を担当。\n").unwrap();
    std::fs::write(dir.path().join("b.md"), "").unwrap();
    let out = naitei()
        .args(["review", "--format", "json", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
    assert!(String::from_utf8_lossy(&out.stderr).contains("b.md"));
}

#[test]
fn legacy_encodings_are_read_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let text = "## 職務経歴\n・見積のテンプレートを整備し、作成時間を半減させた。\n";
    for (name, enc) in [
        ("sjis.txt", encoding_rs::SHIFT_JIS),
        ("euc.txt", encoding_rs::EUC_JP),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, enc.encode(text).0).unwrap();
        let (v, _) = json_of(
            &["review", "--format", "json", path.to_str().unwrap()],
            None,
        );
        let f = &v["files"][0];
        assert!(
            f["encoding"].as_str().unwrap().starts_with(enc.name()),
            "{}",
            f["encoding"]
        );
        assert_eq!(f["items"][0]["result"], true);
    }
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let path = dir.path().join("utf16.txt");
    std::fs::write(&path, utf16).unwrap();
    let (v, _) = json_of(
        &["review", "--format", "json", path.to_str().unwrap()],
        None,
    );
    assert_eq!(v["files"][0]["encoding"], "UTF-16LE (BOM付き)");
    assert_eq!(v["files"][0]["items"][0]["action"], true);
}

#[test]
fn fix_writes_safe_fixes_and_diff_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.md");
    let original = "■自己PR\nまず最初に、現場をすぐに見れる仕組みを作ることができます。\n";
    std::fs::write(&path, original).unwrap();
    let out = naitei()
        .args([
            "review",
            "--diff",
            "--fail-on",
            "never",
            path.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let diff = String::from_utf8(out.stdout).unwrap();
    assert!(
        diff.contains("-まず最初に、現場をすぐに見れる仕組み"),
        "{diff}"
    );
    assert!(
        diff.contains("+最初に、現場をすぐに見られる仕組み"),
        "{diff}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        original,
        "--diff must not write"
    );
    naitei()
        .args([
            "review",
            "--fix",
            "--fail-on",
            "never",
            path.to_str().unwrap(),
        ])
        .assert()
        .success();
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        fixed,
        "■自己PR\n最初に、現場をすぐに見られる仕組みを作ることができます。\n"
    );
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn fix_keeps_the_file_encoding() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.txt");
    std::fs::write(
        &path,
        encoding_rs::SHIFT_JIS.encode("今現在、経理を担当。\n").0,
    )
    .unwrap();
    naitei()
        .args([
            "review",
            "--fix",
            "--fail-on",
            "never",
            path.to_str().unwrap(),
        ])
        .assert()
        .success();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(
        encoding_rs::SHIFT_JIS.decode(&bytes).0,
        "現在、経理を担当。\n"
    );
}

#[test]
fn config_selects_rules_and_thresholds() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("naitei.toml"),
        "[rules]\ndisable = [\"summary-missing\"]\n[thresholds]\nsentence_length = 10\n",
    )
    .unwrap();
    let sub = dir.path().join("docs");
    std::fs::create_dir(&sub).unwrap();
    let out = naitei()
        .current_dir(&sub)
        .args(["review", "--format", "json", "-"])
        .write_stdin("・受注データの入力業務を担当。\n")
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<&str> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert!(!rules.contains(&"summary-missing"), "{rules:?}");
    assert!(rules.contains(&"sentence-length"), "{rules:?}");
    std::fs::write(
        dir.path().join("naitei.toml"),
        "[rules]\ndisable = [\"no-such-rule\"]\n",
    )
    .unwrap();
    let out = naitei()
        .current_dir(&sub)
        .args(["review", "-"])
        .write_stdin("x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-rule"));
    std::fs::write(dir.path().join("naitei.toml"), "[thresholds\n").unwrap();
    let out = naitei()
        .current_dir(&sub)
        .args(["review", "-"])
        .write_stdin("x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("naitei.toml"));
}

#[test]
fn rules_and_explain() {
    let out = naitei().args(["rules"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for id in [
        "achievement-no-result",
        "task-list-only",
        "ra-nuki",
        "summary-missing",
        "mixed-style",
    ] {
        assert!(text.contains(id), "{id}");
    }
    let out = naitei()
        .args(["explain", "redundant-expression"])
        .output()
        .unwrap();
    let doc = String::from_utf8(out.stdout).unwrap();
    assert!(
        doc.contains("## 修正") && doc.contains("することができる"),
        "{doc}"
    );
    let e = error_of(&["explain", "no-such-rule"], None);
    assert!(e.contains("achievement-no-result"), "lists the rules: {e}");
}

#[test]
fn eval_prints_f1_and_checks_the_floor() {
    let tsv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/bullets.tsv");
    let out = naitei()
        .args(["eval", "--min-f1", "0.9", tsv.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("problem") && text.contains("F1"));
    let out = naitei()
        .args(["eval", "--min-f1", "0.999", tsv.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the floor must be able to fail");
}

#[test]
fn readme_rule_table_is_current() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md"))
            .unwrap();
    let start = readme
        .find("<!-- rules:start -->")
        .expect("rules marker in README")
        + "<!-- rules:start -->".len();
    let end = readme.find("<!-- rules:end -->").expect("rules end marker");
    let out = naitei()
        .args(["rules", "--format", "markdown"])
        .output()
        .unwrap();
    assert_eq!(
        readme[start..end].trim(),
        String::from_utf8(out.stdout).unwrap().trim(),
        "README rule table is stale: regenerate it with `naitei rules --format markdown`"
    );
}

#[test]
fn snapshots_of_the_example() {
    let path = example();
    let path = path.to_str().unwrap();
    for (format, name) in [
        ("human", "example_human"),
        ("json", "example_json"),
        ("markdown", "example_markdown"),
    ] {
        let out = naitei()
            .args(["review", "--format", format, path])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout)
            .unwrap()
            .replace(path, "examples/resume.md");
        insta::assert_snapshot!(name, text);
    }
}
