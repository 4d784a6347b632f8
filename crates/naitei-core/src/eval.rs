//! Evaluation against labelled TSV files (the format of shared/eval/*.tsv): precision, recall
//! and F1 per label. Pure: the caller reads the file.

pub mod answers;
pub mod postings;
pub mod resumes;

use serde::Serialize;

use crate::analysis::analyze_line;
use crate::text::morph::analyze;
use crate::text::normalize::Normalized;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Confusion {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
}

impl Confusion {
    pub fn add(&mut self, predicted: bool, expected: bool) {
        match (predicted, expected) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }
    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 { 1.0 } else { a as f64 / b as f64 }
    }
    pub fn precision(&self) -> f64 {
        Self::ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        Self::ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn accuracy(&self) -> f64 {
        Self::ratio(self.tp + self.tn, self.tp + self.tn + self.fp + self.fn_)
    }
}

/// Score of one label.
#[derive(Debug, Clone, Serialize)]
pub struct LabelScore {
    pub label: String,
    pub support: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub accuracy: f64,
    #[serde(skip)]
    pub confusion: Confusion,
}

/// A wrong prediction, for the report.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub id: String,
    pub label: String,
    pub expected: bool,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    pub kind: String,
    pub examples: usize,
    pub labels: Vec<LabelScore>,
    pub misses: Vec<Miss>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum EvalError {
    #[error("見出し行がありません（1行目に列名が必要です）")]
    Empty,
    #[error(
        "この形式の評価データには対応していません（列: {0}）。bullets（problem, action, result）、answers、consistency のいずれかの形式にしてください"
    )]
    UnknownKind(String),
    #[error("{line}行目: {message}")]
    Row { line: usize, message: String },
}

/// A parsed TSV: header and rows (line number, cells).
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    pub fn parse(tsv: &str) -> Result<Table, EvalError> {
        let mut lines = tsv
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let (_, head) = lines.next().ok_or(EvalError::Empty)?;
        let header: Vec<String> = head
            .trim_start_matches('\u{FEFF}')
            .split('\t')
            .map(|s| s.trim().to_string())
            .collect();
        let rows = lines
            .map(|(i, l)| {
                let cells: Vec<String> = l.split('\t').map(str::to_string).collect();
                if cells.len() != header.len() {
                    return Err(EvalError::Row {
                        line: i + 1,
                        message: format!(
                            "列の数が{}個です（見出しは{}個）",
                            cells.len(),
                            header.len()
                        ),
                    });
                }
                Ok((i + 1, cells))
            })
            .collect::<Result<_, _>>()?;
        Ok(Table { header, rows })
    }
    pub fn col(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }
    pub fn flag(&self, row: &(usize, Vec<String>), col: usize) -> Result<bool, EvalError> {
        match row.1[col].trim() {
            "1" | "true" => Ok(true),
            "0" | "false" => Ok(false),
            other => Err(EvalError::Row {
                line: row.0,
                message: format!("{}列の値「{other}」は0か1にしてください", self.header[col]),
            }),
        }
    }
}

/// Scores labelled rows: `predict` returns the predicted value of each label for a row.
pub fn score(
    kind: &str,
    table: &Table,
    labels: &[&str],
    text_of: impl Fn(&(usize, Vec<String>)) -> String,
    predict: impl Fn(&(usize, Vec<String>)) -> Vec<bool>,
) -> Result<EvalReport, EvalError> {
    let cols: Vec<usize> = labels
        .iter()
        .map(|l| {
            table
                .col(l)
                .ok_or_else(|| EvalError::UnknownKind(table.header.join(", ")))
        })
        .collect::<Result<_, _>>()?;
    let id_col = table.col("id");
    let mut conf = vec![Confusion::default(); labels.len()];
    let mut misses = Vec::new();
    for row in &table.rows {
        let predicted = predict(row);
        for (k, &c) in cols.iter().enumerate() {
            let expected = table.flag(row, c)?;
            conf[k].add(predicted[k], expected);
            if predicted[k] != expected {
                misses.push(Miss {
                    id: id_col.map_or_else(|| row.0.to_string(), |i| row.1[i].clone()),
                    label: labels[k].to_string(),
                    expected,
                    text: text_of(row),
                });
            }
        }
    }
    let labels = label_scores(labels, &conf);
    Ok(EvalReport {
        kind: kind.to_string(),
        examples: table.rows.len(),
        labels,
        misses,
    })
}

/// Evaluates the line analysis on a bullets TSV (`id problem action result text`).
pub fn bullets(table: &Table) -> Result<EvalReport, EvalError> {
    let text_col = table
        .col("text")
        .ok_or_else(|| EvalError::UnknownKind(table.header.join(", ")))?;
    score(
        "bullets",
        table,
        &["problem", "action", "result"],
        |row| row.1[text_col].clone(),
        |row| {
            let n = Normalized::new(&row.1[text_col]).text;
            let m = analyze(&n);
            let a = analyze_line(&n, &m);
            vec![a.problem, a.action, a.result]
        },
    )
}

