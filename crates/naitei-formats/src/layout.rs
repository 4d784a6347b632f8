//! Turning table rows (Word tables, Excel rows) into lines the résumé parser reads: a row of
//! column labels (期間 | 業務内容 | 実績) is dropped, a period or company cell becomes the job's
//! header line, content cells become 「・」 bullets, and rows of short cells stay a Markdown
//! table row.

/// Column labels of the usual 職務経歴書 tables (doda, リクナビNEXT and common Excel templates).
const COLUMN_LABELS: &[&str] = &[
    "期間",
    "在籍期間",
    "年月",
    "業務内容",
    "職務内容",
    "担当業務",
    "主な業務",
    "内容",
    "実績",
    "成果",
    "実績・成果",
    "取り組み",
    "会社名",
    "企業名",
    "所属",
    "役職",
    "役割",
    "規模",
    "雇用形態",
    "職種",
    "備考",
    "環境",
];

const COMPANY_MARKERS: &[&str] = &[
    "株式会社",
    "(株)",
    "（株）",
    "㈱",
    "有限会社",
    "合同会社",
    "法人",
    "病院",
    "クリニック",
    "役所",
    "役場",
    "Inc",
    "Ltd",
    "LLC",
];

const EMPLOYMENT_TYPES: &[&str] = &[
    "正社員",
    "契約社員",
    "派遣社員",
    "アルバイト",
    "パート",
    "業務委託",
    "嘱託",
];

/// Markers that already make a line a bullet or heading for the parser.
fn has_marker(s: &str) -> bool {
    let Some(c) = s.chars().next() else {
        return false;
    };
    matches!(
        c,
        '・' | '•'
            | '-'
            | '*'
            | '+'
            | '●'
            | '○'
            | '◎'
            | '◇'
            | '◆'
            | '■'
            | '□'
            | '▼'
            | '▶'
            | '★'
            | '☆'
            | '※'
            | '【'
            | '['
            | '<'
            | '〈'
            | '《'
            | '〔'
            | '#'
            | '|'
    ) || ('①'..='⑳').contains(&c)
        || (c.is_ascii_digit() && s.chars().nth(1).is_some_and(|d| d == '.' || d == ')'))
}

/// A bullet line for the parser (unchanged when it already has a marker).
pub(crate) fn bullet(s: &str) -> String {
    if has_marker(s) {
        s.to_string()
    } else {
        format!("・{s}")
    }
}

/// A column label of a résumé table (期間, 業務内容, 実績…).
pub(crate) fn is_label(s: &str) -> bool {
    is_column_label(s)
}

fn is_column_label(s: &str) -> bool {
    let t: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '【' | '】' | '■' | '□' | ':' | '：'))
        .collect();
    !t.is_empty() && COLUMN_LABELS.contains(&t.as_str())
}

/// A cell that dates a job: "2017年4月〜2023年3月", "2017/04 - 現在", "平成29年4月～".
pub(crate) fn looks_like_period(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count()
        + s.chars().filter(|c| ('０'..='９').contains(c)).count();
    let dated = s.contains('年') || s.contains('/') || s.contains('.');
    let ranged = s
        .chars()
        .any(|c| matches!(c, '〜' | '～' | '~' | '-' | '–' | '―' | 'ー'))
        || s.contains("現在")
        || s.contains("から");
    digits >= 4 && dated && ranged && s.chars().count() <= 40
}

/// The column labels of a table (期間 | 業務内容 | 実績): two or more cells, all labels.
pub(crate) fn is_label_row(cells: &[Vec<String>]) -> bool {
    let filled: Vec<&Vec<String>> = cells.iter().filter(|c| !c.is_empty()).collect();
    filled.len() >= 2
        && filled
            .iter()
            .all(|c| c.len() == 1 && is_column_label(&c[0]))
}

/// A line that starts a new part of the document (■職務経歴, 【自己PR】).
pub(crate) fn is_heading_mark(s: &str) -> bool {
    s.trim_start().starts_with(['■', '□', '◆', '●', '【', '#'])
}

/// `事業内容：…`, `雇用形態：正社員`: a short key before a colon.
pub(crate) fn is_meta(s: &str) -> bool {
    s.split_once(['：', ':'])
        .is_some_and(|(k, _)| (1..=8).contains(&k.trim().chars().count()))
}

fn is_job_header_cell(s: &str) -> bool {
    !s.contains('\n')
        && s.chars().count() <= 60
        && !s.contains('。')
        && (looks_like_period(s)
            || COMPANY_MARKERS.iter().any(|m| s.contains(m))
            || EMPLOYMENT_TYPES.iter().any(|m| s.trim() == *m))
}

fn is_range_mark(s: &str) -> bool {
    matches!(
        s.trim(),
        "〜" | "～" | "~" | "-" | "ー" | "―" | "–" | "から"
    )
}

