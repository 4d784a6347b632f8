use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct RulesArgs {}
#[derive(clap::Args, Debug)]
pub struct ExplainArgs {}

pub fn run_rules(_args: RulesArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("naitei rules はまだ実装されていません")
}
pub fn run_explain(_args: ExplainArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("naitei explain はまだ実装されていません")
}
