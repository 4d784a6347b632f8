//! Test helper: one résumé written as Markdown, Word (.docx), Excel (.xlsx with merged cells,
//! a 期間 | 業務内容 | 実績 table) and PDF (two columns, a CID font with a ToUnicode map), so
//! each reader can be checked against the Markdown review. The files are built with `zip` +
//! hand-written OOXML and with `lopdf`; the committed copies under tests/fixtures/ are made by
//! this code (see `fixtures_are_current`).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::Write;

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Object, Stream, StringFormat, dictionary};

pub const TITLE: &str = "職務経歴書";
pub const META: &str = "2026年11月21日現在　氏名：佐藤 美咲";

pub struct Job {
    pub period: &'static str,
    pub company: &'static str,
    pub meta: &'static [&'static str],
    pub duties: &'static [&'static str],
    pub results: &'static [&'static str],
}

pub const SUMMARY: &str = "大学卒業後、食品卸の株式会社みなと商事で営業事務として6年間、受発注と請求の業務に従事してきました。受注入力の二重チェック表を作り入力ミスを月12件から2件に減らすなど、事務の正確さと効率化に取り組んできた。現在は契約社員として物流会社で出荷事務を担当しています。";

pub const JOBS: &[Job] = &[
    Job {
        period: "2017年4月〜2023年3月",
        company: "株式会社みなと商事",
        meta: &["事業内容：業務用食品の卸売", "雇用形態：正社員"],
        duties: &[
            "受注データの入力業務を担当。",
            "請求書の発行、入金確認、売掛金の管理。",
            "営業担当10名のスケジュール調整と資料作成。",
        ],
        results: &[
            "受注入力のミスが月12件ほど発生していたため、二重チェック表を作成し、ミスを月2件に減らした。",
            "見積書のテンプレートを整備し、作成時間を1件30分から10分に短縮した。",
            "新しい請求システムへの移行を提案した。",
            "担当取引先の売上を前年比110%に伸ばした。",
        ],
    },
    Job {
        period: "2023年4月〜現在",
        company: "株式会社ひかり物流",
        meta: &["雇用形態：契約社員"],
        duties: &[
            "出荷伝票の作成と配送業者への連絡を担当。",
            "約40社の荷主からの問い合わせ対応。",
            "倉庫スタッフ20名の勤怠管理を行う。",
        ],
        results: &[],
    },
];

pub const SKILLS: &[&str] = &[
    "Excel（VLOOKUP、ピボットテーブルで月次の売上集計）",
    "受発注システム、会計ソフト（弥生会計）",
    "日商簿記2級",
];

pub const PR: &str = "私の強みは、ミスの起きる原因を調べて仕組みで防ぐことです。前職では受注入力のミスを二重チェック表で月2件まで減らしました。御社の受発注業務でも、正確さとスピードの両方を高めることができると思います。まず最初に業務の流れを覚え、改善できる点を見つけれるよう努めます。";

