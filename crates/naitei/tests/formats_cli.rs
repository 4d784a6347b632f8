//! `naitei review` on Word, Excel, PDF and legacy-encoded text: the same items and findings as
//! for the same résumé in Markdown, a `source` on each item and finding, and exit 2 with a
//! message for files that cannot be read. The fixtures are made by
//! crates/naitei-formats/tests/common (see its `fixtures_are_current` test).

use std::path::PathBuf;

mod common;

use common::bin as naitei;
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../naitei-formats/tests/fixtures")
        .join(name)
}

fn review_json(path: &std::path::Path) -> Value {
    let out = naitei()
        .args(["review", "--format", "json", "--fail-on", "never"])
        .arg(path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["files"][0].clone()
}

/// What must not depend on the file format: each item's text and labels, each finding's rule,
/// severity, text and message (line numbers may differ: a header row or a page break).
fn essence(file: &Value) -> (Vec<String>, Vec<String>) {
    let mut items: Vec<String> = file["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            format!(
                "{} p={} a={} r={} q={}",
                i["text"], i["problem"], i["action"], i["result"], i["quantities"]
            )
        })
        .collect();
    items.sort();
    let mut diags: Vec<String> = file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {} {} {}",
                d["rule"], d["severity"], d["text"], d["message"]
            )
        })
        .collect();
    diags.sort();
    (items, diags)
}

#[test]
fn every_format_gives_the_markdown_items_and_findings() {
    let md = review_json(&fixture("resume.md"));
    let want = essence(&md);
    assert!(want.0.len() >= 10, "{:#?}", want.0);
    assert!(!want.1.is_empty());
    assert!(md["items"][0].get("source").is_none());
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("resume.md")).unwrap();
    let sjis = dir.path().join("sjis.txt");
    std::fs::write(
        &sjis,
        encoding_rs::SHIFT_JIS.encode(&text.replace('〜', "～")).0,
    )
    .unwrap();
    let euc = dir.path().join("euc.txt");
    std::fs::write(
        &euc,
        encoding_rs::EUC_JP.encode(&text.replace('〜', "～")).0,
    )
    .unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let u16path = dir.path().join("utf16.txt");
    std::fs::write(&u16path, utf16).unwrap();
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    let bompath = dir.path().join("bom.md");
    std::fs::write(&bompath, bom).unwrap();
    for (path, encoding, sourced) in [
        (fixture("resume.docx"), "Word (.docx)", true),
        (fixture("resume.xlsx"), "Excel (.xlsx)", true),
        (fixture("resume-two-columns.pdf"), "PDF", true),
        (fixture("resume.xls"), "Excel (.xls)", true),
        (fixture("resume-libreoffice.pdf"), "PDF", true),
        (sjis, "Shift_JIS (CP932)", false),
        (euc, "EUC-JP", false),
        (u16path, "UTF-16LE (BOM付き)", false),
        (bompath, "UTF-8 (BOM付き)", false),
    ] {
        let got = review_json(&path);
        assert_eq!(got["encoding"], encoding, "{}", path.display());
        let (items, diags) = essence(&got);
        // 〜 and ～ are the same mark after normalization, but item texts keep the user's.
        let norm = |v: Vec<String>| -> Vec<String> {
            v.into_iter().map(|s| s.replace('～', "〜")).collect()
        };
        assert_eq!(norm(items), want.0, "items of {}", path.display());
        assert_eq!(norm(diags), want.1, "findings of {}", path.display());
        let has_source = got["items"]
            .as_array()
            .unwrap()
            .iter()
            .chain(got["diagnostics"].as_array().unwrap())
            .all(|x| x["source"].is_string());
        assert_eq!(has_source, sourced, "{}", path.display());
    }
}

#[test]
fn sources_show_in_json_and_human_output() {
    let v = review_json(&fixture("resume.xlsx"));
    let item = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["text"].as_str().unwrap().contains("担当取引先"))
        .unwrap();
    assert_eq!(item["source"], "職務経歴書!C15");
    let v = review_json(&fixture("resume-two-columns.pdf"));
    assert!(
        v["diagnostics"][0]["source"]
            .as_str()
            .unwrap()
            .starts_with("p.1 ¶"),
        "{}",
        v["diagnostics"][0]
    );
    let out = naitei()
        .args(["review", "--fail-on", "never"])
        .arg(fixture("resume.docx"))
        .output()
        .unwrap();
    let human = String::from_utf8(out.stdout).unwrap();
    assert!(human.contains("（Word (.docx)）"), "{human}");
    assert!(human.contains("（表1 行2）: "), "{human}");
}

fn refused(path: &std::path::Path) -> String {
    let out = naitei().arg("review").arg(path).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{}: {stderr}", path.display());
    assert!(!stderr.contains("panicked"), "{stderr}");
    let name = path.file_name().unwrap().to_str().unwrap();
    assert!(stderr.contains(name), "{stderr}");
    stderr
}

#[test]
fn unreadable_files_exit_2_with_a_message() {
    assert!(refused(&fixture("scanned.pdf")).contains("文字情報のないPDFです"));
    assert!(refused(&fixture("password.pdf")).contains("パスワードで保護されたPDF"));
    assert!(refused(&fixture("bomb.docx")).contains("圧縮を展開すると大きすぎる"));
    assert!(refused(&fixture("deep.docx")).contains("構造が深すぎます"));
    let dir = tempfile::tempdir().unwrap();
    for name in ["resume.docx", "resume.xlsx", "resume-two-columns.pdf"] {
        let bytes = std::fs::read(fixture(name)).unwrap();
        let cut = dir.path().join(format!("cut-{name}"));
        std::fs::write(&cut, &bytes[..bytes.len() * 2 / 3]).unwrap();
        let e = refused(&cut);
        assert!(
            e.contains("読めません") || e.contains("文字情報のない"),
            "{e}"
        );
    }
    // A file that makes calamine panic (found by fuzzing): exit 2 with the message, and no
    // panic text (refused() checks stderr has no "panicked").
    let e = refused(&fixture("fuzz/xls-calamine-cfb-sector.xls"));
    assert!(e.contains("Excel (.xls)として読めません"), "{e}");
    let doc = dir.path().join("old.doc");
    std::fs::write(&doc, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1garbage").unwrap();
    assert!(refused(&doc).contains("旧形式のWord（.doc）のファイルは読めません"));
    // --fix cannot write Word files back.
    let copy = dir.path().join("cv.docx");
    std::fs::copy(fixture("resume.docx"), &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    let out = naitei()
        .args(["review", "--fix"])
        .arg(&copy)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("自動修正で書き戻せません"));
    assert_eq!(std::fs::read(&copy).unwrap(), before);
}

#[test]
fn directories_include_office_and_pdf_files() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "resume.md",
        "resume.docx",
        "resume.xlsx",
        "resume-two-columns.pdf",
    ] {
        std::fs::copy(fixture(name), dir.path().join(name)).unwrap();
    }
    let out = naitei()
        .args(["review", "--format", "json", "--fail-on", "never"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 4);
}
