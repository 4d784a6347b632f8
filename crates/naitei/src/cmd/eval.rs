//! `naitei eval`: precision, recall and F1 per label on labelled TSV files.

use std::process::ExitCode;

use anyhow::Context as _;

#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    /// 評価データ（TSV: bullets / answers / consistency / prep 形式）
    #[arg(required = true, value_name = "TSV")]
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

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let mut below = false;
    let mut reports = Vec::new();
    let mut prep_reports = Vec::new();
    for f in &args.files {
        let text = std::fs::read_to_string(f).with_context(|| {
            format!("{f}: 評価データを読めません（UTF-8のTSVを指定してください）")
        })?;
        if naitei_core::prep::eval::is_prep_header(&text) {
            let report = prep_eval(f, &text)?;
            below |= args.min_f1.is_some_and(|m| report.precision_at_1 < m);
            prep_reports.push((f.clone(), report));
            continue;
        }
        let report = naitei_core::eval::evaluate(&text).map_err(|e| anyhow::anyhow!("{f}: {e}"))?;
        below |= args
            .min_f1
            .is_some_and(|m| report.labels.iter().any(|l| l.f1 < m));
        reports.push((f.clone(), report));
    }
    let mut out = String::new();
    if args.json {
        let v: Vec<_> = reports
            .iter()
            .map(|(f, r)| serde_json::json!({"path": f, "report": r}))
            .chain(
                prep_reports
                    .iter()
                    .map(|(f, r)| serde_json::json!({"path": f, "report": r})),
            )
            .collect();
        out = serde_json::to_string_pretty(&v)? + "\n";
    } else {
        use std::fmt::Write as _;
        for (f, r) in &reports {
            let _ = writeln!(out, "{f}（{}、{}件）", r.kind, r.examples);
            let _ = writeln!(
                out,
                "  {:<14} {:>9} {:>9} {:>9} {:>9} {:>7}",
                "label", "precision", "recall", "F1", "accuracy", "support"
            );
            for l in &r.labels {
                let _ = writeln!(
                    out,
                    "  {:<14} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>7}",
                    l.label, l.precision, l.recall, l.f1, l.accuracy, l.support
                );
            }
            if args.misses {
                for m in &r.misses {
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
        }
        for (f, r) in &prep_reports {
            prep_human(&mut out, f, r, args.misses);
        }
    }
    crate::output::emit(&out)?;
    Ok(if below {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Evaluates a prep TSV: the posting and résumé files it names are read relative to it.
fn prep_eval(path: &str, text: &str) -> anyhow::Result<naitei_core::prep::eval::PrepEvalReport> {
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
    naitei_core::prep::eval::evaluate(text, &load).map_err(|e| anyhow::anyhow!("{path}: {e}"))
}

fn prep_human(
    out: &mut String,
    path: &str,
    r: &naitei_core::prep::eval::PrepEvalReport,
    misses: bool,
) {
    use std::fmt::Write as _;
    let _ = writeln!(out, "{path}（prep、{}組・{}件）", r.pairs, r.rows);
    let _ = writeln!(
        out,
        "  precision@1     {:.3}（根拠のある要件{}件中{}件で1位が正解）",
        r.precision_at_1, r.evidence_rows, r.top1_correct
    );
    let _ = writeln!(
        out,
        "  gap accuracy    {:.3}（根拠なし／ありの判定が{}件中{}件正しい）",
        r.gap_accuracy, r.rows, r.gap_correct
    );
    let _ = writeln!(
        out,
        "  false evidence  {}（根拠なしの要件に行を当てた件数）",
        r.false_evidence
    );
    if r.not_parsed > 0 {
        let _ = writeln!(
            out,
            "  not parsed      {}（求人票から読み取れなかった要件）",
            r.not_parsed
        );
    }
    if misses {
        for m in &r.misses {
            let _ = writeln!(
                out,
                "  ✗ {}行目 {} 「{}」 正解={} 予測={}",
                m.line, m.posting, m.requirement, m.expected, m.predicted
            );
        }
    }
}