/// The résumé as a plain-text Markdown file (■ headings, 【】 labels, ・ bullets).
pub fn markdown() -> String {
    let mut s = format!("{TITLE}\n{META}\n\n■職務要約\n{SUMMARY}\n\n■職務経歴\n");
    for j in JOBS {
        s += &format!("{}　{}\n", j.period, j.company);
        for m in j.meta {
            s += &format!("{m}\n");
        }
        if !j.duties.is_empty() {
            s += "【業務内容】\n";
            for d in j.duties {
                s += &format!("・{d}\n");
            }
        }
        if !j.results.is_empty() {
            s += "【実績】\n";
            for d in j.results {
                s += &format!("・{d}\n");
            }
        }
        s += "\n";
    }
    s += "■活かせる経験・知識・スキル\n";
    for k in SKILLS {
        s += &format!("・{k}\n");
    }
    s += &format!("\n■自己PR\n{PR}\n");
    s
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn zip_of(parts: &[(&str, String)]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, body) in parts {
        zip.start_file(*name, opts).unwrap();
        zip.write_all(body.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

fn para(text: &str, style: Option<&str>, bullet: bool) -> String {
    let mut ppr = String::new();
    if let Some(s) = style {
        ppr += &format!(r#"<w:pStyle w:val="{s}"/>"#);
    }
    if bullet {
        ppr += r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#;
    }
    // Split the text over two runs, as Word does after an edit.
    let cut = text
        .char_indices()
        .nth(text.chars().count() / 2)
        .map_or(0, |(i, _)| i);
    format!(
        r#"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t xml:space="preserve">{}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{}</w:t></w:r></w:p>"#,
        esc(&text[..cut]),
        esc(&text[cut..])
    )
}

fn cell(paras: &str) -> String {
    format!(r#"<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{paras}</w:tc>"#)
}

/// Word: the date and name in the page header, heading styles (the ids "1"/"2" that Japanese
/// Word uses, named "heading 1"/"heading 2" in styles.xml), list numbering for bullets, the
/// career as a 期間 | 業務内容 table with bullet paragraphs in the cells, and the 自己PR in a
/// text box (written twice, as Word does: mc:Choice and the VML mc:Fallback).
pub fn docx() -> Vec<u8> {
    let mut body = String::new();
    body += &para(TITLE, Some("Title"), false);
    body += &para("職務要約", Some("2"), false);
    body += &para(SUMMARY, None, false);
    body += &para("職務経歴", Some("2"), false);
    body += "<w:tbl><w:tblPr/>";
    body += &format!(
        "<w:tr>{}{}</w:tr>",
        cell(&para("期間", None, false)),
        cell(&para("業務内容", None, false))
    );
    for j in JOBS {
        let mut c = para(j.company, None, false);
        for m in j.meta {
            c += &para(m, None, false);
        }
        if !j.duties.is_empty() {
            c += &para("【業務内容】", None, false);
            for d in j.duties {
                c += &para(d, None, true);
            }
        }
        if !j.results.is_empty() {
            c += &para("【実績】", None, false);
            for d in j.results {
                c += &para(d, None, true);
            }
        }
        body += &format!(
            "<w:tr>{}{}</w:tr>",
            cell(&para(j.period, None, false)),
            cell(&c)
        );
    }
    body += "</w:tbl>";
    body += &para("活かせる経験・知識・スキル", Some("2"), false);
    for k in SKILLS {
        body += &para(k, None, true);
    }
    body += &para("自己PR", Some("2"), false);
    let pr = para(PR, None, false);
    body += &format!(
        r#"<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{pr}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{pr}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#
    );
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rId3"/></w:sectPr></w:body></w:document>"#
    );
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:styles {W}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>"#
    );
    let numbering = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="・"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
    );
    let header = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:hdr {W}>{}</w:hdr>"#,
        para(META, None, false)
    );
    zip_of(&[
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>"#.to_string(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_string(),
        ),
        (
            "word/_rels/document.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"#.to_string(),
        ),
        ("word/document.xml", document),
        ("word/styles.xml", styles),
        ("word/numbering.xml", numbering),
        ("word/header1.xml", header),
    ])
}

fn col(c: u32) -> String {
    ((b'A' + c as u8) as char).to_string()
}

/// Excel: a 職務経歴書 template on one sheet — title and summary merged across A:C, a
/// 期間 | 業務内容 | 実績 table whose period cell is merged down over the job's rows, the
/// 業務内容 and 実績 of a job side by side, a hidden sheet (not read), shared strings.
pub fn xlsx() -> Vec<u8> {
    let mut cells: BTreeMap<(u32, u32), String> = BTreeMap::new();
    let mut merges: Vec<String> = Vec::new();
    let mut row = 0u32;
    let put = |cells: &mut BTreeMap<(u32, u32), String>, r: u32, c: u32, s: &str| {
        cells.insert((r, c), s.to_string());
    };
    put(&mut cells, row, 0, TITLE);
    merges.push("A1:C1".into());
    row += 1;
    put(&mut cells, row, 0, META);
    row += 2;
    put(&mut cells, row, 0, "■職務要約");
    row += 1;
    put(&mut cells, row, 0, SUMMARY);
    merges.push(format!("A{0}:C{0}", row + 1));
    row += 2;
    put(&mut cells, row, 0, "■職務経歴");
    row += 1;
    for (c, h) in ["期間", "業務内容", "実績"].iter().enumerate() {
        put(&mut cells, row, c as u32, h);
    }
    row += 1;
    for j in JOBS {
        let first = row;
        put(&mut cells, row, 0, j.period);
        put(&mut cells, row, 1, j.company);
        row += 1;
        for m in j.meta {
            put(&mut cells, row, 1, m);
            row += 1;
        }
        let n = j.duties.len().max(j.results.len());
        for k in 0..n {
            if let Some(d) = j.duties.get(k) {
                put(&mut cells, row, 1, d);
            }
            if let Some(r) = j.results.get(k) {
                put(&mut cells, row, 2, r);
            }
            row += 1;
        }
        merges.push(format!("A{}:A{}", first + 1, row));
    }
    row += 1;
    put(&mut cells, row, 0, "■活かせる経験・知識・スキル");
    row += 1;
    for k in SKILLS {
        put(&mut cells, row, 0, &format!("・{k}"));
        row += 1;
    }
    row += 1;
    put(&mut cells, row, 0, "■自己PR");
    row += 1;
    put(&mut cells, row, 0, PR);
    merges.push(format!("A{0}:C{0}", row + 1));

    let mut strings: Vec<String> = Vec::new();
    let mut rows_xml = String::new();
    let mut by_row: BTreeMap<u32, Vec<(u32, String)>> = BTreeMap::new();
    for ((r, c), v) in cells {
        by_row.entry(r).or_default().push((c, v));
    }
    for (r, cs) in by_row {
        rows_xml += &format!(r#"<row r="{}">"#, r + 1);
        for (c, v) in cs {
            let i = strings.iter().position(|s| *s == v).unwrap_or_else(|| {
                strings.push(v.clone());
                strings.len() - 1
            });
            rows_xml += &format!(r#"<c r="{}{}" t="s"><v>{i}</v></c>"#, col(c), r + 1);
        }
        rows_xml += "</row>";
    }
    let merge_xml: String = merges
        .iter()
        .map(|m| format!(r#"<mergeCell ref="{m}"/>"#))
        .collect();
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows_xml}</sheetData><mergeCells count="{}">{merge_xml}</mergeCells></worksheet>"#,
        merges.len()
    );
    let hidden = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>記入例：ここは読まれない</t></is></c></row></sheetData></worksheet>"#;
    let sst: String = strings
        .iter()
        .map(|s| format!("<si><t>{}</t></si>", esc(s)))
        .collect();
    let shared = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{0}" uniqueCount="{0}">{sst}</sst>"#,
        strings.len()
    );
    zip_of(&[
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#.to_string(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string(),
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="職務経歴書" sheetId="1" r:id="rId1"/><sheet name="記入例" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>"#.to_string(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#.to_string(),
        ),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/worksheets/sheet2.xml", hidden.to_string()),
        ("xl/sharedStrings.xml", shared),
    ])
}

