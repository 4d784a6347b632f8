//! `naitei rules` and `naitei explain`.

use std::process::ExitCode;

use naitei_core::rules;

use crate::render::{Format, format, table};

#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    /// 出力形式
    #[arg(long, value_parser = format::REPORT, default_value = "human")]
    pub format: Format,
}

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// ルールID（例: achievement-no-result）
    pub rule: String,
}

fn summary(i: &rules::RuleInfo) -> &str {
    i.summary
        .split_once(": ")
        .map_or(i.summary.as_str(), |(_, s)| s)
}

/// The rule list as a Markdown table (also embedded in the README; a test keeps them equal).
pub fn markdown_table() -> String {
    let mut out = String::from("| ルール | 重要度 | 内容 |\n|---|---|---|\n");
    for i in rules::all_infos() {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            i.id,
            i.severity.label(),
            summary(&i)
        ));
    }
    out
}

pub fn run_rules(args: RulesArgs) -> anyhow::Result<ExitCode> {
    let text = match args.format {
        Format::Json => serde_json::to_string_pretty(&rules::all_infos())? + "\n",
        Format::Markdown => markdown_table(),
        _ => {
            // Columns by display width: the severities are wide characters.
            let rows: Vec<[String; 3]> = rules::all_infos()
                .iter()
                .map(|i| {
                    [
                        i.id.to_owned(),
                        i.severity.label().to_owned(),
                        summary(i).to_owned(),
                    ]
                })
                .collect();
            let mut out = String::new();
            table(&mut out, "", &["ルール", "重要度", "内容"], &rows);
            out
        }
    };
    crate::output::emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_explain(args: ExplainArgs) -> anyhow::Result<ExitCode> {
    let infos = rules::all_infos();
    match infos.iter().find(|i| i.id == args.rule) {
        Some(i) => {
            crate::output::emit(&(i.doc.clone() + "\n"))?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let ids: Vec<&str> = infos.iter().map(|i| i.id).collect();
            anyhow::bail!(
                "「{}」というルールはありません。使えるルール: {}",
                args.rule,
                ids.join(", ")
            )
        }
    }
}
