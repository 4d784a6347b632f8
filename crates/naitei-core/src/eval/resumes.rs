//! Document mode of the evaluation: whole 職務経歴書 (NAME.md) against a per-line label file
//! (NAME.tsv) written by annotators who never saw the rules. Pure: the caller reads both files.
//!
//! Label file columns: `line section job item episode problem action result writing text`, one
//! row per non-empty line of the résumé. `item` = 1 marks a duty/achievement line of the
//! 職務経歴; the lines of one achievement share an `episode` id; `writing` lists the writing
//! faults of the line (long-sentence, many-commas, …) or `-`.
//!
//! What is measured, end to end through [`crate::review::review`]:
//! - problem / action / result per labelled career item line (a labelled line the review does
//!   not report counts as predicted 0) and per labelled episode (an episode has a part when one
//!   of its lines has it; the prediction is the same "any line" over the review's lines);
//! - coverage: labelled career item lines the review reports;
//! - employer blocks found by the review against the job ids labelled;
//! - per rule, the share of findings that the labels support (see [`finding_is_right`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use super::{Confusion, EvalError, LabelScore, Table};
use crate::config::Config;
use crate::review::Review;

const PARTS: [&str; 3] = ["problem", "action", "result"];

/// The writing label that supports each writing rule.
const WRITING_RULES: &[(&str, &str)] = &[
    ("sentence-length", "long-sentence"),
    ("max-ten", "many-commas"),
    ("doubled-joshi", "doubled-joshi"),
    ("redundant-expression", "redundant"),
    ("weak-phrase", "weak-phrase"),
    ("double-negative", "double-negative"),
    ("ra-nuki", "ra-nuki"),
    ("mixed-style", "style-mix"),
];

/// One labelled line.
#[derive(Debug, Clone)]
struct LabelRow {
    line: usize,
    section: String,
    job: Option<String>,
    item: bool,
    episode: Option<String>,
    parts: [bool; 3],
    writing: Vec<String>,
    text: String,
}

fn parse_labels(tsv: &str) -> Result<Vec<LabelRow>, EvalError> {
    let table = Table::parse(tsv)?;
    let col = |name: &str| {
        table
            .col(name)
            .ok_or_else(|| EvalError::UnknownKind(table.header.join(", ")))
    };
    let (c_line, c_section, c_job, c_item, c_episode, c_writing, c_text) = (
        col("line")?,
        col("section")?,
        col("job")?,
        col("item")?,
        col("episode")?,
        col("writing")?,
        col("text")?,
    );
    let c_parts = [col("problem")?, col("action")?, col("result")?];
    let opt = |s: &str| {
        let s = s.trim();
        (!s.is_empty() && s != "-").then(|| s.to_string())
    };
    let mut out = Vec::new();
    for row in &table.rows {
        let line = row.1[c_line]
            .trim()
            .parse::<usize>()
            .map_err(|_| EvalError::Row {
                line: row.0,
                message: format!("line列の値「{}」は行番号にしてください", row.1[c_line]),
            })?;
        let item = table.flag(row, c_item)?;
        let mut parts = [false; 3];
        if item {
            for (k, &c) in c_parts.iter().enumerate() {
                parts[k] = table.flag(row, c)?;
            }
        }
        out.push(LabelRow {
            line,
            section: row.1[c_section].trim().to_string(),
            job: opt(&row.1[c_job]),
            item,
            episode: opt(&row.1[c_episode]),
            parts,
            writing: row.1[c_writing]
                .split(',')
                .map(str::trim)
                .filter(|w| !w.is_empty() && *w != "-")
                .map(str::to_string)
                .collect(),
            text: row.1[c_text].clone(),
        });
    }
    Ok(out)
}

/// A disagreement, for `--misses`.
#[derive(Debug, Clone, Serialize)]
pub struct DocMiss {
    pub file: String,
    pub line: usize,
    /// problem / action / result, `dropped` (a labelled career line the review did not report),
    /// or a rule id (a finding the labels do not support).
    pub what: String,
    pub expected: bool,
    pub text: String,
}

