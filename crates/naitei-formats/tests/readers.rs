//! Each reader on the generated résumé files: the text the parser gets, reading order, merged
//! cells, text boxes, sources; and the refusals (scan, password, bomb, depth, truncation).

mod common;

use naitei_formats::{Format, FormatError, Limits, extract};

fn lines_of(x: &naitei_formats::Extracted) -> Vec<(String, Option<String>)> {
    x.text
        .split('\n')
        .zip(&x.sources)
        .filter(|(l, _)| !l.trim().is_empty())
        .map(|(l, s)| (l.to_string(), s.clone()))
        .collect()
}

fn text_lines(x: &naitei_formats::Extracted) -> Vec<String> {
    lines_of(x).into_iter().map(|(l, _)| l).collect()
}

/// The content lines of the Markdown résumé, in order, without markers.
fn md_content() -> Vec<String> {
    common::markdown()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.trim_start_matches(['・', '■']).to_string())
        .collect()
}

fn strip(l: &str) -> String {
    l.trim_start_matches(['#', ' ', '・', '■']).to_string()
}

#[test]
fn docx_reads_header_headings_table_bullets_and_text_box_once() {
    let x = extract("cv.docx", &common::docx(), &Limits::default()).unwrap();
    assert_eq!(x.format, Format::Docx);
    assert_eq!(x.encoding_label(), "Word (.docx)");
    let lines = lines_of(&x);
    let text = text_lines(&x);
    assert_eq!(
        lines[0],
        (common::META.to_string(), Some("ヘッダー".into()))
    );
    assert_eq!(text[1], "# 職務経歴書");
    assert!(text.contains(&"## 職務要約".to_string()), "{text:#?}");
    assert!(text.contains(&"・受注データの入力業務を担当。".to_string()));
    // The period cell and the company paragraph of the same row, the column labels dropped.
    let i = text
        .iter()
        .position(|l| l == "2017年4月〜2023年3月　株式会社みなと商事")
        .unwrap_or_else(|| panic!("{text:#?}"));
    assert_eq!(text[i + 1], "事業内容：業務用食品の卸売");
    assert!(!text.iter().any(|l| l == "期間" || l.contains("| 期間")));
    // The text box is read once (mc:Fallback repeats it).
    assert_eq!(text.iter().filter(|l| **l == common::PR).count(), 1);
    let source = |needle: &str| {
        lines
            .iter()
            .find(|(l, _)| l.contains(needle))
            .and_then(|(_, s)| s.clone())
    };
    assert_eq!(source("担当取引先の売上").as_deref(), Some("表1 行2"));
    assert_eq!(source("大学卒業後").as_deref(), Some("段落 3"));
    // Same content, same order as the Markdown file.
    let got: Vec<String> = text.iter().map(|l| strip(l)).collect();
    let want: Vec<String> = md_content()
        .into_iter()
        .flat_map(|l| {
            // The Markdown joins period and company on one line.
            l.split('　').map(str::to_string).collect::<Vec<_>>()
        })
        .collect();
    let got: Vec<String> = got
        .iter()
        .flat_map(|l| l.split('　').map(str::to_string).collect::<Vec<_>>())
        .collect();
    // The header (date and name) comes first in Word, after the title in the Markdown file.
    let mut want = want;
    want.swap(0, 1);
    want.swap(1, 2);
    assert_eq!(got, want);
}

#[test]
fn xlsx_reads_a_template_with_merged_cells() {
    let x = extract("cv.xlsx", &common::xlsx(), &Limits::default()).unwrap();
    assert_eq!(x.format, Format::Xlsx);
    let lines = lines_of(&x);
    let text = text_lines(&x);
    assert_eq!(text[0], "職務経歴書");
    assert!(
        !text.iter().any(|l| l.contains("記入例")),
        "hidden sheet read"
    );
    assert!(!text.iter().any(|l| l.contains("期間")), "{text:#?}");
    let i = text
        .iter()
        .position(|l| l == "2017年4月〜2023年3月　株式会社みなと商事")
        .unwrap_or_else(|| panic!("{text:#?}"));
    assert_eq!(text[i + 1], "事業内容：業務用食品の卸売");
    assert_eq!(text[i + 3], "・受注データの入力業務を担当。");
    // 業務内容 and 実績 of one row: left cell first.
    assert!(text[i + 4].starts_with("・受注入力のミスが"), "{text:#?}");
    // The period merged over the job's rows appears once.
    assert_eq!(text.iter().filter(|l| l.contains("2017年4月〜")).count(), 1);
    let src = lines
        .iter()
        .find(|(l, _)| l.contains("担当取引先"))
        .and_then(|(_, s)| s.clone());
    assert_eq!(src.as_deref(), Some("職務経歴書!C15"));
}

