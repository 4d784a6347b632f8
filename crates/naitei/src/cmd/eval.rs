//! `naitei eval`: precision, recall and F1 per label on labelled TSV files.

use std::process::ExitCode;

use anyhow::Context as _;

#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    /// 評価データ（TSV: bullets / answers / consistency 形式）
    #[arg(required = true, value_name = "TSV")]
    pub files: Vec<String>,
    /// 間違えた例も表示する
    #[arg(long)]
    pub misses: bool,
    /// JSONで出力する
    #[arg(long)]
    pub json: bool,
    /// どれかのラベルのF1がこれを下回れば終了コード1
    #[arg(long, value_name = "F1")]
    pub min_f1: Option<f64>,
}

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let mut below = false;
    let mut reports = Vec::new();
    for f in &args.files {
        let text = std::fs::read_to_string(f).with_context(|| {
            format!("{f}: 評価データを読めません（UTF-8のTSVを指定してください）")
        })?;
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
    }
    crate::output::emit(&out)?;
    Ok(if below {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
