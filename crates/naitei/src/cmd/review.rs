use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct ReviewArgs {}

pub fn run(_args: ReviewArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("naitei review はまだ実装されていません")
}
