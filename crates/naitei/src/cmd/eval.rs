//! `naitei eval`: precision, recall and F1 per label on labelled TSV files.

use std::process::ExitCode;

use anyhow::Context as _;

#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    /// 評価データ（TSV: bullets / answers / consistency / prep 形式）、または職務経歴書と行ラベルの
    /// フォルダ（NAME.md と NAME.tsv の組）
    #[arg(required = true, value_name = "TSV|DIR")]
    pub files: Vec<String>,
    /// 間違えた例も表示する
    #[arg(long)]
    pub misses: bool,
    /// JSONで出力する
    #[arg(long)]
    pub json: bool,
    /// どれかのラベルのF1（prep 形式では precision@1）がこれを下回れば終了コード1
    #[arg(long, value_name = "F1")]
    pub min_f1: Option<f64>,
}

/// One evaluated file or folder: the report of whichever format it holds. Serialized as the
/// report itself (the JSON of `--json` is `{"path", "report"}` per file).
#[derive(serde::Serialize)]
#[serde(untagged)]
enum Evaluated {
    Labels(naitei_core::eval::EvalReport),
    Answers(naitei_core::eval::answers::AnswerEval),
    Resumes(naitei_core::eval::resumes::DocumentReport),
    Postings(naitei_core::eval::postings::PostingsReport),
}

impl Evaluated {
    /// Reports are printed by format in this order (labels, answers, résumés, postings), each
    /// format in the order its files were given.
    fn order(&self) -> u8 {
        match self {
            Evaluated::Labels(_) => 0,
            Evaluated::Answers(_) => 1,
            Evaluated::Resumes(_) => 2,
            Evaluated::Postings(_) => 3,
        }
    }

    /// Whether a label's F1 (precision@1 for postings) is below `min`.
    fn below(&self, min: f64) -> bool {
        match self {
            Evaluated::Labels(r) => r.labels.iter().any(|l| l.f1 < min),
            Evaluated::Answers(e) => e.report.labels.iter().any(|l| l.f1 < min),
            Evaluated::Resumes(r) => r.lines.iter().chain(&r.episodes).any(|l| l.f1 < min),
            Evaluated::Postings(r) => r.precision_at_1 < min,
        }
    }

    fn human(&self, out: &mut String, path: &str, misses: bool) {
        match self {
            Evaluated::Labels(r) => labels_human(out, path, r, misses),
            Evaluated::Answers(e) => answers_human(out, path, e, misses),
            Evaluated::Resumes(r) => resumes_human(out, path, r, misses),
            Evaluated::Postings(r) => postings_human(out, path, r, misses),
        }
    }
}

