//! `naitei rules` and `naitei explain`.

use std::process::ExitCode;

use naitei_core::rules;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
    Markdown,
}

#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    #[arg(long, value_enum, default_value = "human")]
    pub format: ListFormat,
}

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// ルールID（例: achievement-no-result）
    pub rule: String,
}

/// The rule list as a Markdown table (also embedded in the README; a test keeps them equal).
pub fn markdown_table() -> String {
    let mut out = String::from("| ルール | 重要度 | 内容 |\n|---|---|---|\n");
    for r in rules::all() {
        let i = rules::info(*r);
        let summary = i
            .summary
            .split_once(": ")
            .map_or(i.summary.as_str(), |(_, s)| s);
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            i.id,
            i.severity.label(),
            summary
        ));
    }
    out
}

pub fn run_rules(args: RulesArgs) -> anyhow::Result<ExitCode> {
    let text = match args.format {
        ListFormat::Json => {
            let infos: Vec<_> = rules::all().iter().map(|r| rules::info(*r)).collect();
            serde_json::to_string_pretty(&infos)? + "\n"
        }
        ListFormat::Markdown => markdown_table(),
        ListFormat::Human => rules::all()
            .iter()
            .map(|r| {
                let i = rules::info(*r);
                let summary = i
                    .summary
                    .split_once(": ")
                    .map_or(i.summary.as_str(), |(_, s)| s);
                format!("{:<24} {:<4} {}\n", i.id, i.severity.label(), summary)
            })
            .collect(),
    };
    crate::output::emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_explain(args: ExplainArgs) -> anyhow::Result<ExitCode> {
    match rules::find(&args.rule) {
        Some(r) => {
            crate::output::emit(&(rules::info(r).doc + "\n"))?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let ids: Vec<&str> = rules::all().iter().map(|r| r.id()).collect();
            anyhow::bail!(
                "「{}」というルールはありません。使えるルール: {}",
                args.rule,
                ids.join(", ")
            )
        }
    }
}
