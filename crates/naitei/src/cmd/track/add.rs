//! `naitei track add`: register an application.

use anyhow::{Result, anyhow};
use jiff::civil::Date;
use naitei_core::funnel::{Channel, Relation};
use naitei_tracker::application::Application;

use super::db::{DbArg, open_store};
use super::labels::{channel_label, paren};
use super::today::today;
use crate::args;
use crate::output::emit;

#[derive(clap::Args, Debug)]
pub struct AddArgs {
    /// 会社名
    pub company: String,
    /// 職種・ポジション
    #[arg(long, default_value = "")]
    pub position: String,
    /// 応募経路: hellowork / agent / scout / direct / referral（agent:エージェント名 も可。日本語名も可）
    #[arg(long, value_parser = args::channel)]
    pub channel: (Channel, Option<String>),
    /// 経験との関係: same（同職種同業界）/ same-job（同職種異業界）/ adjacent（周辺職種）/ new（未経験）。
    /// 省略すると --posting と --resume から判定した種類を使う
    #[arg(long, value_parser = args::relation)]
    pub relation: Option<Relation>,
    /// 応募日（2024-04-01、2024/4/1、令和6年4月1日、R6.4.1。既定: 今日）
    #[arg(long, value_parser = args::date)]
    pub date: Option<Date>,
    /// 提示年収（万円。例: 450、450万、4500000円）
    #[arg(long, value_parser = args::salary)]
    pub salary: Option<i64>,
    /// 求人票の本文または URL
    #[arg(long)]
    pub posting: Option<String>,
    /// メモ
    #[arg(long)]
    pub notes: Option<String>,
    /// 職務経歴書: --posting と合わせて、この求人が同職種同業界・同職種異業界・周辺職種・未経験のどれかを提案する
    #[arg(long, value_name = "FILE")]
    pub resume: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

/// The move the posting is for the seeker, judged from the posting (its text, or a file it
/// names) and the résumé.
fn proposed(a: &AddArgs) -> Result<Option<(Relation, naitei_core::prep::Move)>> {
    let (Some(posting), Some(resume)) = (&a.posting, &a.resume) else {
        return Ok(None);
    };
    let posting = if std::path::Path::new(posting).is_file() {
        crate::input::read(posting, crate::input::DEFAULT_MAX_BYTES)?.text
    } else {
        posting.clone()
    };
    let resume = crate::input::read(resume, crate::input::DEFAULT_MAX_BYTES)?.text;
    Ok(naitei_tracker::relation::propose(&posting, &resume))
}

pub async fn run(a: AddArgs) -> Result<()> {
    let proposal = proposed(&a)?;
    let relation = match (a.relation, &proposal) {
        (Some(r), _) => r,
        (None, Some((r, _))) => *r,
        (None, None) => {
            return Err(anyhow!(
                "--relation（same / same-job / adjacent / new）を指定するか、--posting と --resume を指定して判定させてください"
            ));
        }
    };
    let mut app = Application::new(&a.company, a.channel, relation, today(a.date));
    app.position = a.position;
    app.offered_salary = a.salary;
    app.posting = a.posting;
    app.notes = a.notes;
    let data = app.into_data().map_err(|m| anyhow!(m))?;
    let store = open_store(&a.db).await?;
    let id = store.add_application(&data).await;
    store.close().await;
    let id = id?;
    let mut out = format!(
        "応募 #{id} を登録しました: {}{}（{}、{}）\n",
        data.company,
        paren(&data.position),
        channel_label(&data),
        relation.label()
    );
    if let Some((_, m)) = &proposal {
        out.push_str(&format!(
            "  求人票と職務経歴書から見た転職の種類: {}（{}）{}\n",
            m.label,
            m.reason.trim_end_matches('。'),
            if relation.label() == m.label {
                String::new()
            } else {
                format!("。記録したのは --relation の{}", relation.label())
            }
        ));
    }
    out.push_str(&format!(
        "  選考が進んだら: naitei track stage {id} document --result passed\n"
    ));
    emit(&out)
}
