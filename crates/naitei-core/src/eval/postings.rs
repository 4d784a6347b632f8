//! Evaluation of the 二次面接 sheet on the posting corpus (`eval/postings/<split>`, issue 21):
//! extraction recall on the labelled posting lines, precision@1 on requirements with evidence,
//! the share of unsupported requirements given a line, and agreement of the judged move with
//! the adviser's relation. Pure: the caller gives a loader for the files the TSVs name (paths
//! from the repository root).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::document::Document;
use crate::eval::{EvalError, Table};
use crate::prep::matching::{RequirementMatch, match_posting};
use crate::prep::posting::{self, Posting};
use crate::prep::relation;
use crate::text::normalize::Normalized;

/// Line kinds of the posting TSVs that are requirements the sheet must read.
const REQUIREMENT_KINDS: &[&str] = &["required", "preferred", "duty", "persona"];

/// One labelled row the sheet got wrong.
#[derive(Debug, Clone, Serialize)]
pub struct PostingMiss {
    pub posting: String,
    pub resume: String,
    pub req_line: usize,
    pub requirement: String,
    pub expected: String,
    /// The top line, `-` for a gap, `?` when the requirement was not read.
    pub predicted: String,
    /// Why the top line was chosen (the match's reason).
    pub reason: String,
}

/// Extraction on one posting.
#[derive(Debug, Clone, Serialize)]
pub struct Extraction {
    pub posting: String,
    /// Labelled requirement lines (required, preferred, duty, persona).
    pub labelled: usize,
    /// Of those, lines the parser read as an item.
    pub read: usize,
    /// Of those, lines read with the labelled kind.
    pub kind_right: usize,
    /// Items read on lines labelled as no requirement (condition, heading, lead-in, other).
    pub spurious: usize,
    /// Labelled requirement lines not read, and spurious lines (for `--misses`).
    pub unread: Vec<usize>,
    pub spurious_lines: Vec<usize>,
}

/// precision@1 and gaps given a line for the postings of one family (`pNN-<family>.md`), to see
/// whether a change helps across families or only one.
#[derive(Debug, Clone, Serialize)]
pub struct FamilyScore {
    pub family: String,
    pub evidence_rows: usize,
    pub top1_correct: usize,
    pub precision_at_1: f64,
    pub gap_rows: usize,
    pub gaps_given_line: usize,
}

/// The family of a posting file: what follows the first `-` of its name (`p03-eigyo.md` →
/// `eigyo`), or the whole name.
fn family_of(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    stem.split_once('-').map_or(stem, |(_, f)| f).to_string()
}

#[derive(Debug, Clone, Serialize)]
pub struct RelationRow {
    pub posting: String,
    pub resume: String,
    pub expected: String,
    pub predicted: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PostingsReport {
    pub kind: &'static str,
    pub pairs: usize,
    pub rows: usize,
    pub evidence_rows: usize,
    pub top1_correct: usize,
    /// Rows with evidence whose top match is one of the labelled lines.
    pub precision_at_1: f64,
    /// Rows with evidence where one of the (up to three) lines the sheet shows is labelled.
    pub top3_correct: usize,
    pub hit_at_3: f64,
    pub gap_rows: usize,
    /// Labelled gaps the sheet filled with a line.
    pub gaps_given_line: usize,
    pub gap_line_share: f64,
    /// Labelled requirements the parser did not produce (no item on that line or with that text).
    pub not_read: usize,
    pub labelled_lines: usize,
    pub read_lines: usize,
    /// Requirement lines read / labelled.
    pub extraction_recall: f64,
    /// Read lines whose kind is the labelled one.
    pub kind_accuracy: f64,
    pub spurious_lines: usize,
    pub relations: usize,
    pub relations_agree: usize,
    pub relation_agreement: f64,
    pub extraction: Vec<Extraction>,
    pub families: Vec<FamilyScore>,
    pub relation_rows: Vec<RelationRow>,
    pub misses: Vec<PostingMiss>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The labelled lines of a posting TSV: line → (kind, text).
fn line_labels(tsv: &str) -> Result<BTreeMap<usize, (String, String)>, EvalError> {
    let t = Table::parse(tsv)?;
    let unknown = || EvalError::UnknownKind(t.header.join(", "));
    let (cl, ck, ct) = (
        t.col("line").ok_or_else(unknown)?,
        t.col("kind").ok_or_else(unknown)?,
        t.col("text").ok_or_else(unknown)?,
    );
    let mut out = BTreeMap::new();
    for (line, cells) in &t.rows {
        let n = cells[cl]
            .trim()
            .parse::<usize>()
            .map_err(|_| EvalError::Row {
                line: *line,
                message: format!("line列「{}」は行番号にしてください", cells[cl]),
            })?;
        out.insert(n, (cells[ck].trim().to_string(), cells[ct].clone()));
    }
    Ok(out)
}

fn extraction(
    name: &str,
    posting: &Posting,
    labels: &BTreeMap<usize, (String, String)>,
) -> Extraction {
    let mut e = Extraction {
        posting: name.to_string(),
        labelled: 0,
        read: 0,
        kind_right: 0,
        spurious: 0,
        unread: Vec::new(),
        spurious_lines: Vec::new(),
    };
    for (line, (kind, _)) in labels {
        let item = posting.items.iter().find(|i| i.line == *line);
        if REQUIREMENT_KINDS.contains(&kind.as_str()) {
            e.labelled += 1;
            match item {
                Some(i) => {
                    e.read += 1;
                    if i.kind.id() == kind {
                        e.kind_right += 1;
                    }
                }
                None => e.unread.push(*line),
            }
        } else if item.is_some() {
            e.spurious += 1;
            e.spurious_lines.push(*line);
        }
    }
    e
}

fn parse_expected(cell: &str, line: usize) -> Result<Vec<usize>, EvalError> {
    if cell == "-" {
        return Ok(Vec::new());
    }
    cell.split(',')
        .map(|s| {
            s.trim().parse::<usize>().map_err(|_| EvalError::Row {
                line,
                message: format!(
                    "expected列「{cell}」は行番号（例: 12 または 12,14）か「-」にしてください"
                ),
            })
        })
        .collect()
}

/// How a labelled row names its requirement: a posting line (this corpus) or the item's text
/// (the older `eval/prep/` format, whose postings have no line labels).
#[derive(Debug, Clone)]
enum Requirement {
    Line(usize),
    Text(String),
}

/// One labelled row of either format, read into the same shape.
#[derive(Debug, Clone)]
struct Row {
    tsv_line: usize,
    posting: String,
    resume: String,
    requirement: Requirement,
    expected_cell: String,
    expected: Vec<usize>,
}

/// The comparison form of a requirement text (width, spaces, final 。).
fn text_key(s: &str) -> String {
    Normalized::new(s)
        .text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .trim_end_matches(['。', '.'])
        .to_string()
}

fn empty_report(kind: &'static str) -> PostingsReport {
    PostingsReport {
        kind,
        pairs: 0,
        rows: 0,
        evidence_rows: 0,
        top1_correct: 0,
        precision_at_1: 0.0,
        top3_correct: 0,
        hit_at_3: 0.0,
        gap_rows: 0,
        gaps_given_line: 0,
        gap_line_share: 0.0,
        not_read: 0,
        labelled_lines: 0,
        read_lines: 0,
        extraction_recall: 0.0,
        kind_accuracy: 0.0,
        spurious_lines: 0,
        relations: 0,
        relations_agree: 0,
        relation_agreement: 0.0,
        extraction: Vec::new(),
        families: Vec::new(),
        relation_rows: Vec::new(),
        misses: Vec::new(),
    }
}

/// The postings, résumés and matches of an evaluation, each read and computed once.
struct Corpus<'l> {
    load: &'l dyn Fn(&str) -> Result<String, String>,
    /// Whether each posting has a line-label TSV beside it (`NAME.tsv` for `NAME.md`).
    labelled: bool,
    postings: BTreeMap<String, Posting>,
    labels: BTreeMap<String, BTreeMap<usize, (String, String)>>,
    resumes: BTreeMap<String, Document>,
    matched: BTreeMap<(String, String), Vec<RequirementMatch>>,
    extractions: Vec<Extraction>,
}

impl Corpus<'_> {
    fn posting(&mut self, name: &str, line: usize) -> Result<(), EvalError> {
        if self.postings.contains_key(name) {
            return Ok(());
        }
        let text = (self.load)(name).map_err(|message| EvalError::Row { line, message })?;
        let p = posting::parse(&text);
        if self.labelled {
            let tsv_name = name.strip_suffix(".md").unwrap_or(name).to_string() + ".tsv";
            let tsv = (self.load)(&tsv_name).map_err(|message| EvalError::Row { line, message })?;
            let labels = line_labels(&tsv)?;
            self.extractions.push(extraction(name, &p, &labels));
            self.labels.insert(name.to_string(), labels);
        }
        self.postings.insert(name.to_string(), p);
        Ok(())
    }