/// Evaluates one file or folder, by the format it holds.
fn evaluate(f: &str) -> anyhow::Result<Evaluated> {
    if is_postings_split(f) {
        return Ok(Evaluated::Postings(postings_eval(f)?));
    }
    if std::path::Path::new(f).is_dir() || is_resume_labels(f) {
        return Ok(Evaluated::Resumes(resumes_eval(f)?));
    }
    let text = std::fs::read_to_string(f)
        .with_context(|| format!("{f}: 評価データを読めません（UTF-8のTSVを指定してください）"))?;
    if naitei_core::eval::postings::is_requirement_texts_header(&text) {
        return Ok(Evaluated::Postings(prep_eval(f, &text)?));
    }
    if naitei_core::eval::answers::is_answers_header(&text) {
        let e =
            naitei_core::eval::answers::evaluate(&text).map_err(|e| anyhow::anyhow!("{f}: {e}"))?;
        return Ok(Evaluated::Answers(e));
    }
    let report = naitei_core::eval::evaluate(&text).map_err(|e| anyhow::anyhow!("{f}: {e}"))?;
    Ok(Evaluated::Labels(report))
}

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let mut reports = args
        .files
        .iter()
        .map(|f| Ok((f.clone(), evaluate(f)?)))
        .collect::<anyhow::Result<Vec<_>>>()?;
    // Stable: files of one format keep their order.
    reports.sort_by_key(|(_, r)| r.order());
    let below = args
        .min_f1
        .is_some_and(|m| reports.iter().any(|(_, r)| r.below(m)));
    let out = if args.json {
        let v: Vec<_> = reports
            .iter()
            .map(|(f, r)| serde_json::json!({"path": f, "report": r}))
            .collect();
        serde_json::to_string_pretty(&v)? + "\n"
    } else {
        let mut out = String::new();
        for (f, r) in &reports {
            r.human(&mut out, f, args.misses);
        }
        out
    };
    crate::output::emit(&out)?;
    Ok(if below {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn labels_human(out: &mut String, f: &str, r: &naitei_core::eval::EvalReport, misses: bool) {
    use std::fmt::Write as _;
    let _ = writeln!(out, "{f}（{}、{}件）", r.kind, r.examples);
    table(
        out,
        &[14, 9, 9, 9, 9, 7],
        ["label", "precision", "recall", "F1", "accuracy", "support"].map(String::from),
        r.labels.iter().map(|l| {
            [
                l.label.clone(),
                fixed(l.precision, 3),
                fixed(l.recall, 3),
                fixed(l.f1, 3),
                fixed(l.accuracy, 3),
                l.support.to_string(),
            ]
        }),
    );
    if misses {
        misses_human(out, &r.misses);
    }
}

/// A table of figures: "  " then each cell padded to its column's width, the first column
/// aligned left and the others right, one space between.
fn table<const N: usize>(
    out: &mut String,
    widths: &[usize; N],
    header: [String; N],
    rows: impl IntoIterator<Item = [String; N]>,
) {
    table_rows(out, widths, std::iter::once(header).chain(rows));
}

fn table_rows<R: AsRef<[String]>>(
    out: &mut String,
    widths: &[usize],
    rows: impl IntoIterator<Item = R>,
) {
    use std::fmt::Write as _;
    for row in rows {
        out.push(' ');
        for (i, (cell, &w)) in row.as_ref().iter().zip(widths).enumerate() {
            if i == 0 {
                let _ = write!(out, " {cell:<w$}");
            } else {
                let _ = write!(out, " {cell:>w$}");
            }
        }
        out.push('\n');
    }
}

/// `x` with `places` decimals.
fn fixed(x: f64, places: usize) -> String {
    format!("{x:.places$}")
}

/// The wrong predictions of a labels report, one a line.
fn misses_human(out: &mut String, misses: &[naitei_core::eval::Miss]) {
    use std::fmt::Write as _;
    for m in misses {
        let _ = writeln!(
            out,
            "  ✗ {} {} 正解={} {}",
            m.id,
            m.label,
            u8::from(m.expected),
            m.text
        );
    }
}

/// An answers report: the labels, then per kind (F1 of each label, AUC, mean scores), the
/// pooled AUC and the spread of the scores.
fn answers_human(
    out: &mut String,
    f: &str,
    e: &naitei_core::eval::answers::AnswerEval,
    misses: bool,
) {
    use std::fmt::Write as _;
    labels_human(out, f, &e.report, false);
    // kind, n, OK, NG, then an F1 column per label, then AUC and the mean scores.
    let labels = e.report.labels.len();
    let widths: Vec<usize> = [9, 4, 4, 4]
        .into_iter()
        .chain(std::iter::repeat_n(12, labels))
        .chain([6, 7, 7])
        .collect();
    let header: Vec<String> = ["kind", "n", "OK", "NG"]
        .map(String::from)
        .into_iter()
        .chain(e.report.labels.iter().map(|l| format!("F1:{}", l.label)))
        .chain(["AUC", "mean OK", "mean NG"].map(String::from))
        .collect();
    let opt = |v: Option<f64>, p: usize| v.map_or("-".to_string(), |v| fixed(v, p));
    let rows = e.per_kind.iter().map(|k| {
        [
            k.kind.clone(),
            k.examples.to_string(),
            k.ok.to_string(),
            k.ng.to_string(),
        ]
        .into_iter()
        .chain(k.labels.iter().map(|l| {
            if l.confusion.tp + l.confusion.fp + l.confusion.fn_ == 0 {
                "-".to_string()
            } else {
                fixed(l.f1, 3)
            }
        }))
        .chain([
            opt(k.auc, 3),
            opt(k.mean_score_ok, 1),
            opt(k.mean_score_ng, 1),
        ])
        .collect::<Vec<String>>()
    });
    table_rows(out, &widths, std::iter::once(header).chain(rows));
    if let Some(a) = e.auc {
        let _ = writeln!(
            out,
            "  AUC（同じ種類のOK回答がNG回答より高いスコアになる割合）: {a:.3}（{}組）",
            e.auc_pairs
        );
    }
    let s = &e.scores;
    let _ = writeln!(
        out,
        "  スコア: 最小 {} / 最大 {} / 平均 {:.1} / {}種類の値",
        s.min, s.max, s.mean, s.distinct
    );
    let bands: Vec<String> = s
        .histogram
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{}–: {n}", i * 10))
        .collect();
    let _ = writeln!(out, "  分布: {}", bands.join(", "));
    if misses {
        misses_human(out, &e.report.misses);
    }
}

/// Evaluates a TSV of the older `eval/prep/` format (a requirement's text per row) with the
/// posting evaluation: the posting and résumé files it names are read relative to it.
fn prep_eval(
    path: &str,
    text: &str,
) -> anyhow::Result<naitei_core::eval::postings::PostingsReport> {
    let dir = std::path::Path::new(path)
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let load = |name: &str| -> Result<String, String> {
        let p = dir.join(name);
        crate::input::read(&p.display().to_string(), crate::input::DEFAULT_MAX_BYTES)
            .map(|i| i.text)
            .map_err(|e| e.to_string())
    };
    naitei_core::eval::postings::evaluate_requirement_texts(text, &load)
        .map_err(|e| anyhow::anyhow!("{path}: {e}"))
}

/// A split of the posting corpus (eval/postings/<split>: pairs.tsv and relations.tsv), given as
/// the folder or its pairs.tsv.
fn is_postings_split(path: &str) -> bool {
    let p = std::path::Path::new(path);
    let pairs = if p.is_dir() {
        p.join("pairs.tsv")
    } else {
        p.to_path_buf()
    };
    pairs.with_file_name("relations.tsv").is_file()
        && std::fs::read_to_string(&pairs)
            .is_ok_and(|t| naitei_core::eval::postings::is_postings_header(&t))
}

/// Evaluates the 二次面接 sheet on a posting split. Paths in its TSVs are from the repository
/// root: tried from the current folder, then from three levels above the split.
fn postings_eval(path: &str) -> anyhow::Result<naitei_core::eval::postings::PostingsReport> {
    let p = std::path::Path::new(path);
    let dir = if p.is_dir() {
        p.to_path_buf()
    } else {
        p.parent()
            .map(std::path::Path::to_path_buf)
            .unwrap_or_default()
    };
    let read = |f: &std::path::Path| {
        std::fs::read_to_string(f).with_context(|| format!("{}: 読めません", f.display()))
    };
    let pairs = read(&dir.join("pairs.tsv"))?;
    let relations = read(&dir.join("relations.tsv"))?;
    let root = dir.join("../../..");
    let load = |name: &str| -> Result<String, String> {
        let here = std::path::Path::new(name);
        let f = if here.is_file() {
            here.to_path_buf()
        } else {
            root.join(name)
        };
        crate::input::read(&f.display().to_string(), crate::input::DEFAULT_MAX_BYTES)
            .map(|i| i.text)
            .map_err(|e| e.to_string())
    };
    naitei_core::eval::postings::evaluate(&pairs, &relations, &load)
        .map_err(|e| anyhow::anyhow!("{path}: {e}"))
}

fn postings_human(
    out: &mut String,
    path: &str,
    r: &naitei_core::eval::postings::PostingsReport,
    misses: bool,
) {
    use std::fmt::Write as _;
    let _ = writeln!(out, "{path}（求人票、{}組・{}件）", r.pairs, r.rows);
    let _ = writeln!(
        out,
        "  precision@1        {:.3}（根拠のある要件{}件中{}件で1位が正解）",
        r.precision_at_1, r.evidence_rows, r.top1_correct
    );
    let _ = writeln!(
        out,
        "  上位3行に正解     {:.3}（根拠のある要件{}件中{}件でシートの3行以内に正解）",
        r.hit_at_3, r.evidence_rows, r.top3_correct
    );
    let _ = writeln!(
        out,
        "  根拠なしに行を当てた {:.3}（根拠のない要件{}件中{}件）",
        r.gap_line_share, r.gap_rows, r.gaps_given_line
    );
    if r.not_read > 0 {
        let _ = writeln!(
            out,
            "  読み取れなかった要件 {}（正解のある行のうち、求人票から要件として読めなかったもの）",
            r.not_read
        );
    }
    // The older format has no line labels and no relations: those figures are not shown.
    if r.labelled_lines > 0 {
        let _ = writeln!(
            out,
            "  要件の読み取り     {:.3}（ラベル付きの要件{}行中{}行、種類の一致 {:.3}、要件でない行から{}行）",
            r.extraction_recall, r.labelled_lines, r.read_lines, r.kind_accuracy, r.spurious_lines
        );
    }
    if r.relations > 0 {
        let _ = writeln!(
            out,
            "  転職の種類の一致   {:.3}（{}組中{}組）",
            r.relation_agreement, r.relations, r.relations_agree
        );
    }
    for f in &r.families {
        let _ = writeln!(
            out,
            "    {} precision@1 {:.3}（{}件中{}件）、根拠のない要件に行を当てた {}件中{}件",
            f.family,
            f.precision_at_1,
            f.evidence_rows,
            f.top1_correct,
            f.gap_rows,
            f.gaps_given_line
        );
    }
    for e in &r.extraction {
        let _ = writeln!(
            out,
            "    {} 読み取り {}/{}（種類一致 {}）{}{}",
            e.posting,
            e.read,
            e.labelled,
            e.kind_right,
            if e.unread.is_empty() {
                String::new()
            } else {
                format!(" 未読 {:?}", e.unread)
            },
            if e.spurious_lines.is_empty() {
                String::new()
            } else {
                format!(" 余分 {:?}", e.spurious_lines)
            }
        );
    }
    if misses {
        for x in &r.relation_rows {
            if x.expected != x.predicted {
                let _ = writeln!(
                    out,
                    "  ✗ 転職 {} × {} 正解={} 予測={}",
                    x.posting, x.resume, x.expected, x.predicted
                );
            }
        }
        for m in &r.misses {
            let _ = writeln!(
                out,
                "  ✗ {}:{} × {} 「{}」 正解={} 予測={} {}",
                m.posting, m.req_line, m.resume, m.requirement, m.expected, m.predicted, m.reason
            );
        }
    }
}

/// A single label file (NAME.tsv beside NAME.md) in the résumé label format.
fn is_resume_labels(path: &str) -> bool {
    path.ends_with(".tsv")
        && std::fs::read_to_string(path)
            .is_ok_and(|t| naitei_core::eval::resumes::is_label_header(&t))
}

/// Evaluates the review on labelled résumés: a folder of NAME.md + NAME.tsv pairs (not its
/// sub-folders), or one NAME.tsv with its NAME.md beside it.
fn resumes_eval(path: &str) -> anyhow::Result<naitei_core::eval::resumes::DocumentReport> {
    use naitei_core::eval::resumes;
    let p = std::path::Path::new(path);
    let mut labels: Vec<std::path::PathBuf> = if p.is_dir() {
        std::fs::read_dir(p)
            .with_context(|| format!("{path}: フォルダを読めません"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|f| f.extension().is_some_and(|x| x == "tsv"))
            .collect()
    } else {
        vec![p.to_path_buf()]
    };
    labels.sort();
    let mut tallies = Vec::new();
    for tsv_path in &labels {
        let md_path = tsv_path.with_extension("md");
        let shown = tsv_path.display().to_string();
        let tsv = std::fs::read_to_string(tsv_path).with_context(|| {
            format!("{shown}: 行ラベルを読めません（UTF-8のTSVを指定してください）")
        })?;
        if !resumes::is_label_header(&tsv) {
            continue;
        }
        let md = std::fs::read_to_string(&md_path).with_context(|| {
            format!(
                "{}: 行ラベルに対応する職務経歴書を読めません",
                md_path.display()
            )
        })?;
        let name = tsv_path
            .file_stem()
            .map_or_else(|| shown.clone(), |s| s.to_string_lossy().into_owned());
        let tally = resumes::evaluate_file(&name, &md, &tsv)
            .map_err(|e| anyhow::anyhow!("{shown}: {e}"))?;
        tallies.push((name, tally));
    }
    if tallies.is_empty() {
        anyhow::bail!("{path}: 職務経歴書（NAME.md）と行ラベル（NAME.tsv）の組が見つかりません");
    }
    Ok(resumes::report(tallies))
}

fn resumes_human(
    out: &mut String,
    path: &str,
    r: &naitei_core::eval::resumes::DocumentReport,
    misses: bool,
) {
    use std::fmt::Write as _;
    let _ = writeln!(out, "{path}（職務経歴書、{}件）", r.files.len());
    for (title, scores) in [("per line", &r.lines), ("per episode", &r.episodes)] {
        table(
            out,
            &[14, 9, 9, 9, 7],
            [title, "precision", "recall", "F1", "support"].map(String::from),
            scores.iter().map(|l| {
                [
                    l.label.clone(),
                    fixed(l.precision, 3),
                    fixed(l.recall, 3),
                    fixed(l.f1, 3),
                    l.support.to_string(),
                ]
            }),
        );
    }
    let _ = writeln!(
        out,
        "  coverage       {:.3}（職務経歴の行 {}行中{}行を判定）",
        r.coverage, r.items_labelled, r.items_reported
    );
    let _ = writeln!(
        out,
        "  jobs           {} found / {} labelled（{}件のファイルで数が違う）",
        r.jobs_found, r.jobs_labelled, r.job_mismatches
    );
    for f in &r.files {
        if f.jobs_found != f.jobs_labelled || f.items_reported != f.items_labelled {
            let _ = writeln!(
                out,
                "    {:<8} jobs {}/{}  lines {}/{}",
                f.file, f.jobs_found, f.jobs_labelled, f.items_reported, f.items_labelled
            );
        }
    }
    table(
        out,
        &[22, 8, 6, 9, 8, 7],
        [
            "rule",
            "findings",
            "right",
            "precision",
            "labelled",
            "recall",
        ]
        .map(String::from),
        r.rules.iter().map(|s| {
            [
                s.rule.to_string(),
                s.findings.to_string(),
                s.right.to_string(),
                fixed(s.precision, 3),
                s.labelled.map_or("-".to_string(), |n| n.to_string()),
                s.recall.map_or("-".to_string(), |x| fixed(x, 3)),
            ]
        }),
    );
    if misses {
        for m in &r.misses {
            let _ = writeln!(
                out,
                "  ✗ {}:{} {} 正解={} {}",
                m.file,
                m.line,
                m.what,
                u8::from(m.expected),
                m.text
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_pads_the_first_column_left_and_the_others_right() {
        let mut out = String::new();
        table(
            &mut out,
            &[6, 5],
            ["label", "F1"].map(String::from),
            [["result".to_string(), fixed(0.99512, 3)]],
        );
        assert_eq!(out, "  label     F1\n  result 0.995\n");
    }
}