#[test]
fn pdf_two_columns_read_left_then_right_with_wrapped_lines_joined() {
    let x = extract("cv.pdf", &common::pdf(true), &Limits::default()).unwrap();
    assert_eq!(x.format, Format::Pdf);
    let got: Vec<String> = text_lines(&x);
    let want: Vec<String> = common::markdown()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    assert_eq!(got, want);
    let lines = lines_of(&x);
    assert_eq!(lines[0].1.as_deref(), Some("p.1 ¶1"));
    let one = extract("cv.pdf", &common::pdf(false), &Limits::default()).unwrap();
    assert_eq!(text_lines(&one), want);
    assert!(one.sources.iter().flatten().any(|s| s.starts_with("p.2 ")));
}

#[test]
fn text_files_keep_their_encoding_label() {
    // 〜 (U+301C) has no Shift_JIS code; Windows files use ～ (U+FF5E).
    let md = common::markdown().replace('〜', "～");
    let sjis = encoding_rs::SHIFT_JIS.encode(&md).0;
    let x = extract("cv.txt", &sjis, &Limits::default()).unwrap();
    assert_eq!(
        (x.text.as_str(), x.encoding_label()),
        (md.as_str(), "Shift_JIS (CP932)".into())
    );
    assert!(x.sources.iter().all(Option::is_none));
    assert_eq!(x.sources.len(), x.text.split('\n').count());
}

#[test]
fn refusals_are_errors_with_japanese_messages() {
    let l = Limits::default();
    let e = extract("scan.pdf", &common::scanned_pdf(), &l).unwrap_err();
    assert_eq!(e, FormatError::NoTextLayer);
    assert!(e.to_string().contains("文字情報のないPDF"));
    let e = extract("cid.pdf", &common::pdf_without_to_unicode(), &l).unwrap_err();
    assert_eq!(e, FormatError::Unmappable);
    assert!(e.to_string().contains("文字を取り出せませんでした"));
    let e = extract("locked.pdf", &common::encrypted_pdf(), &l).unwrap_err();
    assert_eq!(e, FormatError::PasswordProtected(Format::Pdf), "{e}");
    assert!(e.to_string().contains("パスワード"));
    let bomb = common::zip_bomb(80 << 20);
    assert!(bomb.len() < 200_000, "{}", bomb.len());
    let e = extract("bomb.docx", &bomb, &l).unwrap_err();
    assert!(
        matches!(e, FormatError::TooLargeDecompressed { .. }),
        "{e:?}"
    );
    let e = extract("deep.docx", &common::deep_docx(10_000), &l).unwrap_err();
    assert!(matches!(e, FormatError::TooDeep { .. }), "{e:?}");
    for (name, bytes) in [
        ("cut.docx", common::docx()),
        ("cut.xlsx", common::xlsx()),
        ("cut.pdf", common::pdf(true)),
    ] {
        let cut = &bytes[..bytes.len() / 2];
        let e = extract(name, cut, &l).unwrap_err();
        assert!(
            matches!(e, FormatError::Corrupt(..) | FormatError::NoTextLayer),
            "{name}: {e:?}"
        );
    }
    let mut garbage = b"%PDF-1.7\n".to_vec();
    garbage.extend(std::iter::repeat_n(0xA5u8, 2000));
    assert!(extract("x.pdf", &garbage, &l).is_err());
    assert_eq!(extract("x.docx", b"", &l).unwrap_err(), FormatError::Empty);
}

