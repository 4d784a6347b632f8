//! `naitei plan` — being built (issue 5).

use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct PlanArgs {}

pub fn run(_args: PlanArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("naitei plan はまだ実装されていません")
}