/// The figures of one file, kept for the corpus totals.
#[derive(Debug, Clone, Default)]
pub struct FileTally {
    lines: [Confusion; 3],
    episodes: [Confusion; 3],
    labelled_items: usize,
    reported_items: usize,
    jobs_labelled: usize,
    jobs_found: usize,
    /// rule → (findings, right)
    rules: BTreeMap<String, (usize, usize)>,
    /// writing label → (labelled lines, lines with a finding of its rule)
    writing_recall: BTreeMap<String, (usize, usize)>,
    misses: Vec<DocMiss>,
}

/// Whether the labels support a finding of `rule` on 1-based `line`; None when the labels say
/// nothing about the rule (summary, length, digital skills, dates).
fn finding_is_right(
    rule: &str,
    line: usize,
    by_line: &HashMap<usize, &LabelRow>,
    episode_parts: &HashMap<String, [bool; 3]>,
    job_has_action: &HashMap<String, bool>,
) -> Option<bool> {
    let row = by_line.get(&line);
    let part = match rule {
        "achievement-no-problem" => Some(0),
        "achievement-no-action" => Some(1),
        "achievement-no-result" => Some(2),
        _ => None,
    };
    if let Some(k) = part {
        return Some(row.is_some_and(|r| {
            r.item
                && r.episode
                    .as_ref()
                    .and_then(|e| episode_parts.get(e))
                    .map_or(!r.parts[k], |p| !p[k])
        }));
    }
    if rule == "task-list-only" {
        return Some(row.is_some_and(|r| {
            r.section == "career"
                && r.job
                    .as_ref()
                    .is_some_and(|j| job_has_action.get(j) == Some(&false))
        }));
    }
    let label = WRITING_RULES.iter().find(|(r, _)| *r == rule)?.1;
    Some(row.is_some_and(|r| r.writing.iter().any(|w| w == label)))
}

/// Scores one reviewed file against its labels.
pub fn score_file(name: &str, review: &Review, tsv: &str) -> Result<FileTally, EvalError> {
    let labels = parse_labels(tsv)?;
    let mut t = FileTally::default();
    let by_line: HashMap<usize, &LabelRow> = labels.iter().map(|r| (r.line, r)).collect();
    let predicted: HashMap<usize, [bool; 3]> = review
        .items
        .iter()
        .map(|i| (i.line, [i.problem, i.action, i.result]))
        .collect();
    // Lines.
    let career_item = |r: &&LabelRow| r.item && r.section == "career";
    for r in labels.iter().filter(career_item) {
        t.labelled_items += 1;
        let p = predicted.get(&r.line);
        if p.is_some() {
            t.reported_items += 1;
        } else {
            t.misses.push(DocMiss {
                file: name.to_string(),
                line: r.line,
                what: "dropped".to_string(),
                expected: true,
                text: r.text.clone(),
            });
        }
        let p = p.copied().unwrap_or_default();
        for k in 0..3 {
            t.lines[k].add(p[k], r.parts[k]);
            if p[k] != r.parts[k] {
                t.misses.push(DocMiss {
                    file: name.to_string(),
                    line: r.line,
                    what: PARTS[k].to_string(),
                    expected: r.parts[k],
                    text: r.text.clone(),
                });
            }
        }
    }
    // Episodes: labelled parts and predictions, each "any line of the episode".
    let mut episode_parts: HashMap<String, [bool; 3]> = HashMap::new();
    let mut episode_pred: BTreeMap<String, [bool; 3]> = BTreeMap::new();
    for r in labels.iter().filter(career_item) {
        let Some(e) = &r.episode else { continue };
        let p = predicted.get(&r.line).copied().unwrap_or_default();
        let ep = episode_parts.entry(e.clone()).or_default();
        let pp = episode_pred.entry(e.clone()).or_default();
        for k in 0..3 {
            ep[k] |= r.parts[k];
            pp[k] |= p[k];
        }
    }
    for (e, p) in &episode_pred {
        let x = episode_parts[e];
        for k in 0..3 {
            t.episodes[k].add(p[k], x[k]);
        }
    }
    // Jobs.
    let mut jobs: BTreeSet<&str> = BTreeSet::new();
    let mut job_has_action: HashMap<String, bool> = HashMap::new();
    for r in labels.iter().filter(|r| r.section == "career") {
        if let Some(j) = &r.job {
            jobs.insert(j);
            let e = job_has_action.entry(j.clone()).or_default();
            *e |= r.item && r.parts[1];
        }
    }
    t.jobs_labelled = jobs.len();
    t.jobs_found = review.summary.jobs;
    // Rules.
    for f in &review.diagnostics {
        let Some(right) =
            finding_is_right(f.rule, f.line, &by_line, &episode_parts, &job_has_action)
        else {
            continue;
        };
        let e = t.rules.entry(f.rule.to_string()).or_default();
        e.0 += 1;
        e.1 += usize::from(right);
        if !right {
            t.misses.push(DocMiss {
                file: name.to_string(),
                line: f.line,
                what: f.rule.to_string(),
                expected: false,
                text: by_line
                    .get(&f.line)
                    .map_or_else(|| f.text.clone(), |r| r.text.clone()),
            });
        }
    }
    for (rule, label) in WRITING_RULES {
        for r in labels
            .iter()
            .filter(|r| r.writing.iter().any(|w| w == label))
        {
            let found = review
                .diagnostics
                .iter()
                .any(|f| f.rule == *rule && f.line == r.line);
            let e = t.writing_recall.entry((*rule).to_string()).or_default();
            e.0 += 1;
            e.1 += usize::from(found);
        }
    }
    Ok(t)
}