/// Per-label scores from confusion counts, in the order of `labels` (shared by every evaluation).
pub(crate) fn label_scores(labels: &[&str], conf: &[Confusion]) -> Vec<LabelScore> {
    labels
        .iter()
        .zip(conf)
        .map(|(l, c)| LabelScore {
            label: (*l).to_string(),
            support: c.tp + c.fn_,
            precision: c.precision(),
            recall: c.recall(),
            f1: c.f1(),
            accuracy: c.accuracy(),
            confusion: *c,
        })
        .collect()
}

/// Evaluates the answer coach on an answers TSV (old or new format; see
/// [`crate::eval::answers`], which also reports kinds, AUC and the score spread).
pub fn answers(table: &Table) -> Result<EvalReport, EvalError> {
    crate::eval::answers::evaluate_table(table).map(|e| e.report)
}

/// Evaluates the consistency check on a consistency TSV (`id question inconsistent first
/// second`): the label `inconsistent` is predicted as "the comparison found a conflict".
pub fn consistency(table: &Table) -> Result<EvalReport, EvalError> {
    let unknown = || EvalError::UnknownKind(table.header.join(", "));
    let first = table.col("first").ok_or_else(unknown)?;
    let second = table.col("second").ok_or_else(unknown)?;
    score(
        "consistency",
        table,
        &["inconsistent"],
        |row| format!("{} ／ {}", row.1[first], row.1[second]),
        |row| vec![!crate::compare::compare(&row.1[first], &row.1[second]).consistent],
    )
}

/// Detects the kind of a TSV from its header and evaluates it.
pub fn evaluate(tsv: &str) -> Result<EvalReport, EvalError> {
    let table = Table::parse(tsv)?;
    let has = |c: &str| table.col(c).is_some();
    if has("problem") && has("action") && has("result") {
        bullets(&table)
    } else if has("weak") && has("status_only") {
        answers(&table)
    } else if has("inconsistent") && has("first") && has("second") {
        consistency(&table)
    } else {
        Err(EvalError::UnknownKind(table.header.join(", ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confusion_metrics() {
        let mut c = Confusion::default();
        for (p, e) in [
            (true, true),
            (true, false),
            (false, true),
            (true, true),
            (false, false),
        ] {
            c.add(p, e);
        }
        assert_eq!((c.tp, c.fp, c.fn_, c.tn), (2, 1, 1, 1));
        assert!((c.precision() - 2.0 / 3.0).abs() < 1e-9);
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn rejects_bad_rows_with_line_numbers() {
        let err = evaluate("id\tproblem\taction\tresult\ttext\nx\t2\t0\t0\t担当。\n").unwrap_err();
        assert!(matches!(err, EvalError::Row { line: 2, .. }), "{err:?}");
        assert!(matches!(evaluate(""), Err(EvalError::Empty)));
    }
}

#[cfg(test)]
mod floors {
    //! The accuracy floors of issues 2 and 3 on the repository's own labelled sets (written
    //! independently of the rules), and on the shared sample when it is beside the repository.

    fn check(path: &str, floor: f64) {
        let Ok(tsv) = std::fs::read_to_string(path) else {
            assert!(path.contains("shared"), "{path} must exist");
            return;
        };
        let report = super::evaluate(&tsv).unwrap();
        for l in &report.labels {
            assert!(
                l.f1 >= floor,
                "{path}: {} F1 {:.3} < {floor}",
                l.label,
                l.f1
            );
        }
    }

    #[test]
    fn bullets_f1() {
        check(
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../eval/bullets.tsv"),
            0.9,
        );
        check(
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../../shared/eval/bullets.tsv"
            ),
            0.9,
        );
    }

    // The answer floors (eval/answers/dev.tsv and the shared sample) are in
    // crate::eval::answers::floors; eval/answers.tsv is the superseded development set.
}

#[cfg(test)]
mod consistency_eval {
    const REPO_TSV: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../eval/consistency.tsv"
    ));

    /// The repository's labelled pairs (62 rows, labelled independently of this code).
    #[test]
    #[allow(clippy::print_stdout)]
    fn compare_accuracy_on_repository_consistency_tsv() {
        let r = super::evaluate(REPO_TSV).unwrap();
        assert_eq!(r.kind, "consistency");
        let l = &r.labels[0];
        for m in &r.misses {
            println!("MISS {} expected={} {}", m.id, m.expected, m.text);
        }
        assert!(l.accuracy >= 0.9, "accuracy {:.3}", l.accuracy);
    }

    /// The shared sample (10 rows), when it is beside the repository.
    #[test]
    fn compare_accuracy_on_shared_consistency_tsv() {
        let Ok(tsv) = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/eval/consistency.tsv"
        )) else {
            return;
        };
        let r = super::evaluate(&tsv).unwrap();
        assert!(r.labels[0].accuracy >= 0.9, "{:?}", r.misses);
    }

    #[test]
    fn consistency_header_is_recognised() {
        let tsv = "id\tquestion\tinconsistent\tfirst\tsecond\n\
                   a\t実績\t1\t部下は3名でした。\t部下は10名いました。\n\
                   b\t実績\t0\t部下は3名でした。\t3名の部下がいました。\n";
        let r = super::evaluate(tsv).unwrap();
        assert_eq!((r.kind.as_str(), r.examples), ("consistency", 2));
        assert!((r.labels[0].accuracy - 1.0).abs() < 1e-9, "{:?}", r.misses);
    }
}
