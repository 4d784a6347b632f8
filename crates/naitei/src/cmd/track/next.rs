//! `naitei track next`: set (or clear) 次にやること of an application, with its date.

use anyhow::Result;
use jiff::civil::Date;

use super::db::{DbArg, open_store};
use crate::args;
use crate::output::emit;

#[derive(clap::Args, Debug)]
pub struct NextArgs {
    /// 応募の番号
    pub id: i64,
    /// 次にやること（省略すると消す）
    pub what: Option<String>,
    /// いつまでに（2024-06-05、2024/6/5、令和6年6月5日 など）
    #[arg(long, value_parser = args::date)]
    pub date: Option<Date>,
    #[command(flatten)]
    pub db: DbArg,
}

pub async fn run(a: NextArgs) -> Result<()> {
    let input = naitei_tracker::schedule::NextStepInput {
        what: a.what.clone().unwrap_or_default(),
        on_date: a.date.map(|d| d.to_string()).unwrap_or_default(),
    };
    let step = input
        .parse()
        .map_err(|(_, m)| naitei_tracker::Error::Invalid(m))?;
    let store = open_store(&a.db).await?;
    let saved = naitei_tracker::schedule::set_next_step(&store, a.id, step).await;
    store.close().await;
    let out = match saved? {
        Some(s) => format!(
            "#{} の次にやること: {}{}\n",
            a.id,
            s.what,
            s.on_date
                .map(|d| format!("（{d} まで）"))
                .unwrap_or_default()
        ),
        None => format!("#{} の次にやることを消しました\n", a.id),
    };
    emit(&out)
}