#[test]
fn fixtures_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let files: [(&str, Vec<u8>); 8] = [
        ("resume.md", common::markdown().into_bytes()),
        ("resume.docx", common::docx()),
        ("resume.xlsx", common::xlsx()),
        ("resume-two-columns.pdf", common::pdf(true)),
        ("scanned.pdf", common::scanned_pdf()),
        ("password.pdf", common::encrypted_pdf()),
        ("bomb.docx", common::zip_bomb(60 << 20)),
        ("deep.docx", common::deep_docx(5_000)),
    ];
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    for (name, bytes) in files {
        let path = dir.join(name);
        if update {
            std::fs::write(&path, &bytes).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == bytes,
            "{name} is stale: run UPDATE_FIXTURES=1 cargo test -p naitei-formats --test readers"
        );
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn docx_of(paras: &[String]) -> Vec<u8> {
        let body: String = paras
            .iter()
            .map(|p| {
                let esc = p.replace('&', "&amp;").replace('<', "&lt;");
                format!(r#"<w:p><w:r><w:t xml:space="preserve">{esc}</w:t></w:r></w:p>"#)
            })
            .collect();
        let xml = format!(
            r#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        );
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        std::io::Write::write_all(&mut zip, xml.as_bytes()).unwrap();
        zip.finish().unwrap();
        out.into_inner()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Every paragraph comes out as its own line, in order, with the source 「段落 n」
        /// counting the non-empty paragraphs; one source per line of text.
        #[test]
        fn docx_paragraphs_map_to_their_numbers(paras in prop::collection::vec("[a-zA-Z0-9ぁ-んァ-ヶ一-龠、。&< ]{0,30}", 1..12)) {
            match extract("p.docx", &docx_of(&paras), &Limits::default()) {
                Ok(x) => {
                    prop_assert_eq!(x.sources.len(), x.text.split('\n').count());
                    let want: Vec<String> = paras
                        .iter()
                        .map(|p| p.trim().to_string())
                        .filter(|p| !p.is_empty())
                        .collect();
                    let got = lines_of(&x);
                    prop_assert_eq!(got.len(), want.len());
                    for (k, ((line, source), p)) in got.iter().zip(&want).enumerate() {
                        prop_assert_eq!(line, p);
                        let expected = format!("段落 {}", k + 1);
                        prop_assert_eq!(source.as_deref(), Some(expected.as_str()));
                    }
                }
                Err(e) => prop_assert!(
                    paras.iter().all(|p| p.trim().is_empty()) && e == FormatError::Empty,
                    "{e:?}"
                ),
            }
        }
    }
}

/// Deterministic mutations of every fixture (byte flips at a stride, truncations): each gives
/// text or an error, never a panic, and keeps one source per line.
#[test]
fn mutated_and_truncated_files_never_panic() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let limits = Limits::default();
    for name in [
        "resume.docx",
        "resume.xlsx",
        "resume.xls",
        "resume-two-columns.pdf",
        "resume-libreoffice.pdf",
        "password.pdf",
        "resume.md",
    ] {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let step = (bytes.len() / 150).max(1);
        let mut seen_ok = 0;
        for (k, at) in (0..bytes.len()).step_by(step).enumerate() {
            let mut m = bytes.clone();
            m[at] = m[at].wrapping_add(1 + (k as u8 % 7) * 37);
            if let Ok(x) = extract(name, &m, &limits) {
                assert_eq!(x.sources.len(), x.text.split('\n').count(), "{name}@{at}");
                seen_ok += 1;
            }
            let _ = extract(name, &bytes[..at], &limits);
        }
        // Most single-byte changes still read (a flip inside compressed data may not).
        assert!(seen_ok > 0 || name == "password.pdf", "{name}");
    }
}

/// Inputs that crashed a fuzz target (fuzz/artifacts), kept as regression tests.
#[test]
fn fuzz_crashes_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    // extract_xlsx: an .xls whose merged region has its corners reversed made a BTreeMap
    // range panic in the merged-cell pass.
    let bytes = std::fs::read(dir.join("xls-reversed-merge.xls")).unwrap();
    // Before the fix the panic was caught and the file refused as corrupt; now it is read.
    let x = extract("input.xlsx", &bytes, &Limits::default()).unwrap();
    assert_eq!(x.sources.len(), x.text.split('\n').count());
    assert!(x.text.contains("■職務経歴"), "{}", x.text);
    // extract_xlsx: a BOUNDSHEET offset past the end of the Workbook stream made calamine
    // slice out of bounds; now refused before calamine runs (not as a caught panic).
    let bytes = std::fs::read(dir.join("xls-sheet-offset.xls")).unwrap();
    match extract("input.xlsx", &bytes, &Limits::default()) {
        Err(FormatError::Corrupt(Format::Xls, detail)) => {
            assert_eq!(detail, "sheet offset beyond the Workbook stream")
        }
        other => panic!("{other:?}"),
    }
    // extract_xlsx: a CODEPAGE/DATEMODE-like record with no data, and a MERGECELLS record
    // shorter than its count, made calamine read past them.
    for name in ["xls-short-record.xls", "xls-short-mergecells.xls"] {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        match extract("input.xlsx", &bytes, &Limits::default()) {
            Err(FormatError::Corrupt(Format::Xls, detail)) => {
                assert!(detail.ends_with("too short"), "{name}: {detail}")
            }
            other => panic!("{name}: {other:?}"),
        }
    }
    // extract_xlsx: calamine's own OLE reader slices a sector past the end of this file (the
    // `cfb` crate check accepts it). Not fixed upstream: the panic is contained, silently, and
    // the file is refused as corrupt.
    let bytes = std::fs::read(dir.join("xls-calamine-cfb-sector.xls")).unwrap();
    match extract("input.xls", &bytes, &Limits::default()) {
        Err(FormatError::Corrupt(Format::Xls, detail)) => assert_eq!(detail, "reader panicked"),
        other => panic!("{other:?}"),
    }
    // extract_xlsx: a DIMENSIONS record whose last row is before its first made calamine
    // subtract with overflow (and a huge one would make it reserve gigabytes).
    let bytes = std::fs::read(dir.join("xls-reversed-dimensions.xls")).unwrap();
    match extract("input.xlsx", &bytes, &Limits::default()) {
        Err(FormatError::Corrupt(Format::Xls, detail)) => {
            assert!(detail.starts_with("DIMENSIONS"), "{detail}")
        }
        Err(FormatError::TooComplex(Format::Xls)) => {}
        other => panic!("{other:?}"),
    }
}
