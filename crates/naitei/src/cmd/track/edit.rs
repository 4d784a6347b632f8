//! `naitei track edit`: change an application's fields.

use anyhow::{Result, anyhow};
use jiff::civil::Date;
use naitei_core::funnel::{Channel, Outcome, Relation, Stage};
use naitei_tracker::application::Application;

use super::db::{DbArg, open_store};
use super::labels::nonempty;
use crate::args::{self, Salary};
use crate::output::emit;

#[derive(clap::Args, Debug)]
pub struct EditArgs {
    /// 応募の番号
    pub id: i64,
    #[arg(long)]
    pub company: Option<String>,
    #[arg(long)]
    pub position: Option<String>,
    #[arg(long, value_parser = args::channel)]
    pub channel: Option<(Channel, Option<String>)>,
    #[arg(long, value_parser = args::relation)]
    pub relation: Option<Relation>,
    /// 応募日
    #[arg(long, value_parser = args::date)]
    pub date: Option<Date>,
    /// 提示年収（万円）。空文字で消去
    #[arg(long, value_parser = args::salary_or_empty)]
    pub salary: Option<Salary>,
    #[arg(long)]
    pub posting: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
    /// 到達した段階を直接直す（通常は stage を使ってください）
    #[arg(long, value_parser = args::stage)]
    pub stage: Option<Stage>,
    /// その段階での状況を直接直す
    #[arg(long, value_parser = args::outcome)]
    pub outcome: Option<Outcome>,
    #[command(flatten)]
    pub db: DbArg,
}

pub async fn run(a: EditArgs) -> Result<()> {
    let store = open_store(&a.db).await?;
    let result = async {
        let current = store.application(a.id).await?;
        let mut app = Application::from_data(&current.data)
            .map_err(|m| anyhow!("データベースの応募 #{} の記録がおかしい値です: {m}", a.id))?;
        if let Some(c) = &a.company {
            app.company = nonempty("会社名", c)?;
        }
        if let Some(p) = a.position {
            app.position = p;
        }
        if let Some((channel, name)) = a.channel {
            (app.channel, app.channel_name) = (channel, name);
        }
        if let Some(r) = a.relation {
            app.relation = r;
        }
        if let Some(d) = a.date {
            app.applied_on = d;
        }
        if let Some(Salary(s)) = a.salary {
            app.offered_salary = s;
        }
        if let Some(p) = a.posting {
            app.posting = Some(p);
        }
        if let Some(n) = a.notes {
            app.notes = Some(n);
        }
        if let Some(s) = a.stage {
            app.furthest_stage = s;
        }
        if let Some(o) = a.outcome {
            app.outcome = o;
        }
        let data = app.into_data().map_err(|m| anyhow!(m))?;
        store.update_application(a.id, &data).await?;
        Ok::<_, anyhow::Error>(format!("#{} {} を更新しました\n", current.id, data.company))
    }
    .await;
    store.close().await;
    emit(&result?)
}