/// Lines for one table row, each with the index of the cell it came from. `cells` are the
/// row's cells left to right, each with its lines (paragraphs); empty cells are skipped.
/// A period split over three cells (2017年4月 | 〜 | 2023年3月) is read as one.
///
/// With `add_bullets` (Excel, where a cell is an item), content lines get a 「・」 marker;
/// Word cells keep their paragraphs as written (their list numbering already marks bullets).
///
/// `in_table` says the row is inside a table whose column labels were seen (Excel): a lone
/// cell there is an item too, not a heading or paragraph.
pub(crate) fn row_lines(
    cells: &[Vec<String>],
    add_bullets: bool,
    in_table: bool,
) -> Vec<(String, usize)> {
    let mut cells: Vec<(usize, Vec<String>)> = cells
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                i,
                c.iter()
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, c)| !c.is_empty())
        .collect();
    let mut i = 0;
    while i + 1 < cells.len() {
        let single = |k: usize| cells[k].1.len() == 1;
        if single(i) && single(i + 1) && is_range_mark(&cells[i + 1].1[0]) {
            let mut joined = format!("{}〜", cells[i].1[0]);
            let mut take = 2;
            if i + 2 < cells.len() && single(i + 2) && cells[i + 2].1[0].chars().count() <= 12 {
                joined.push_str(&cells[i + 2].1[0]);
                take = 3;
            }
            if looks_like_period(&joined) {
                cells[i].1[0] = joined;
                cells.drain(i + 1..i + take);
            }
        }
        i += 1;
    }
    match cells.len() {
        0 => return Vec::new(),
        1 => {
            let (at, c) = &cells[0];
            if c.len() == 1 && is_column_label(&c[0]) && !has_marker(&c[0]) {
                return vec![(format!("【{}】", c[0].trim_matches([':', '：'])), *at)];
            }
            if in_table && add_bullets {
                return c
                    .iter()
                    .map(|l| {
                        let l = if is_job_header_cell(l) || is_meta(l) {
                            l.clone()
                        } else {
                            bullet(l)
                        };
                        (l, *at)
                    })
                    .collect();
            }
            return c.iter().map(|l| (l.clone(), *at)).collect();
        }
        _ => {}
    }
    if cells
        .iter()
        .all(|(_, c)| c.len() == 1 && is_column_label(&c[0]))
    {
        // The column header row of a 期間 | 業務内容 | 実績 table.
        return Vec::new();
    }
    type Cell = (usize, Vec<String>);
    let (head, content): (Vec<&Cell>, Vec<&Cell>) = cells
        .iter()
        .partition(|(_, c)| c.len() == 1 && is_job_header_cell(&c[0]));
    let mut out = Vec::new();
    if head.is_empty()
        && content.len() >= 2
        && content
            .iter()
            .all(|(_, c)| c.len() == 1 && c[0].chars().count() <= 20 && !c[0].contains('|'))
    {
        let cols: Vec<&str> = content.iter().map(|(_, c)| c[0].as_str()).collect();
        out.push((format!("| {} |", cols.join(" | ")), content[0].0));
        return out;
    }
    // A company name that opens the next cell (period | company, duties…) joins the header.
    let mut skip_first = false;
    if !head.is_empty() {
        let mut joined: Vec<&str> = head.iter().map(|(_, c)| c[0].as_str()).collect();
        if let Some((_, c)) = content.first()
            && c.len() > 1
            && is_job_header_cell(&c[0])
        {
            joined.push(&c[0]);
            skip_first = true;
        }
        out.push((joined.join("　"), head[0].0));
    }
    for (k, (at, c)) in content.into_iter().enumerate() {
        for (n, l) in c.iter().enumerate() {
            if skip_first && k == 0 && n == 0 {
                continue;
            }
            if is_column_label(l) && !has_marker(l) {
                out.push((format!("【{}】", l.trim_matches([':', '：'])), *at));
            } else if add_bullets && !is_job_header_cell(l) && !is_meta(l) {
                out.push((bullet(l), *at));
            } else {
                out.push((l.clone(), *at));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(v: &[&[&str]]) -> Vec<Vec<String>> {
        v.iter()
            .map(|c| c.iter().map(|s| s.to_string()).collect())
            .collect()
    }

    fn lines(v: &[&[&str]]) -> Vec<String> {
        row_lines(&cells(v), true, false)
            .into_iter()
            .map(|(l, _)| l)
            .collect()
    }

    #[test]
    fn rows_become_job_headers_bullets_or_table_rows() {
        assert!(lines(&[&["期間"], &["業務内容"], &["実績"]]).is_empty());
        assert_eq!(
            lines(&[
                &["2017年4月〜2023年3月"],
                &["株式会社みなと商事"],
                &["受注データの入力業務を担当。", "請求書の発行"]
            ]),
            vec![
                "2017年4月〜2023年3月　株式会社みなと商事",
                "・受注データの入力業務を担当。",
                "・請求書の発行"
            ]
        );
        assert_eq!(
            lines(&[
                &["2017年4月〜2023年3月"],
                &["株式会社みなと商事", "雇用形態：正社員", "受注入力"]
            ]),
            vec![
                "2017年4月〜2023年3月　株式会社みなと商事",
                "雇用形態：正社員",
                "・受注入力"
            ]
        );
        assert_eq!(
            lines(&[&["Excel"], &["VLOOKUP"], &["5年"]]),
            vec!["| Excel | VLOOKUP | 5年 |"]
        );
        assert_eq!(
            row_lines(
                &cells(&[&["2017年4月"], &["〜"], &["2023年3月"], &[], &["株式会社A"]]),
                true,
                false
            ),
            vec![("2017年4月〜2023年3月　株式会社A".to_string(), 0)]
        );
        assert_eq!(lines(&[&["実績"]]), vec!["【実績】"]);
        assert_eq!(lines(&[&["■職務経歴"]]), vec!["■職務経歴"]);
    }

    #[test]
    fn periods_are_recognised() {
        assert!(looks_like_period("2017年4月〜2023年3月"));
        assert!(looks_like_period("2023/04 - 現在"));
        assert!(!looks_like_period("売上を前年比110%に伸ばした"));
    }
}
