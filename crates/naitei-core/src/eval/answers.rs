//! Evaluation of the answer coach on a labelled answers TSV: precision, recall and F1 per label
//! (over the label columns the file has), the same per question kind, the ranking AUC (does a
//! published OK answer outscore an NG answer of the same kind?) and the spread of the scores.
//! Pure: the caller reads the file.
//!
//! Formats: the old `id kind weak status_only contribution learning negative text` and the new
//! `id kind ok weak status_only contribution learning negative evidence text`.

use serde::Serialize;

use crate::answer::{AnswerReview, QuestionKind, review};
use crate::config::Config;
use crate::eval::{Confusion, EvalError, EvalReport, LabelScore, Miss, Table, label_scores};

/// Every label an answers TSV may carry, in report order.
pub const LABELS: [&str; 6] = [
    "weak",
    "status_only",
    "contribution",
    "learning",
    "negative",
    "evidence",
];

/// The predicted value of `label` for a review.
fn predicted(r: &AnswerReview, label: &str) -> bool {
    let s = &r.signals;
    match label {
        "weak" => r.weak,
        "status_only" => s.status_only,
        "contribution" => s.contribution,
        "learning" => s.learning,
        "negative" => s.negative,
        "evidence" => s.evidence,
        _ => false,
    }
}

/// Scores of one question kind.
#[derive(Debug, Clone, Serialize)]
pub struct KindScore {
    pub kind: String,
    pub examples: usize,
    /// Rows marked OK (`ok` = 1) and NG, when the file has an `ok` column.
    pub ok: usize,
    pub ng: usize,
    pub labels: Vec<LabelScore>,
    /// Probability that an OK answer of this kind outscores an NG one (ties count half).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auc: Option<f64>,
    pub mean_score_ok: Option<f64>,
    pub mean_score_ng: Option<f64>,
}

/// How the scores spread over 0–100.
#[derive(Debug, Clone, Serialize)]
pub struct ScoreSpread {
    pub min: u8,
    pub max: u8,
    pub mean: f64,
    /// Number of distinct score values.
    pub distinct: usize,
    /// Answers per band of ten points: 0–9, 10–19, …, 90–100.
    pub histogram: [usize; 10],
}

/// The answer evaluation: the per-label report plus kinds, AUC and score spread.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerEval {
    #[serde(flatten)]
    pub report: EvalReport,
    pub per_kind: Vec<KindScore>,
    /// Pooled over kinds: OK/NG pairs of the same kind where the OK answer scores higher.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auc: Option<f64>,
    pub auc_pairs: usize,
    pub scores: ScoreSpread,
}

/// Is this TSV header an answers file?
pub fn is_answers_header(tsv: &str) -> bool {
    let Some(head) = tsv
        .lines()
        .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
    else {
        return false;
    };
    let cols: Vec<&str> = head
        .trim_start_matches('\u{FEFF}')
        .split('\t')
        .map(str::trim)
        .collect();
    cols.contains(&"weak") && cols.contains(&"status_only") && cols.contains(&"text")
}

struct Row {
    id: String,
    kind: QuestionKind,
    ok: Option<bool>,
    expected: Vec<Option<bool>>,
    text: String,
    review: AnswerReview,
}

/// Half-credit AUC over (ok score, ng score) pairs; `None` without pairs.
pub fn auc(ok: &[u8], ng: &[u8]) -> (Option<f64>, usize) {
    let pairs = ok.len() * ng.len();
    if pairs == 0 {
        return (None, 0);
    }
    let mut wins = 0.0;
    for &o in ok {
        for &n in ng {
            wins += match o.cmp(&n) {
                std::cmp::Ordering::Greater => 1.0,
                std::cmp::Ordering::Equal => 0.5,
                std::cmp::Ordering::Less => 0.0,
            };
        }
    }
    (Some(wins / pairs as f64), pairs)
}

fn mean(v: &[u8]) -> Option<f64> {
    (!v.is_empty()).then(|| v.iter().map(|&s| f64::from(s)).sum::<f64>() / v.len() as f64)
}