/// Precision of one rule's findings against the labels.
#[derive(Debug, Clone, Serialize)]
pub struct RuleScore {
    pub rule: String,
    pub findings: usize,
    pub right: usize,
    pub precision: f64,
    /// Writing rules: labelled lines of the rule's fault, and how many got a finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labelled: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recall: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FileSummary {
    pub file: String,
    pub items_labelled: usize,
    pub items_reported: usize,
    pub jobs_labelled: usize,
    pub jobs_found: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentReport {
    pub kind: String,
    pub files: Vec<FileSummary>,
    pub lines: Vec<LabelScore>,
    pub episodes: Vec<LabelScore>,
    /// Career item lines reported ÷ labelled.
    pub coverage: f64,
    pub items_labelled: usize,
    pub items_reported: usize,
    pub jobs_labelled: usize,
    pub jobs_found: usize,
    /// Files whose employer count differs from the labels.
    pub job_mismatches: usize,
    pub rules: Vec<RuleScore>,
    pub misses: Vec<DocMiss>,
}

fn label_scores(conf: &[Confusion; 3]) -> Vec<LabelScore> {
    super::label_scores(&PARTS, conf)
}

/// Totals over the files of a corpus.
pub fn report(files: Vec<(String, FileTally)>) -> DocumentReport {
    let mut lines = [Confusion::default(); 3];
    let mut episodes = [Confusion::default(); 3];
    let mut rules: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut recall: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut summaries = Vec::new();
    let mut misses = Vec::new();
    for (name, t) in files {
        for k in 0..3 {
            for (sum, c) in [
                (&mut lines[k], t.lines[k]),
                (&mut episodes[k], t.episodes[k]),
            ] {
                sum.tp += c.tp;
                sum.fp += c.fp;
                sum.fn_ += c.fn_;
                sum.tn += c.tn;
            }
        }
        for (r, (n, ok)) in t.rules {
            let e = rules.entry(r).or_default();
            e.0 += n;
            e.1 += ok;
        }
        for (r, (n, ok)) in t.writing_recall {
            let e = recall.entry(r).or_default();
            e.0 += n;
            e.1 += ok;
        }
        summaries.push(FileSummary {
            file: name,
            items_labelled: t.labelled_items,
            items_reported: t.reported_items,
            jobs_labelled: t.jobs_labelled,
            jobs_found: t.jobs_found,
        });
        misses.extend(t.misses);
    }
    let mut all_rules: BTreeSet<String> = rules.keys().cloned().collect();
    all_rules.extend(recall.keys().cloned());
    let rules = all_rules
        .into_iter()
        .map(|r| {
            let (n, ok) = rules.get(&r).copied().unwrap_or_default();
            let rec = recall.get(&r).copied();
            RuleScore {
                precision: if n == 0 { 1.0 } else { ok as f64 / n as f64 },
                findings: n,
                right: ok,
                labelled: rec.map(|x| x.0),
                recall: rec.map(|(l, f)| if l == 0 { 1.0 } else { f as f64 / l as f64 }),
                rule: r,
            }
        })
        .collect();
    let items_labelled = summaries.iter().map(|s| s.items_labelled).sum();
    let items_reported = summaries.iter().map(|s| s.items_reported).sum();
    DocumentReport {
        kind: "resumes".to_string(),
        coverage: if items_labelled == 0 {
            1.0
        } else {
            items_reported as f64 / items_labelled as f64
        },
        items_labelled,
        items_reported,
        jobs_labelled: summaries.iter().map(|s| s.jobs_labelled).sum(),
        jobs_found: summaries.iter().map(|s| s.jobs_found).sum(),
        job_mismatches: summaries
            .iter()
            .filter(|s| s.jobs_labelled != s.jobs_found)
            .count(),
        files: summaries,
        lines: label_scores(&lines),
        episodes: label_scores(&episodes),
        rules,
        misses,
    }
}

/// Reviews a résumé with the default configuration and scores it against its labels.
pub fn evaluate_file(name: &str, resume: &str, tsv: &str) -> Result<FileTally, EvalError> {
    let review = crate::review::review(resume, &Config::default());
    score_file(name, &review, tsv)
}

/// Is this TSV header a résumé label file?
pub fn is_label_header(tsv: &str) -> bool {
    let head = tsv.lines().next().unwrap_or("");
    let cols: Vec<&str> = head.trim_start_matches('\u{FEFF}').split('\t').collect();
    ["line", "section", "item", "episode", "writing"]
        .iter()
        .all(|c| cols.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "■職務経歴\n株式会社A（2019年4月〜現在）\n・受注入力を担当。\n・入力ミスが多かったため、チェック表を作成。\n→ミスを月10件から2件に減らした。\n";
    const TSV: &str = "line\tsection\tjob\titem\tepisode\tproblem\taction\tresult\twriting\ttext\n\
        1\tcareer\t-\t0\t-\t-\t-\t-\t-\t■職務経歴\n\
        2\tcareer\tJ1\t0\t-\t-\t-\t-\t-\t株式会社A（2019年4月〜現在）\n\
        3\tcareer\tJ1\t1\tE1\t0\t0\t0\t-\t・受注入力を担当。\n\
        4\tcareer\tJ1\t1\tE2\t1\t1\t0\t-\t・入力ミスが多かったため、チェック表を作成。\n\
        5\tcareer\tJ1\t1\tE2\t0\t0\t1\t-\t→ミスを月10件から2件に減らした。\n";

    #[test]
    fn scores_lines_episodes_jobs_and_coverage() {
        assert!(is_label_header(TSV));
        let t = evaluate_file("x", MD, TSV).unwrap();
        assert_eq!(t.labelled_items, 3);
        assert_eq!(t.jobs_labelled, 1);
        let r = report(vec![("x".to_string(), t)]);
        assert_eq!(r.items_labelled, 3);
        assert_eq!(r.episodes[0].support, 1, "one episode has a problem");
        assert_eq!(r.lines[2].support, 1, "one line has a result");
    }

    #[test]
    fn a_dropped_line_counts_as_predicted_zero() {
        // The review of an empty text reports nothing: every labelled part is a false negative.
        let t = evaluate_file("x", "", TSV).unwrap();
        assert_eq!(t.reported_items, 0);
        assert_eq!(t.lines[1].fn_, 1);
        assert!(t.misses.iter().any(|m| m.what == "dropped" && m.line == 3));
    }

    #[test]
    fn rule_findings_are_judged_by_the_episode() {
        let labels = parse_labels(TSV).unwrap();
        let by_line: HashMap<usize, &LabelRow> = labels.iter().map(|r| (r.line, r)).collect();
        let eps: HashMap<String, [bool; 3]> = [("E2".to_string(), [true, true, true])]
            .into_iter()
            .collect();
        let jobs: HashMap<String, bool> = [("J1".to_string(), true)].into_iter().collect();
        // Line 4 has no result itself, but its episode does.
        assert_eq!(
            finding_is_right("achievement-no-result", 4, &by_line, &eps, &jobs),
            Some(false)
        );
        assert_eq!(
            finding_is_right("task-list-only", 2, &by_line, &eps, &jobs),
            Some(false)
        );
        assert_eq!(
            finding_is_right("summary-missing", 1, &by_line, &eps, &jobs),
            None
        );
    }
}

#[cfg(test)]
mod floors {
    //! Floors on the development part of the résumé corpus (eval/resumes/dev, labelled by
    //! annotators who never saw the rules), a little below the figures reached. The held-out
    //! part (eval/resumes/holdout-r, when written) is evaluated once by the lead, never here. The h*, k*,
    //! m*, n*, o*, p* and q* files were each held out once and are development data since (112 files). Reached
    //! with all 112 (2026-12-01, after set Q was used): line F1 .956/.924/.962, episode F1 .976/.949/.977,
    //! no-action .950, no-problem .906, no-result .921, doubled-joshi 1.000, every employer block found
    //! (183/183).

    use super::*;

    const LINE_F1: [f64; 3] = [0.94, 0.91, 0.95];
    const EPISODE_F1: [f64; 3] = [0.95, 0.94, 0.96];
    const COVERAGE: f64 = 0.995;
    /// Per-rule precision floors (rules with findings on the corpus).
    const RULE_PRECISION: &[(&str, f64)] = &[
        ("achievement-no-action", 0.93),
        ("achievement-no-problem", 0.88),
        ("achievement-no-result", 0.9),
        ("double-negative", 0.9),
        ("doubled-joshi", 0.95),
        ("max-ten", 0.9),
        ("mixed-style", 0.85),
        ("ra-nuki", 0.9),
        // The textlint convention (README of eval/resumes): .973 on 2026-12-01.
        ("redundant-expression", 0.9),
        ("sentence-length", 0.9),
        ("task-list-only", 0.9),
        ("weak-phrase", 0.9),
    ];

    #[test]
    fn development_corpus_floors() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../eval/resumes/dev");
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut files: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        files.sort();
        let tallies: Vec<(String, FileTally)> = files
            .iter()
            .map(|tsv| {
                let md = std::fs::read_to_string(tsv.with_extension("md")).unwrap();
                let labels = std::fs::read_to_string(tsv).unwrap();
                let name = tsv.display().to_string();
                let t = evaluate_file(&name, &md, &labels).unwrap();
                (name, t)
            })
            .collect();
        assert!(tallies.len() >= 30, "{} labelled résumés", tallies.len());
        let r = report(tallies);
        for (k, l) in r.lines.iter().enumerate() {
            assert!(l.f1 >= LINE_F1[k], "line {} F1 {:.3}", l.label, l.f1);
        }
        for (k, l) in r.episodes.iter().enumerate() {
            assert!(l.f1 >= EPISODE_F1[k], "episode {} F1 {:.3}", l.label, l.f1);
        }
        assert!(r.coverage >= COVERAGE, "coverage {:.3}", r.coverage);
        assert_eq!(
            r.job_mismatches, 0,
            "employer blocks found vs labelled: {:?}",
            r.files
        );
        for (rule, floor) in RULE_PRECISION {
            let s = r.rules.iter().find(|s| s.rule == *rule);
            assert!(
                s.is_none_or(|s| s.precision >= *floor),
                "{rule} precision {:.3}",
                s.map_or(1.0, |s| s.precision)
            );
        }
    }
}

#[cfg(test)]
mod split {
    //! `NAITEI_RESUME_SPLIT=1 cargo test -p naitei-core --lib eval::resumes::split -- --ignored
    //! --nocapture`: the development corpus scored separately on annotator A/B's files (a*, b*)
    //! and on the once-held-out files (h* by annotator B, k* by annotator C), to see whether a
    //! change generalises across authors.
    #![allow(clippy::print_stdout)]