    fn resume(&mut self, name: &str, line: usize) -> Result<(), EvalError> {
        if !self.resumes.contains_key(name) {
            let text = (self.load)(name).map_err(|message| EvalError::Row { line, message })?;
            self.resumes
                .insert(name.to_string(), Document::parse(&text));
        }
        Ok(())
    }

    fn matches(&mut self, posting: &str, resume: &str, line: usize) -> Result<(), EvalError> {
        self.posting(posting, line)?;
        self.resume(resume, line)?;
        let key = (posting.to_string(), resume.to_string());
        if !self.matched.contains_key(&key) {
            let m = match_posting(&self.postings[posting], &self.resumes[resume]);
            self.matched.insert(key, m);
        }
        Ok(())
    }
}

/// Scores labelled rows: precision@1 on rows with evidence, gaps given a line, requirements
/// not read; misses with the top line and its reason.
fn score_rows(
    rows: &[Row],
    corpus: &mut Corpus,
    report: &mut PostingsReport,
) -> Result<(), EvalError> {
    for row in rows {
        corpus.matches(&row.posting, &row.resume, row.tsv_line)?;
        let matched = &corpus.matched[&(row.posting.clone(), row.resume.clone())];
        let found = match &row.requirement {
            Requirement::Line(l) => matched.iter().find(|m| m.posting_line == *l),
            Requirement::Text(t) => {
                let want = text_key(t);
                matched.iter().find(|m| text_key(&m.text) == want)
            }
        };
        let top = found.map(|m| m.matches.first());
        report.rows += 1;
        if found.is_none() {
            report.not_read += 1;
        }
        let right = match top {
            None => false,
            Some(None) => row.expected.is_empty(),
            Some(Some(m)) => row.expected.contains(&m.line),
        };
        let family = family_of(&row.posting);
        let fi = match report.families.iter().position(|f| f.family == family) {
            Some(i) => i,
            None => {
                report.families.push(FamilyScore {
                    family,
                    evidence_rows: 0,
                    top1_correct: 0,
                    precision_at_1: 0.0,
                    gap_rows: 0,
                    gaps_given_line: 0,
                });
                report.families.len() - 1
            }
        };
        let fam = &mut report.families[fi];
        if row.expected.is_empty() {
            report.gap_rows += 1;
            fam.gap_rows += 1;
            if matches!(top, Some(Some(_))) {
                report.gaps_given_line += 1;
                fam.gaps_given_line += 1;
            }
        } else {
            report.evidence_rows += 1;
            fam.evidence_rows += 1;
            if found.is_some_and(|m| {
                m.matches
                    .iter()
                    .take(3)
                    .any(|x| row.expected.contains(&x.line))
            }) {
                report.top3_correct += 1;
            }
            if right {
                report.top1_correct += 1;
                fam.top1_correct += 1;
            }
        }
        if !right {
            let (req_line, requirement) = match &row.requirement {
                Requirement::Line(l) => (
                    *l,
                    corpus
                        .labels
                        .get(&row.posting)
                        .and_then(|t| t.get(l))
                        .map(|t| t.1.clone())
                        .unwrap_or_default(),
                ),
                Requirement::Text(t) => (found.map_or(0, |m| m.posting_line), t.clone()),
            };
            report.misses.push(PostingMiss {
                posting: row.posting.clone(),
                resume: row.resume.clone(),
                req_line,
                requirement,
                expected: row.expected_cell.clone(),
                predicted: match top {
                    None => "?".to_string(),
                    Some(None) => "-".to_string(),
                    Some(Some(m)) => m.line.to_string(),
                },
                reason: top.flatten().map(|m| m.reason.clone()).unwrap_or_default(),
            });
        }
    }
    report.pairs = corpus.matched.len();
    Ok(())
}