/// Reviews every row once and scores it.
pub fn evaluate_table(table: &Table) -> Result<AnswerEval, EvalError> {
    let unknown = || EvalError::UnknownKind(table.header.join(", "));
    let text_col = table.col("text").ok_or_else(unknown)?;
    let kind_col = table.col("kind");
    let ok_col = table.col("ok");
    let id_col = table.col("id");
    let labels: Vec<&str> = LABELS
        .iter()
        .copied()
        .filter(|l| table.col(l).is_some())
        .collect();
    let config = Config::default();
    let mut rows = Vec::new();
    for row in &table.rows {
        let kind = kind_col
            .and_then(|c| QuestionKind::parse(row.1[c].trim()))
            .unwrap_or(QuestionKind::Other);
        let expected = labels
            .iter()
            .map(|l| {
                let c = table.col(l).ok_or_else(unknown)?;
                // An empty cell is "not labelled".
                if row.1[c].trim().is_empty() {
                    Ok(None)
                } else {
                    table.flag(row, c).map(Some)
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        let ok = ok_col.map(|c| table.flag(row, c)).transpose()?;
        let text = row.1[text_col].clone();
        rows.push(Row {
            id: id_col.map_or_else(|| row.0.to_string(), |i| row.1[i].clone()),
            kind,
            ok,
            expected,
            review: review(&text, kind, &config),
            text,
        });
    }
    let mut conf = vec![Confusion::default(); labels.len()];
    let mut misses = Vec::new();
    for r in &rows {
        for (k, l) in labels.iter().enumerate() {
            let Some(expected) = r.expected[k] else {
                continue;
            };
            let p = predicted(&r.review, l);
            conf[k].add(p, expected);
            if p != expected {
                misses.push(Miss {
                    id: r.id.clone(),
                    label: (*l).to_string(),
                    expected,
                    text: r.text.clone(),
                });
            }
        }
    }
    let mut per_kind = Vec::new();
    let (mut wins, mut pairs_all) = (0.0, 0usize);
    for &kind in QuestionKind::ALL {
        let of_kind: Vec<&Row> = rows.iter().filter(|r| r.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let mut c = vec![Confusion::default(); labels.len()];
        for r in &of_kind {
            for (k, l) in labels.iter().enumerate() {
                if let Some(e) = r.expected[k] {
                    c[k].add(predicted(&r.review, l), e);
                }
            }
        }
        let ok: Vec<u8> = of_kind
            .iter()
            .filter(|r| r.ok == Some(true))
            .map(|r| r.review.score)
            .collect();
        let ng: Vec<u8> = of_kind
            .iter()
            .filter(|r| r.ok == Some(false))
            .map(|r| r.review.score)
            .collect();
        let (a, pairs) = auc(&ok, &ng);
        if let Some(a) = a {
            wins += a * pairs as f64;
            pairs_all += pairs;
        }
        per_kind.push(KindScore {
            kind: kind.id().to_string(),
            examples: of_kind.len(),
            ok: ok.len(),
            ng: ng.len(),
            labels: label_scores(&labels, &c),
            auc: a,
            mean_score_ok: mean(&ok),
            mean_score_ng: mean(&ng),
        });
    }
    let scores: Vec<u8> = rows.iter().map(|r| r.review.score).collect();
    let mut histogram = [0usize; 10];
    for &s in &scores {
        histogram[usize::from(s / 10).min(9)] += 1;
    }
    let mut distinct = scores.clone();
    distinct.sort_unstable();
    distinct.dedup();
    Ok(AnswerEval {
        report: EvalReport {
            kind: "answers".to_string(),
            examples: rows.len(),
            labels: label_scores(&labels, &conf),
            misses,
        },
        per_kind,
        auc: (pairs_all > 0).then(|| wins / pairs_all as f64),
        auc_pairs: pairs_all,
        scores: ScoreSpread {
            min: scores.iter().copied().min().unwrap_or(0),
            max: scores.iter().copied().max().unwrap_or(0),
            mean: mean(&scores).unwrap_or(0.0),
            distinct: distinct.len(),
            histogram,
        },
    })
}

/// Parses and evaluates an answers TSV.
pub fn evaluate(tsv: &str) -> Result<AnswerEval, EvalError> {
    evaluate_table(&Table::parse(tsv)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_counts_ties_half() {
        assert_eq!(auc(&[80, 50], &[50, 20]), (Some(0.875), 4));
        assert_eq!(auc(&[], &[1]), (None, 0));
    }

    #[test]
    fn new_format_has_kinds_auc_and_evidence() {
        let tsv = "id\tkind\tok\tweak\tstatus_only\tcontribution\tlearning\tnegative\tevidence\ttext\n\
                   a\treason\t0\t1\t1\t0\t0\t0\t0\t正社員になりたいです。\n\
                   b\treason\t1\t0\t0\t1\t0\t0\t1\t現職で受発注の電子化を進め、処理時間を3割減らしました。今後は取引量の多い御社で、この経験を活かして部門の生産性を高めたいと考えています。\n";
        let e = evaluate(tsv).unwrap();
        assert_eq!(e.report.labels.len(), 6);
        assert_eq!(e.per_kind.len(), 1);
        assert_eq!(e.per_kind[0].kind, "reason");
        assert_eq!((e.auc, e.auc_pairs), (Some(1.0), 1));
        assert_eq!(e.scores.histogram.iter().sum::<usize>(), 2);
        assert!(is_answers_header(tsv));
        assert!(!is_answers_header("id\tproblem\taction\tresult\ttext\n"));
    }
}

#[cfg(test)]
mod floors {
    //! Floors on the development set of eval/answers (written by an annotator who never saw the
    //! rules), a little below what the engine reaches, so that a regression fails.

    fn eval_file(name: &str) -> super::AnswerEval {
        let path = format!("{}/../../eval/answers/{name}", env!("CARGO_MANIFEST_DIR"));
        let tsv = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        super::evaluate(&tsv).unwrap()
    }

    fn assert_floors(name: &str, floors: &[(&str, f64)], auc_floor: f64, distinct: usize) {
        let e = eval_file(name);
        for (label, floor) in floors {
            let l = e.report.labels.iter().find(|l| l.label == *label).unwrap();
            assert!(l.f1 >= *floor, "{name} {label}: F1 {:.3} < {floor}", l.f1);
        }
        let auc = e.auc.unwrap();
        assert!(auc >= auc_floor, "{name}: AUC {auc:.3} < {auc_floor}");
        // Every kind ranks its OK answers above its NG answers, not only the pool.
        for k in &e.per_kind {
            let a = k.auc.unwrap();
            assert!(a >= 0.8, "{name} {}: AUC {a:.3} < 0.8", k.kind);
        }
        assert!(
            e.scores.distinct >= distinct,
            "{name}: scores sit on {} values",
            e.scores.distinct
        );
    }

    #[test]
    fn dev_floors() {
        assert_floors(
            "dev.tsv",
            &[
                ("weak", 0.96),
                ("status_only", 0.9),
                ("contribution", 0.88),
                ("learning", 0.95),
                ("negative", 0.84),
                ("evidence", 0.9),
            ],
            0.95,
            40,
        );
    }

    /// dev-b.tsv was written as a held-out set by the same annotator and evaluated once before
    /// it became development data; its floors are set apart so that a change that helps one set
    /// and hurts the other shows.
    #[test]
    fn dev_b_floors() {
        assert_floors(
            "dev-b.tsv",
            &[
                ("weak", 0.95),
                ("status_only", 0.88),
                ("contribution", 0.9),
                ("learning", 0.95),
                ("negative", 0.9),
                ("evidence", 0.93),
            ],
            0.94,
            30,
        );
    }

    /// Prints the evaluation of the answers TSV files named in `NAITEI_ANSWER_EVAL`
    /// (colon-separated): per label, per kind and every miss. A development aid, run with
    /// `--ignored --nocapture`; `naitei eval PATH` prints the same for any path.
    #[test]
    #[ignore]
    #[allow(clippy::print_stdout)]
    fn print_evaluation() {
        let Ok(paths) = std::env::var("NAITEI_ANSWER_EVAL") else {
            return;
        };
        for path in paths.split(':') {
            let tsv = std::fs::read_to_string(path).unwrap();
            let e = super::evaluate(&tsv).unwrap();
            println!("== {path} ({} rows)", e.report.examples);
            for l in &e.report.labels {
                println!(
                    "  {:<13} P {:.3} R {:.3} F1 {:.3} acc {:.3} n {}",
                    l.label, l.precision, l.recall, l.f1, l.accuracy, l.support
                );
            }
            println!(
                "  AUC {} ({} pairs), {} distinct scores",
                e.auc.map_or("-".into(), |a| format!("{a:.3}")),
                e.auc_pairs,
                e.scores.distinct
            );
            for k in &e.per_kind {
                let f1: Vec<String> = k
                    .labels
                    .iter()
                    .map(|l| {
                        let c = &l.confusion;
                        format!("{}:{}/{}/{}", &l.label[..3], c.tp, c.fp, c.fn_)
                    })
                    .collect();
                println!(
                    "  {:<9} n {:>3} AUC {} {}",
                    k.kind,
                    k.examples,
                    k.auc.map_or("-".into(), |a| format!("{a:.3}")),
                    f1.join(" ")
                );
            }
            for m in &e.report.misses {
                println!(
                    "  x {} {} exp={} {}",
                    m.id,
                    m.label,
                    u8::from(m.expected),
                    m.text
                );
            }
        }
    }

    /// Rows of the shared sample whose label follows the older standard and conflicts with the
    /// annotated standard of eval/answers (README there: status_only is set when the only reason
    /// is pay, hours, holidays or stability). Reported, not special-cased in the rules.
    const SHARED_CONFLICTS: &[(&str, &str)] = &[
        // 「給料が上がらず…待遇の良い会社に移りたい」: the only reason is pay and conditions.
        ("e15", "status_only"),
        // 「大手で安定しており、休日も多いので志望しました」: stability and holidays only.
        ("e16", "status_only"),
    ];

    #[test]
    fn shared_floors() {
        let Ok(tsv) = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/eval/answers.tsv"
        )) else {
            return;
        };
        let mut table = crate::eval::Table::parse(&tsv).unwrap();
        let id = table.col("id").unwrap();
        for (row, label) in SHARED_CONFLICTS {
            let c = table.col(label).unwrap();
            for r in &mut table.rows {
                if r.1[id] == *row {
                    r.1[c].clear();
                }
            }
        }
        let e = super::evaluate_table(&table).unwrap();
        for l in &e.report.labels {
            assert!(l.f1 >= 0.9, "shared: {} F1 {:.3}", l.label, l.f1);
        }
    }
}