/// Lines of the résumé for the PDF, before wrapping (the same text as `markdown`).
fn pdf_blocks() -> Vec<String> {
    markdown().lines().map(str::to_string).collect()
}

/// Wraps a line into rows of at most `n` characters.
fn wrap(line: &str, n: usize) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    if chars.is_empty() {
        return vec![String::new()];
    }
    chars.chunks(n).map(|c| c.iter().collect()).collect()
}

/// PDF: A4, a Type0 font (Identity-H, CIDs numbered in order of first use, no embedded font
/// program) with a ToUnicode CMap, 10 pt text, the résumé in two columns of 24 characters
/// (wrapped lines), the title across the top, text written right column first in the content
/// stream so only positions give the reading order. `two_columns = false` writes one column
/// over two pages.
pub fn pdf(two_columns: bool) -> Vec<u8> {
    let lines = pdf_blocks();
    let mut cids: BTreeMap<char, u16> = BTreeMap::new();
    let mut order: Vec<char> = Vec::new();
    let mut encode = |s: &str| -> Vec<u8> {
        let mut out = Vec::new();
        for c in s.chars() {
            let n = order.len() as u16 + 1;
            let id = *cids.entry(c).or_insert_with(|| {
                order.push(c);
                n
            });
            out.extend_from_slice(&id.to_be_bytes());
        }
        out
    };
    let size = 10.0_f32;
    let per_col = 24;
    // (page, x, y, text)
    let mut placed: Vec<(usize, f32, f32, String)> = Vec::new();
    let (body, title) = (&lines[2..], &lines[..2]);
    let mut y = 800.0;
    for t in title {
        placed.push((0, 40.0, y, t.clone()));
        y -= 14.0;
    }
    let top = y - 10.0;
    let rows: Vec<String> = body.iter().flat_map(|l| wrap(l, per_col)).collect();
    if two_columns {
        let half = rows.len().div_ceil(2);
        // Split at a blank row near the middle so a block stays in one column.
        let split = (half..rows.len())
            .find(|&i| rows[i].is_empty())
            .unwrap_or(half);
        for (i, r) in rows.iter().enumerate() {
            let (x, k) = if i < split {
                (40.0, i)
            } else {
                (315.0, i - split)
            };
            placed.push((0, x, top - 14.0 * k as f32, r.clone()));
        }
    } else {
        let per_page = 30;
        for (i, r) in rows.iter().enumerate() {
            let page = i / per_page;
            let k = i % per_page;
            let start = if page == 0 { top } else { 800.0 };
            placed.push((page, 40.0, start - 14.0 * k as f32, r.clone()));
        }
    }
    placed.retain(|p| !p.3.is_empty());
    // Right column first in the content stream.
    placed.sort_by(|a, b| b.1.total_cmp(&a.1));
    let pages = placed.iter().map(|p| p.0).max().unwrap_or(0) + 1;
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let mut streams = Vec::new();
    for page in 0..pages {
        let mut ops = vec![Operation::new("BT", vec![])];
        ops.push(Operation::new("Tf", vec!["F1".into(), size.into()]));
        for (_, x, y, text) in placed.iter().filter(|p| p.0 == page) {
            ops.push(Operation::new(
                "Tm",
                vec![
                    1.into(),
                    0.into(),
                    0.into(),
                    1.into(),
                    (*x).into(),
                    (*y).into(),
                ],
            ));
            ops.push(Operation::new(
                "Tj",
                vec![Object::String(encode(text), StringFormat::Hexadecimal)],
            ));
        }
        ops.push(Operation::new("ET", vec![]));
        streams.push(Content { operations: ops }.encode().unwrap());
    }
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Naitei-UCS def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    for chunk in order.chunks(100) {
        cmap += &format!("{} beginbfchar\n", chunk.len());
        for c in chunk {
            let cid = cids[c];
            let utf16: String = c
                .encode_utf16(&mut [0; 2])
                .iter()
                .map(|u| format!("{u:04X}"))
                .collect();
            cmap += &format!("<{cid:04X}> <{utf16}>\n");
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    let mut to_unicode = Stream::new(Dictionary::new(), cmap.into_bytes());
    to_unicode.compress().unwrap();
    let to_unicode = doc.add_object(to_unicode);
    let cid_font = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "CIDFontType0",
        "BaseFont" => "KozMinPr6N-Regular",
        "CIDSystemInfo" => dictionary! {
            "Registry" => Object::string_literal("Adobe"),
            "Ordering" => Object::string_literal("Identity"),
            "Supplement" => 0,
        },
        "DW" => 1000,
    });
    let font = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type0",
        "BaseFont" => "KozMinPr6N-Regular",
        "Encoding" => "Identity-H",
        "DescendantFonts" => vec![cid_font.into()],
        "ToUnicode" => to_unicode,
    });
    let resources = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font },
    });
    let mut kids = Vec::new();
    for content in streams {
        let mut s = Stream::new(Dictionary::new(), content);
        s.compress().unwrap();
        let content_id = doc.add_object(s);
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
        });
        kids.push(page.into());
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A scanned PDF: one page that only draws an image (no text operators).
pub fn scanned_pdf() -> Vec<u8> {
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let image = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 2, "Height" => 2,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        vec![0, 255, 255, 0],
    ));
    let content = Content {
        operations: vec![
            Operation::new("q", vec![]),
            Operation::new(
                "cm",
                vec![
                    500.into(),
                    0.into(),
                    0.into(),
                    700.into(),
                    40.into(),
                    60.into(),
                ],
            ),
            Operation::new("Do", vec!["Im1".into()]),
            Operation::new("Q", vec![]),
        ],
    };
    let content = doc.add_object(Stream::new(Dictionary::new(), content.encode().unwrap()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "Resources" => dictionary! { "XObject" => dictionary! { "Im1" => image } },
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A PDF whose trailer names a Standard security handler that the empty password does not
/// open (as a PDF saved with an open password).
pub fn encrypted_pdf() -> Vec<u8> {
    let mut doc = lopdf::Document::load_mem(&pdf(false)).unwrap();
    let encrypt = doc.add_object(dictionary! {
        "Filter" => "Standard", "V" => 2, "R" => 3, "Length" => 128, "P" => -3904,
        "O" => Object::String(vec![0x11; 32], StringFormat::Hexadecimal),
        "U" => Object::String(vec![0x22; 32], StringFormat::Hexadecimal),
    });
    doc.trailer.set("Encrypt", encrypt);
    doc.trailer.set(
        "ID",
        vec![
            Object::String(vec![1; 16], StringFormat::Hexadecimal),
            Object::String(vec![1; 16], StringFormat::Hexadecimal),
        ],
    );
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A zip whose one entry inflates far beyond the cap (zeros compress ~1000:1), named as a
/// Word document.
pub fn zip_bomb(inflated: usize) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(inflated > u32::MAX as usize)
        .last_modified_time(zip::DateTime::default());
    zip.start_file("word/document.xml", opts).unwrap();
    let zeros = vec![b' '; 1 << 20];
    let mut left = inflated;
    while left > 0 {
        let n = left.min(zeros.len());
        zip.write_all(&zeros[..n]).unwrap();
        left -= n;
    }
    zip.finish().unwrap();
    out.into_inner()
}

/// A .docx whose document.xml nests `depth` elements.
pub fn deep_docx(depth: usize) -> Vec<u8> {
    let xml = format!(
        r#"<?xml version="1.0"?><w:document {W}><w:body>{}{}</w:body></w:document>"#,
        "<w:sdt>".repeat(depth),
        "</w:sdt>".repeat(depth)
    );
    zip_of(&[("word/document.xml", xml)])
}

/// The résumé PDF with its font's ToUnicode map removed: CIDs with no text.
pub fn pdf_without_to_unicode() -> Vec<u8> {
    let mut doc = lopdf::Document::load_mem(&pdf(false)).unwrap();
    for (_, obj) in doc.objects.iter_mut() {
        if let Object::Dictionary(d) = obj {
            d.remove(b"ToUnicode");
        }
    }
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}
