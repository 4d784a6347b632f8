//! `naitei offer` — being built (issue 5).

use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct OfferArgs {}

pub fn run(_args: OfferArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("naitei offer はまだ実装されていません")
}