fn finish(report: &mut PostingsReport, extractions: Vec<Extraction>) {
    for e in &extractions {
        report.labelled_lines += e.labelled;
        report.read_lines += e.read;
        report.spurious_lines += e.spurious;
    }
    let kind_right: usize = extractions.iter().map(|e| e.kind_right).sum();
    report.precision_at_1 = ratio(report.top1_correct, report.evidence_rows);
    report.hit_at_3 = ratio(report.top3_correct, report.evidence_rows);
    report.gap_line_share = if report.gap_rows == 0 {
        0.0
    } else {
        report.gaps_given_line as f64 / report.gap_rows as f64
    };
    for f in &mut report.families {
        f.precision_at_1 = ratio(f.top1_correct, f.evidence_rows);
    }
    report.extraction_recall = ratio(report.read_lines, report.labelled_lines);
    report.kind_accuracy = ratio(kind_right, report.read_lines);
    report.relation_agreement = ratio(report.relations_agree, report.relations);
    report.extraction = extractions;
}

/// The rows of a pairs TSV: `posting`, `resume`, `expected`, and the column `req` that names
/// the requirement, read by `requirement(cell, tsv_line)`.
fn read_rows(
    tsv: &str,
    req: &str,
    requirement: &dyn Fn(&str, usize) -> Result<Requirement, EvalError>,
) -> Result<Vec<Row>, EvalError> {
    let table = Table::parse(tsv)?;
    let unknown = || EvalError::UnknownKind(table.header.join(", "));
    let cp = table.col("posting").ok_or_else(unknown)?;
    let cr = table.col("resume").ok_or_else(unknown)?;
    let cq = table.col(req).ok_or_else(unknown)?;
    let ce = table.col("expected").ok_or_else(unknown)?;
    table
        .rows
        .iter()
        .map(|(line, cells)| {
            Ok(Row {
                tsv_line: *line,
                posting: cells[cp].trim().to_string(),
                resume: cells[cr].trim().to_string(),
                requirement: requirement(&cells[cq], *line)?,
                expected_cell: cells[ce].trim().to_string(),
                expected: parse_expected(cells[ce].trim(), *line)?,
            })
        })
        .collect()
}

/// Matches and scores `rows`; the corpus is returned for the relations.
fn scored<'l>(
    rows: &[Row],
    load: &'l dyn Fn(&str) -> Result<String, String>,
    labelled: bool,
    kind: &'static str,
) -> Result<(Corpus<'l>, PostingsReport), EvalError> {
    let mut corpus = Corpus {
        load,
        labelled,
        postings: BTreeMap::new(),
        labels: BTreeMap::new(),
        resumes: BTreeMap::new(),
        matched: BTreeMap::new(),
        extractions: Vec::new(),
    };
    let mut report = empty_report(kind);
    score_rows(rows, &mut corpus, &mut report)?;
    Ok((corpus, report))
}

/// Evaluates one split: `pairs` and `relations` are its TSVs; `load(path)` reads a file named
/// in them (a posting `.md`, its `.tsv`, a résumé).
pub fn evaluate(
    pairs: &str,
    relations: &str,
    load: &dyn Fn(&str) -> Result<String, String>,
) -> Result<PostingsReport, EvalError> {
    let rows = read_rows(pairs, "req_line", &|cell, line| {
        cell.trim()
            .parse::<usize>()
            .map(Requirement::Line)
            .map_err(|_| EvalError::Row {
                line,
                message: format!("req_line列「{cell}」は行番号にしてください"),
            })
    })?;
    let (mut corpus, mut report) = scored(&rows, load, true, "postings")?;
    let rel = Table::parse(relations)?;
    let unknown = || EvalError::UnknownKind(rel.header.join(", "));
    let (rp, rr, rl) = (
        rel.col("posting").ok_or_else(unknown)?,
        rel.col("resume").ok_or_else(unknown)?,
        rel.col("relation").ok_or_else(unknown)?,
    );
    for (line, cells) in &rel.rows {
        let (pn, rn) = (cells[rp].trim().to_string(), cells[rr].trim().to_string());
        corpus.posting(&pn, *line)?;
        corpus.resume(&rn, *line)?;
        let judged = relation::judge(&corpus.postings[&pn], &corpus.resumes[&rn]);
        let predicted = judged.relation.id().to_string();
        let expected = cells[rl].trim().to_string();
        report.relations += 1;
        if predicted == expected {
            report.relations_agree += 1;
        }
        report.relation_rows.push(RelationRow {
            posting: pn,
            resume: rn,
            expected,
            predicted,
        });
    }
    finish(&mut report, std::mem::take(&mut corpus.extractions));
    Ok(report)
}

