//! Evaluation of the matching on labelled posting/résumé pairs: for each requirement, the
//! résumé line that is the right evidence (or `-` for a gap). Pure: the caller gives a loader
//! for the files the TSV names.
//!
//! TSV columns: `posting`, `resume` (file names, relative to the TSV), `requirement` (the
//! requirement's text as the posting writes it) and `expected` (a 1-based résumé line, several
//! equally right lines as `12,14`, or `-`).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::document::Document;
use crate::eval::{EvalError, Table};
use crate::text::normalize::Normalized;

use super::matching::{RequirementMatch, match_posting};
use super::posting;

/// A row the matcher got wrong.
#[derive(Debug, Clone, Serialize)]
pub struct PrepMiss {
    pub line: usize,
    pub posting: String,
    pub requirement: String,
    pub expected: String,
    /// The top line, `-` for a gap, `?` when the parser did not produce the requirement.
    pub predicted: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PrepEvalReport {
    pub kind: &'static str,
    pub pairs: usize,
    pub rows: usize,
    /// Rows whose requirement has evidence.
    pub evidence_rows: usize,
    /// Of those, rows whose top match is a right line.
    pub top1_correct: usize,
    pub precision_at_1: f64,
    /// Rows where gap / not-gap is predicted right (all rows).
    pub gap_correct: usize,
    pub gap_accuracy: f64,
    /// Labelled gaps the matcher filled with some line (false evidence).
    pub false_evidence: usize,
    /// Requirements the parser did not produce.
    pub not_parsed: usize,
    pub misses: Vec<PrepMiss>,
}

/// The comparison form of a requirement text (width, spaces, final 。).
fn key(s: &str) -> String {
    Normalized::new(s)
        .text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .trim_end_matches(['。', '.'])
        .to_string()
}

/// Evaluates a prep TSV. `load(name)` returns a file's text or a message.
pub fn evaluate(
    tsv: &str,
    load: &dyn Fn(&str) -> Result<String, String>,
) -> Result<PrepEvalReport, EvalError> {
    let table = Table::parse(tsv)?;
    let unknown = || EvalError::UnknownKind(table.header.join(", "));
    let cp = table.col("posting").ok_or_else(unknown)?;
    let cr = table.col("resume").ok_or_else(unknown)?;
    let cq = table.col("requirement").ok_or_else(unknown)?;
    let ce = table.col("expected").ok_or_else(unknown)?;
    let mut cache: BTreeMap<(String, String), Vec<RequirementMatch>> = BTreeMap::new();
    let mut r = PrepEvalReport {
        kind: "prep",
        pairs: 0,
        rows: 0,
        evidence_rows: 0,
        top1_correct: 0,
        precision_at_1: 0.0,
        gap_correct: 0,
        gap_accuracy: 0.0,
        false_evidence: 0,
        not_parsed: 0,
        misses: Vec::new(),
    };
    for row in &table.rows {
        let (line, cells) = (row.0, &row.1);
        let pair = (cells[cp].trim().to_string(), cells[cr].trim().to_string());
        if !cache.contains_key(&pair) {
            let p = load(&pair.0).map_err(|message| EvalError::Row { line, message })?;
            let d = load(&pair.1).map_err(|message| EvalError::Row { line, message })?;
            let matches = match_posting(&posting::parse(&p), &Document::parse(&d));
            cache.insert(pair.clone(), matches);
        }
        let matches = &cache[&pair];
        let expected_cell = cells[ce].trim();
        let expected: Vec<usize> = if expected_cell == "-" {
            Vec::new()
        } else {
            expected_cell
                .split(',')
                .map(|s| {
                    s.trim().parse::<usize>().map_err(|_| EvalError::Row {
                        line,
                        message: format!(
                            "expected列の値「{expected_cell}」は行番号（例: 12 または 12,14）か「-」にしてください"
                        ),
                    })
                })
                .collect::<Result<_, _>>()?
        };
        let want = key(&cells[cq]);
        let found = matches.iter().find(|m| key(&m.text) == want);
        let predicted: Option<Option<usize>> = found.map(|m| m.matches.first().map(|x| x.line));
        r.rows += 1;
        let gap_expected = expected.is_empty();
        let right = match predicted {
            None => {
                r.not_parsed += 1;
                false
            }
            Some(p) => {
                if p.is_none() == gap_expected {
                    r.gap_correct += 1;
                }
                if gap_expected && p.is_some() {
                    r.false_evidence += 1;
                }
                match p {
                    Some(l) => expected.contains(&l),
                    None => gap_expected,
                }
            }
        };
        if !gap_expected {
            r.evidence_rows += 1;
            if right {
                r.top1_correct += 1;
            }
        }
        if !right {
            r.misses.push(PrepMiss {
                line,
                posting: pair.0.clone(),
                requirement: cells[cq].clone(),
                expected: expected_cell.to_string(),
                predicted: match predicted {
                    None => "?".to_string(),
                    Some(None) => "-".to_string(),
                    Some(Some(l)) => l.to_string(),
                },
            });
        }
    }
    r.pairs = cache.len();
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    r.precision_at_1 = ratio(r.top1_correct, r.evidence_rows);
    r.gap_accuracy = ratio(r.gap_correct, r.rows);
    Ok(r)
}

/// Whether a TSV header is the prep format.
pub fn is_prep_header(tsv: &str) -> bool {
    Table::parse(tsv).is_ok_and(|t| {
        ["posting", "resume", "requirement", "expected"]
            .iter()
            .all(|c| t.col(c).is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_rows_and_reports_misses() {
        let posting = "【必須】\n・受発注業務の経験\n・介護福祉士\n・フォークリフト免許\n";
        let resume = "## 職務経歴\n### 株式会社A（2020年4月〜現在）\n- 受発注業務で受注データの入力を担当。\n- 請求書を発行。\n";
        let load = |n: &str| match n {
            "p.md" => Ok(posting.to_string()),
            "r.md" => Ok(resume.to_string()),
            _ => Err(format!("{n}: なし")),
        };
        let tsv = "posting\tresume\trequirement\texpected\n\
                   p.md\tr.md\t受発注業務の経験\t3\n\
                   p.md\tr.md\t介護福祉士\t-\n\
                   p.md\tr.md\tフォークリフト免許\t4\n\
                   p.md\tr.md\t存在しない要件\t-\n";
        let r = evaluate(tsv, &load).unwrap();
        assert_eq!((r.rows, r.pairs, r.evidence_rows), (4, 1, 2));
        assert_eq!(r.top1_correct, 1);
        assert!((r.precision_at_1 - 0.5).abs() < 1e-9);
        // Row 3 is predicted a gap against a labelled line; row 4 is not parsed.
        assert_eq!(r.gap_correct, 2);
        assert_eq!(r.not_parsed, 1);
        assert_eq!(r.misses.len(), 2);
        assert!(is_prep_header(tsv));
        assert!(!is_prep_header("id\tproblem\n"));
    }

    #[test]
    fn bad_expected_cell_names_the_line() {
        let load = |_: &str| Ok("【必須】\n・経験\n".to_string());
        let tsv = "posting\tresume\trequirement\texpected\np\tr\t経験\tx\n";
        assert!(matches!(
            evaluate(tsv, &load),
            Err(EvalError::Row { line: 2, .. })
        ));
    }

    /// The floor of issue 8 on the repository's labelled development pairs.
    #[test]
    #[allow(clippy::print_stdout)]
    fn precision_at_1_on_repository_pairs() {
        let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../eval/prep"));
        let tsv = std::fs::read_to_string(dir.join("pairs.tsv")).unwrap();
        let load = |n: &str| std::fs::read_to_string(dir.join(n)).map_err(|e| e.to_string());
        let r = evaluate(&tsv, &load).unwrap();
        for m in &r.misses {
            println!(
                "MISS {} {} expected={} predicted={}",
                m.posting, m.requirement, m.expected, m.predicted
            );
        }
        println!(
            "p@1 {:.3} gap accuracy {:.3} not parsed {}",
            r.precision_at_1, r.gap_accuracy, r.not_parsed
        );
        // Issue 21 changed the conventions this older set was labelled with: a prose sentence
        // that introduces a list is a lead-in, not a requirement (2 rows), experience is proven
        // by employer blocks whose years add up, and one shared word or synonym group is no
        // evidence. These floors record the measured level under the new rules; the posting
        // corpus (eval/postings, crate::eval::postings) carries issue 21's floors.
        assert!(r.not_parsed <= 2, "not parsed {}", r.not_parsed);
        assert!(r.pairs >= 10 && r.evidence_rows >= 60, "{} pairs", r.pairs);
        assert!(
            r.precision_at_1 >= 0.65,
            "precision@1 {:.3}",
            r.precision_at_1
        );
        assert!(r.gap_accuracy >= 0.75, "gap accuracy {:.3}", r.gap_accuracy);
    }
}