    use super::*;

    fn scored(prefixes: &[char]) -> DocumentReport {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../eval/resumes/dev");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|x| x == "tsv")
                    && p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with(prefixes))
            })
            .collect();
        files.sort();
        report(
            files
                .iter()
                .map(|tsv| {
                    let md = std::fs::read_to_string(tsv.with_extension("md")).unwrap();
                    let labels = std::fs::read_to_string(tsv).unwrap();
                    let name = tsv.file_stem().unwrap().to_string_lossy().into_owned();
                    let t = evaluate_file(&name, &md, &labels).unwrap();
                    (name, t)
                })
                .collect(),
        )
    }

    fn print(title: &str, r: &DocumentReport, misses: bool) {
        println!("== {title} ({} files)", r.files.len());
        for (kind, ls) in [("line", &r.lines), ("episode", &r.episodes)] {
            let s: Vec<String> = ls
                .iter()
                .map(|l| {
                    format!(
                        "{} P{:.3} R{:.3} F{:.3}",
                        l.label, l.precision, l.recall, l.f1
                    )
                })
                .collect();
            println!("{kind:8} {}", s.join(" | "));
        }
        println!(
            "coverage {:.3} jobs found/labelled {}/{} mismatching files {}",
            r.coverage, r.jobs_found, r.jobs_labelled, r.job_mismatches
        );
        for f in r.files.iter().filter(|f| f.jobs_found != f.jobs_labelled) {
            println!("  jobs {} {}/{}", f.file, f.jobs_found, f.jobs_labelled);
        }
        for s in &r.rules {
            println!(
                "  {:24} {:3}/{:3} P{:.3}",
                s.rule, s.right, s.findings, s.precision
            );
        }
        if misses {
            for m in &r.misses {
                println!(
                    "MISS {}:{} {} exp={} {}",
                    m.file,
                    m.line,
                    m.what,
                    u8::from(m.expected),
                    m.text
                );
            }
        }
    }

    /// Reviews each development résumé once (for instruction counts under callgrind).
    #[test]
    #[ignore = "a workload for callgrind"]
    fn review_dev_once() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../eval/resumes/dev");
        let mut n = 0;
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "md") {
                let md = std::fs::read_to_string(&p).unwrap();
                n += crate::review::review(&md, &Config::default()).items.len();
            }
        }
        println!("items {n}");
    }

    #[test]
    #[ignore = "prints figures; run by hand"]
    fn print_bullets() {
        // The single-sentence set whose floors must still hold (eval/bullets.tsv).
        let tsv = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../eval/bullets.tsv"
        ));
        let r = crate::eval::evaluate(tsv).unwrap();
        for l in &r.labels {
            println!(
                "bullets {} P{:.3} R{:.3} F{:.3}",
                l.label, l.precision, l.recall, l.f1
            );
        }
    }

    #[test]
    #[ignore = "prints figures; run by hand"]
    fn print_split() {
        let misses = std::env::var("NAITEI_RESUME_MISSES").is_ok();
        print("a*/b*", &scored(&['a', 'b']), misses);
        print("h*", &scored(&['h']), misses);
        print("k*", &scored(&['k']), misses);
        print("all dev", &scored(&['a', 'b', 'h', 'k']), false);
    }
}