/// Evaluates the older `eval/prep/` format (columns `posting`, `resume`, `requirement`,
/// `expected`), read into the same rows: each requirement is looked up by its text among the
/// items read (width, spaces and a final 。 ignored); its postings have no line labels and no
/// relations, so only the matching figures are filled.
pub fn evaluate_requirement_texts(
    tsv: &str,
    load: &dyn Fn(&str) -> Result<String, String>,
) -> Result<PostingsReport, EvalError> {
    let rows = read_rows(tsv, "requirement", &|cell, _| {
        Ok(Requirement::Text(cell.to_string()))
    })?;
    let (_, mut report) = scored(&rows, load, false, "prep")?;
    finish(&mut report, Vec::new());
    Ok(report)
}

fn has_columns(tsv: &str, columns: &[&str]) -> bool {
    Table::parse(tsv).is_ok_and(|t| columns.iter().all(|c| t.col(c).is_some()))
}

/// Whether a TSV header is the older `eval/prep/` format (a requirement's text per row).
pub fn is_requirement_texts_header(tsv: &str) -> bool {
    has_columns(tsv, &["posting", "resume", "requirement", "expected"])
}

/// Whether a TSV header is the posting-corpus pairs format.
pub fn is_postings_header(tsv: &str) -> bool {
    has_columns(tsv, &["posting", "resume", "req_line", "expected"])
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE_RELATION: &str = "posting\tresume\trelation\trationale\np.md\tr.md\tnew\t-\n";

    /// Evaluates the rows `pairs` of one posting (`p.md`, labels `p.tsv`) against one résumé
    /// (`r.md`).
    fn one_pair(posting: &str, labels: &str, resume: &str, pairs: &str) -> PostingsReport {
        let load = |n: &str| match n {
            "p.md" => Ok(posting.to_string()),
            "p.tsv" => Ok(labels.to_string()),
            "r.md" => Ok(resume.to_string()),
            _ => Err(format!("{n}: なし")),
        };
        evaluate(pairs, ONE_RELATION, &load).unwrap()
    }

    #[test]
    fn scores_a_small_split() {
        let posting = "仕事内容\n・受注データの入力\n応募資格\n【必須】フォークリフト運転技能講習\n給与\n月給25万円\n";
        let labels = "line\tkind\tparent\ttext\n1\theading\t-\t仕事内容\n2\tduty\t1\t・受注データの入力\n3\theading\t-\t応募資格\n4\trequired\t3\t【必須】フォークリフト運転技能講習\n5\theading\t-\t給与\n6\tcondition\t5\t月給25万円\n";
        let resume = "## 職務経歴\n### 株式会社A（2020年4月〜現在）\n- 受注データの入力を担当。\n";
        let pairs =
            "posting\tresume\treq_line\texpected\tnote\np.md\tr.md\t2\t3\t-\np.md\tr.md\t4\t-\t-\n";
        let r = one_pair(posting, labels, resume, pairs);
        assert_eq!((r.rows, r.evidence_rows, r.gap_rows), (2, 1, 1));
        assert_eq!(r.top1_correct, 1);
        assert_eq!(r.gaps_given_line, 0);
        assert_eq!(
            (r.labelled_lines, r.read_lines, r.spurious_lines),
            (2, 2, 0)
        );
        assert_eq!(r.relations, 1);
        assert!(is_postings_header(pairs));
        assert!(!is_postings_header(ONE_RELATION));
    }

    /// The right line second on the sheet counts for hit@3, not for precision@1.
    #[test]
    fn hit_at_3_counts_the_lines_the_sheet_shows() {
        let posting = "【必須】\n・請求書の発行と入金の確認の経験\n";
        let resume = "## 職務経歴\n### 株式会社A（2020年4月〜現在）\n- 請求書の発行と入金の確認を担当\n- 請求書の発行\n";
        let labels = "line\tkind\tparent\ttext\n1\theading\t-\t【必須】\n2\trequired\t1\t・請求書の発行と入金の確認の経験\n";
        let pairs = "posting\tresume\treq_line\texpected\tnote\np.md\tr.md\t2\t4\t-\n";
        let r = one_pair(posting, labels, resume, pairs);
        assert_eq!((r.top1_correct, r.top3_correct), (0, 1));
        assert!((r.hit_at_3 - 1.0).abs() < 1e-9);
    }

    #[test]
    fn reads_the_older_format_by_requirement_text() {
        let posting = "【必須】\n・受発注業務の経験\n・介護福祉士\n・フォークリフト免許\n";
        let resume = "## 職務経歴\n### 株式会社A（2020年4月〜現在）\n- 受発注業務で受注データの入力を担当。\n- 請求書を発行。\n";
        let load = |n: &str| match n {
            "p.md" => Ok(posting.to_string()),
            "r.md" => Ok(resume.to_string()),
            _ => Err(format!("{n}: なし")),
        };
        let tsv = "posting\tresume\trequirement\texpected\n\
                   p.md\tr.md\t受発注業務の経験。\t3\n\
                   p.md\tr.md\t介護福祉士\t-\n\
                   p.md\tr.md\tフォークリフト免許\t4\n\
                   p.md\tr.md\t存在しない要件\t-\n";
        let r = evaluate_requirement_texts(tsv, &load).unwrap();
        assert_eq!(r.kind, "prep");
        assert_eq!((r.rows, r.pairs, r.evidence_rows, r.gap_rows), (4, 1, 2, 2));
        // The final 。 is ignored when the text is looked up.
        assert_eq!(r.top1_correct, 1);
        assert!((r.precision_at_1 - 0.5).abs() < 1e-9);
        // Row 3 is predicted a gap against a labelled line; row 4 is not read.
        assert_eq!(r.not_read, 1);
        assert_eq!(r.gaps_given_line, 0);
        assert_eq!(r.misses.len(), 2);
        assert_eq!(r.misses[0].req_line, 4);
        assert_eq!(r.misses[1].predicted, "?");
        // No line labels, no relations: nothing else is scored.
        assert_eq!((r.labelled_lines, r.relations), (0, 0));
        assert!(is_requirement_texts_header(tsv));
        assert!(!is_requirement_texts_header("id\tproblem\n"));
        assert!(!is_postings_header(tsv));
    }

    #[test]
    fn bad_expected_cell_names_the_row() {
        let load = |_: &str| Ok("【必須】\n・経験\n".to_string());
        let tsv = "posting\tresume\trequirement\texpected\np\tr\t経験\tx\n";
        assert!(matches!(
            evaluate_requirement_texts(tsv, &load),
            Err(EvalError::Row { line: 2, .. })
        ));
    }

    /// The older set (`eval/prep/`, issue 8), read into the same evaluation. Issue 21 changed the
    /// conventions it was labelled with: a prose sentence that introduces a list is a lead-in,
    /// not a requirement (2 rows), experience is proven by employer blocks whose years add up, and
    /// one shared word or synonym group is no evidence. The floors record the level measured
    /// under the new rules; the posting corpus carries issue 21's floors.
    #[test]
    #[allow(clippy::print_stdout)]
    fn older_prep_pairs_floor() {
        let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../eval/prep"));
        let tsv = std::fs::read_to_string(dir.join("pairs.tsv")).unwrap();
        let load = |n: &str| std::fs::read_to_string(dir.join(n)).map_err(|e| e.to_string());
        let r = evaluate_requirement_texts(&tsv, &load).unwrap();
        println!(
            "p@1 {:.3} gap-line {:.3} ({}/{}) not read {}",
            r.precision_at_1, r.gap_line_share, r.gaps_given_line, r.gap_rows, r.not_read
        );
        assert!(r.not_read <= 2, "not read {}", r.not_read);
        assert!(r.pairs >= 10 && r.evidence_rows >= 60, "{} pairs", r.pairs);
        // Measured .691 / .059 (2026-11-30).
        assert!(r.precision_at_1 >= 0.67, "p@1 {:.3}", r.precision_at_1);
        assert!(r.gap_line_share <= 0.10, "gap {:.3}", r.gap_line_share);
    }

    /// Evaluates a split of the corpus (`eval/postings/<name>`).
    fn split(name: &str) -> PostingsReport {
        let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let dir = root.join("eval/postings").join(name);
        let pairs = std::fs::read_to_string(dir.join("pairs.tsv")).unwrap();
        let relations = std::fs::read_to_string(dir.join("relations.tsv")).unwrap();
        let load = |n: &str| std::fs::read_to_string(root.join(n)).map_err(|e| e.to_string());
        evaluate(&pairs, &relations, &load).unwrap()
    }

    /// Floors of issue 21 on the development split (the held-out split is not read here).
    #[test]
    #[allow(clippy::print_stdout)]
    fn development_split_floors() {
        let r = split("dev");
        println!(
            "p@1 {:.3} gap-line {:.3} recall {:.3} kind {:.3} spurious {} relation {:.3}",
            r.precision_at_1,
            r.gap_line_share,
            r.extraction_recall,
            r.kind_accuracy,
            r.spurious_lines,
            r.relation_agreement
        );
        assert!(r.pairs >= 40 && r.evidence_rows >= 300, "{} pairs", r.pairs);
        assert!(
            r.extraction_recall >= 0.98,
            "recall {:.3}",
            r.extraction_recall
        );
        assert!(r.precision_at_1 >= FLOOR_P1, "p@1 {:.3}", r.precision_at_1);
        assert!(r.gap_line_share <= CEIL_GAP, "gap {:.3}", r.gap_line_share);
        assert!(
            r.relation_agreement >= FLOOR_REL,
            "rel {:.3}",
            r.relation_agreement
        );
    }

    /// The floors of a once-held-out split that is development data now.
    struct Floors {
        pairs: usize,
        evidence_rows: usize,
        extraction: f64,
        p1: f64,
        gap: f64,
        relation: f64,
    }

    fn assert_split_floors(name: &str, f: Floors) {
        let r = split(name);
        assert!(
            r.pairs >= f.pairs && r.evidence_rows >= f.evidence_rows,
            "{} pairs",
            r.pairs
        );
        assert!(
            r.extraction_recall >= f.extraction,
            "recall {:.3}",
            r.extraction_recall
        );
        assert!(r.precision_at_1 >= f.p1, "p@1 {:.3}", r.precision_at_1);
        assert!(r.gap_line_share <= f.gap, "gap {:.3}", r.gap_line_share);
        assert!(
            r.relation_agreement >= f.relation,
            "rel {:.3}",
            r.relation_agreement
        );
    }

    /// holdout-3, evaluated once (p@1 .613, gaps .128, extraction .862, relation .857), is
    /// development data since: measured .748 / .135 / 1.000 / .857 after the duty layouts of
    /// 2026-12-01 (a day or a year in the job, ■ groups of └ duties), then .809 / .128 / 1.000 /
    /// .857 after the employer periods, industries, improvement words and shop duty concepts of
    /// issue 21's holdout-4 round, then relation .964 with the dispatch job, counter sales apart
    /// from field sales and the companies of a キャリア式 list; floors a little below. Relation
    /// .929 since household-goods shops became a trade apart from clothes shops (one pair, a
    /// store manager of an アパレル・生活雑貨 chain for a 生活雑貨 shop, went to 同職種異業界; six
    /// pairs of other splits were set right).
    #[test]
    fn holdout_3_development_floors() {
        assert_split_floors(
            "holdout-3",
            Floors {
                pairs: 25,
                evidence_rows: 200,
                extraction: 0.98,
                p1: 0.82,
                gap: 0.14,
                relation: 0.92,
            },
        );
    }

    /// holdout-4, evaluated once (p@1 .677, gaps .083, extraction 1.000, relation .828), is
    /// development data since 2026-12-01: measured .715 / .083 / 1.000 (kind 1.000) / .931 after
    /// the 職歴一覧 rows, 派遣先 posts, entry-dated blocks, the call-centre family, the 通販/保育
    /// industries, the Excel-grid 【必須】/【歓迎】 cells and the shop duty concepts, then relation
    /// 1.000 with counter sales apart from field sales; floors a little below.
    #[test]
    fn holdout_4_development_floors() {
        assert_split_floors(
            "holdout-4",
            Floors {
                pairs: 25,
                evidence_rows: 250,
                extraction: 0.98,
                p1: 0.72,
                gap: 0.10,
                relation: 0.96,
            },
        );
    }

    /// holdout-5, evaluated once (p@1 .704, gaps .079, extraction .918, relation .759), is
    /// development data since: ◆ items with a 読点 and the rows of 「1日の流れ」 are read
    /// (extraction 1.000, p@1 .746, gaps .090); relation 1.000 (p@1 .757) after makers that
    /// wholesale, construction as one trade for office jobs, EC as mail order and the companies
    /// of a キャリア式 list.
    #[test]
    fn holdout_5_development_floors() {
        assert_split_floors(
            "holdout-5",
            Floors {
                pairs: 25,
                evidence_rows: 250,
                extraction: 0.98,
                p1: 0.76,
                gap: 0.10,
                relation: 0.96,
            },
        );
    }

    /// holdout-6, evaluated once (p@1 .745, gaps .142, extraction 1.000, relation .600), is
    /// development data since 2026-12-01: measured .791 / .123 / 1.000 / 1.000 after the
    /// whole-career relation (人事・労務, restaurant vs shop stores, industries named as
    /// customers, sections under a division), spreadsheet levels and leading posts; floors a
    /// little below. Raised after the weak-match gates and the experience blocks of the third
    /// round (.818 / .090 / 1.000 / 1.000): p@1 .79, gaps given a line .11.
    #[test]
    fn holdout_6_development_floors() {
        assert_split_floors(
            "holdout-6",
            Floors {
                pairs: 28,
                evidence_rows: 200,
                extraction: 0.98,
                p1: 0.81,
                gap: 0.11,
                relation: 0.96,
            },
        );
    }

    /// holdout-7 was evaluated once unseen (p@1 .699, gaps .107, relation .769) and is development
    /// data since; the fourth round's rules on the words that name no job of the seeker's raised
    /// it to .699 / .089 / 1.000 / .962. The floors sit a little below.
    #[test]
    fn holdout_7_development_floors() {
        assert_split_floors(
            "holdout-7",
            Floors {
                pairs: 26,
                evidence_rows: 130,
                extraction: 0.98,
                p1: 0.72,
                gap: 0.11,
                relation: 0.92,
            },
        );
    }

    /// holdout-8 (p@1 .638, gaps .090, relation .667 when evaluated once) and holdout-9 (.698 /
    /// .071 / .846) are development data since 2026-12-01: measured .776 / .068 / 1.000 and
    /// .752 / .060 / 1.000 after the improvement episodes of the review, the duty by parts, the
    /// other job's topics and the move rules of that day; floors a little below.
    #[test]
    fn holdout_8_and_9_development_floors() {
        for (name, p1) in [("holdout-8", 0.74), ("holdout-9", 0.72)] {
            assert_split_floors(
                name,
                Floors {
                    pairs: 25,
                    evidence_rows: 110,
                    extraction: 0.98,
                    p1,
                    gap: 0.09,
                    relation: 0.92,
                },
            );
        }
    }

    /// holdout-11 was evaluated once unseen (p@1 .669, gaps .060, extraction .941, relation
    /// .852) and then used to fix its two extraction misses (.723 / .078 / 1.000 / .852); the
    /// floors sit a little below.
    #[test]
    fn holdout_11_development_floors() {
        assert_split_floors(
            "holdout-11",
            Floors {
                pairs: 25,
                evidence_rows: 120,
                extraction: 0.98,
                p1: 0.72,
                gap: 0.10,
                relation: 0.82,
            },
        );
    }

    /// Splits held out until the second session of 2026-12-01 and development data since, each
    /// evaluated once before it was used: holdout-10 (.664 / .125 / 1.000 / .654) and holdout-12
    /// (.692 / .075 / .971 / .750) from the session before; holdout-13 and -14 (at 9acaee5: .744
    /// / .102 / .966 / .750 and .656 / .078 / .930 / .893), holdout-15 and -16 (at 5e63eb4: .659
    /// / .080 / .930 / .893 and .701 / .072 / .993 / .724) and holdout-17 and -18 (at d525c5f:
    /// .667 / .092 / 1.000 / .750 and .790 / .112 / 1.000 / .964) and holdout-19 and -20 (at
    /// e1fbb0e: .695 / .097 / .945 / .857 and .681 / .059 / 1.000 / .857) and holdout-21 and -22
    /// (at 7237e5d: .672 / .078 / .948 / .821 and .835 / .079 / 1.000 / .786) and holdout-23 and -24
    /// (at 3dd38c5: .682 / .088 / .964 / .893 and .678 / .050 / 1.000 / .929) written in it. Floors a little
    /// below what they measure at its end. (holdout-10's and -13's gaps given a line stay above
    /// the issue's .10: their annotator labels the neighbouring résumés' lines strictly.)
    /// holdout-25, evaluated once at the end of that session (17e0975: .745 / .092 / 1.000 /
    /// .679), is development data since the third session of 2026-12-01: .816 / .087 /
    /// 1.000 / .964 after its work (relation floors raised with it: the front desk, trade goods,
    /// order desks and the sections moved to).
    #[test]
    fn holdout_10_to_25_development_floors() {
        for (name, p1, gap, relation) in [
            ("holdout-10", 0.75, 0.14, 0.92),
            ("holdout-12", 0.77, 0.09, 0.92),
            ("holdout-13", 0.77, 0.12, 0.89),
            ("holdout-14", 0.69, 0.09, 0.89),
            ("holdout-15", 0.65, 0.09, 0.85),
            ("holdout-16", 0.68, 0.09, 0.82),
            // (Gaps .101 since 2026-12-01's fourth session: 「タブレット・パソコンで記録を入力
            // できる方」 is met by a skills line of office programs, which four labelled rows of
            // other sets call evidence and this set's one row a gap.)
            ("holdout-17", 0.65, 0.11, 0.89),
            ("holdout-18", 0.76, 0.12, 0.96),
            ("holdout-19", 0.74, 0.11, 0.89),
            ("holdout-20", 0.67, 0.08, 0.89),
            ("holdout-21", 0.71, 0.09, 0.78),
            ("holdout-22", 0.81, 0.09, 0.89),
            ("holdout-23", 0.69, 0.10, 0.92),
            ("holdout-24", 0.66, 0.07, 0.92),
            ("holdout-25", 0.78, 0.10, 0.92),
        ] {
            assert_split_floors(
                name,
                Floors {
                    pairs: 26,
                    evidence_rows: 115,
                    extraction: 0.98,
                    p1,
                    gap,
                    relation,
                },
            );
        }
    }

    /// The floors of splits of 28 pairs: (name, precision@1, gaps given a line, extraction,
    /// relation), each with at least `evidence_rows` rows with evidence.
    fn assert_floors_of_28_pairs(evidence_rows: usize, rows: &[(&str, f64, f64, f64, f64)]) {
        for &(name, p1, gap, extraction, relation) in rows {
            assert_split_floors(
                name,
                Floors {
                    pairs: 28,
                    evidence_rows,
                    extraction,
                    p1,
                    gap,
                    relation,
                },
            );
        }
    }

    /// holdout-26, -27 and -28, written in the third session of 2026-12-01 by annotators who never
    /// read the matcher and evaluated once at its end (fec940c: .731 / .079 / .978 / .786, .706 /
    /// .070 / .917 / .750, .568 / .049 / .951 / .714), then used to fix extraction and a few
    /// experience rules: development data since. Floors a little below what they measure.
    #[test]
    fn holdout_26_to_28_development_floors() {
        assert_floors_of_28_pairs(
            115,
            &[
                ("holdout-26", 0.72, 0.09, 0.98, 0.75),
                ("holdout-27", 0.74, 0.09, 0.98, 0.71),
                ("holdout-28", 0.59, 0.06, 0.96, 0.78),
            ],
        );
    }

    /// holdout-29, -30 and -31, written in the third session of 2026-12-01 and evaluated once at
    /// its end (00e890b: .702 / .102 / .928 / .821, .591 / .088 / .955 / .821, .631 / .059 / .936
    /// / .714), are development data since the fourth session, which read their misses and
    /// unread lines (prose duties over ※ notes and above a day's schedule, marked asks holding
    /// a section's word, teaching and leading asked in other words). Floors a little below what
    /// they measure after it.
    #[test]
    fn holdout_29_to_31_development_floors() {
        assert_floors_of_28_pairs(
            115,
            &[
                ("holdout-29", 0.74, 0.11, 0.95, 0.82),
                ("holdout-30", 0.67, 0.11, 0.98, 0.82),
                ("holdout-31", 0.61, 0.08, 0.96, 0.70),
            ],
        );
    }

    /// holdout-32, -33 and -34, written at the start of the fourth session of 2026-12-01 and
    /// evaluated once in it (6550a4d: .754 / .101 / 1.000 / .893, .654 / .059 / .919 / 1.000,
    /// .635 / .081 / .905 / .893), then read for their unread lines (a sentence after the list,
    /// a week told day by day, a bracketed space): development data since.
    #[test]
    fn holdout_32_to_34_development_floors() {
        assert_floors_of_28_pairs(
            130,
            &[
                ("holdout-32", 0.73, 0.11, 0.98, 0.85),
                ("holdout-33", 0.67, 0.08, 0.96, 0.96),
                ("holdout-34", 0.65, 0.10, 0.95, 0.85),
            ],
        );
    }

    /// holdout-35, -36 and -37, written in the fourth session of 2026-12-01 and evaluated once at
    /// its end (1bbe1e7: .781 / .122 / .979 / .964, .649 / .075 / .986 / .893, .733 / .085 / .966
    /// / .929), read in the fifth for their misses: development data since. Floors a little
    /// below what they measure after it.
    #[test]
    fn holdout_35_to_37_development_floors() {
        assert_floors_of_28_pairs(
            130,
            &[
                ("holdout-35", 0.79, 0.13, 0.97, 0.92),
                ("holdout-36", 0.65, 0.08, 0.98, 0.85),
                ("holdout-37", 0.76, 0.09, 0.96, 0.89),
            ],
        );
    }

    /// holdout-38, -39 and -40, written at the start of the fifth session of 2026-12-01 and
    /// evaluated once at its end (7e7d3e3: .653 / .085 / .961 / .857, .650 / .050 / .956 / .893,
    /// .649 / .085 / .966 / .893): development data since. Floors a little below.
    #[test]
    fn holdout_38_to_40_development_floors() {
        assert_floors_of_28_pairs(
            130,
            &[
                ("holdout-38", 0.64, 0.09, 0.96, 0.85),
                ("holdout-39", 0.64, 0.06, 0.95, 0.89),
                ("holdout-40", 0.64, 0.09, 0.96, 0.89),
            ],
        );
    }

    /// The round of held-out sets written on 2026-12-02, evaluated once at the end of that day's
    /// first session (eval/postings/README.md), then development data.
    #[test]
    fn holdout_41_to_43_development_floors() {
        assert_floors_of_28_pairs(
            140,
            &[
                ("holdout-41", 0.66, 0.15, 0.93, 0.75),
                ("holdout-42", 0.57, 0.10, 0.94, 0.82),
                ("holdout-43", 0.63, 0.06, 0.93, 0.85),
            ],
        );
    }

    // Floors of holdout-3…7 raised on 2026-12-01 after the day's matching work (measured .848,
    // .753, .786, .836, .757).

    /// The employer blocks read from one résumé, for working on the rules:
    /// `RESUME=eval/resumes/dev/n01-jimu.md cargo test … dump_employers -- --ignored`.
    #[test]
    #[ignore]
    #[allow(clippy::print_stdout)]
    fn dump_employers() {
        let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let path = std::env::var("RESUME").unwrap_or_default();
        let text = std::fs::read_to_string(root.join(path)).unwrap();
        let doc = crate::document::Document::parse(&text);
        print_employers(&doc, "");
    }

    /// Prints the employer blocks of a résumé and their roles, indented by `indent`.
    #[allow(clippy::print_stdout)]
    fn print_employers(doc: &crate::document::Document, indent: &str) {
        for e in crate::prep::career::employers(doc) {
            println!(
                "{indent}EMP {} {:?} months {:?} fam {:?} ind {:?}",
                e.line, e.heading, e.months, e.families, e.industry
            );
            for r in &e.roles {
                println!(
                    "{indent}  ROLE {} {:?} months {:?} fam {:?} ind {:?} {:?}",
                    r.line, r.text, r.months, r.families, r.industry, r.kind
                );
            }
        }
    }

    /// The development misses, for working on the rules: `cargo test … dump_dev -- --ignored`
    /// (`SPLIT=holdout-6` for another development split).
    #[test]
    #[ignore]
    #[allow(clippy::print_stdout)]
    fn dump_dev() {
        let name = std::env::var("SPLIT").unwrap_or_else(|_| "dev".to_string());
        let r = split(&name);
        for e in &r.extraction {
            println!(
                "EXT {} {}/{} kind {} unread {:?} spurious {:?}",
                e.posting, e.read, e.labelled, e.kind_right, e.unread, e.spurious_lines
            );
        }
        println!(
            "ALL p@1 {:.3} ({}/{}) gap-line {:.3} ({}/{})",
            r.precision_at_1,
            r.top1_correct,
            r.evidence_rows,
            r.gap_line_share,
            r.gaps_given_line,
            r.gap_rows
        );
        for f in &r.families {
            println!(
                "FAM {:9} p@1 {:.3} ({}/{}) gaps given a line {}/{}",
                f.family,
                f.precision_at_1,
                f.top1_correct,
                f.evidence_rows,
                f.gaps_given_line,
                f.gap_rows
            );
        }
        let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        for x in r.relation_rows.iter().filter(|x| x.expected != x.predicted) {
            println!(
                "REL {} {} expected {} predicted {}",
                x.posting, x.resume, x.expected, x.predicted
            );
            let read = |n: &str| std::fs::read_to_string(root.join(n)).unwrap();
            let posting = crate::prep::posting::parse(&read(&x.posting));
            let doc = crate::document::Document::parse(&read(&x.resume));
            let m = crate::prep::relation::judge(&posting, &doc);
            println!(
                "  POSTING job {:?} industry {:?} line {:?}: {}",
                m.posting_job, m.posting_industry, m.resume_line, m.reason
            );
            print_employers(&doc, "  ");
        }
        for m in &r.misses {
            println!(
                "MISS {}:{} {} [{}] exp={} got={} {}",
                m.posting.trim_start_matches("eval/postings/"),
                m.req_line,
                m.resume.trim_start_matches("eval/resumes/dev/"),
                m.requirement,
                m.expected,
                m.predicted,
                m.reason
            );
        }
    }

    /// The single held-out evaluation (issue 21): aggregate figures and extraction per posting
    /// only, no misses — the split is not for tuning. `cargo test … held_out -- --ignored`.
    #[test]
    #[ignore]
    #[allow(clippy::print_stdout)]
    fn held_out() {
        let r = split("holdout");
        println!(
            "HOLDOUT pairs {} rows {} p@1 {:.3} ({}/{}) gap-line {:.3} ({}/{}) recall {:.3} ({}/{}) kind {:.3} spurious {} relation {:.3} ({}/{})",
            r.pairs,
            r.rows,
            r.precision_at_1,
            r.top1_correct,
            r.evidence_rows,
            r.gap_line_share,
            r.gaps_given_line,
            r.gap_rows,
            r.extraction_recall,
            r.read_lines,
            r.labelled_lines,
            r.kind_accuracy,
            r.spurious_lines,
            r.relation_agreement,
            r.relations_agree,
            r.relations
        );
        for e in &r.extraction {
            println!(
                "HOLDOUT {} read {}/{} kind {}",
                e.posting, e.read, e.labelled, e.kind_right
            );
        }
    }

    /// Measured on dev at the end of issue 21's work (.715 / .088 / .979), then .737 / .088 /
    /// .979 with episodes shown by their action and work lines before skills-list lines, then
    /// .815 / .054 / .979 with every post of the career, the gap rules and the duty table of
    /// 2026-11-30: floors a little below, so that a regression fails. Issue 21's targets are
    /// precision@1 ≥ .80 and gaps given a line ≤ .10.
    const FLOOR_P1: f64 = 0.80;
    const CEIL_GAP: f64 = 0.07;
    const FLOOR_REL: f64 = 0.95;
}
