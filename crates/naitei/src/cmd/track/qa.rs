//! `naitei track qa`: record a question asked in an interview and the answer given.

use anyhow::Result;
use jiff::civil::Date;
use naitei_core::funnel::{QuestionKind, Round};
use naitei_tracker::question::Question;

use super::db::{DbArg, open_store};
use super::labels::nonempty;
use crate::args;
use crate::output::emit;

#[derive(clap::Args, Debug)]
pub struct QaArgs {
    /// 応募の番号
    pub id: i64,
    /// 面接の回: first / second / final（日本語も可: 一次面接）
    #[arg(long, default_value = "first", value_parser = args::round)]
    pub round: Round,
    /// 聞かれた質問
    #[arg(long, short = 'q')]
    pub question: String,
    /// 自分が答えた内容
    #[arg(long, short = 'a', default_value = "")]
    pub answer: String,
    /// 質問の種類: reason / motive / pr / strength / weakness / success / failure / reverse / intro / other（既定: 質問文から推定）
    #[arg(long, value_parser = args::question_kind)]
    pub kind: Option<QuestionKind>,
    /// 振り返りのメモ
    #[arg(long)]
    pub memo: Option<String>,
    /// 面接日
    #[arg(long, value_parser = args::date)]
    pub date: Option<Date>,
    /// 面接官の役職
    #[arg(long)]
    pub interviewer: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

pub async fn run(a: QaArgs) -> Result<()> {
    let question = Question {
        round: a.round,
        question: nonempty("質問", &a.question)?,
        answer: a.answer,
        kind: a.kind,
        memo: a.memo,
        date: a.date,
        interviewer: a.interviewer,
    };
    let store = open_store(&a.db).await?;
    let added = naitei_tracker::add_question(&store, a.id, &question).await;
    store.close().await;
    let added = added?;
    let mut out = format!(
        "#{} {}の質問を記録しました（{}、この面接で {} 問目）\n",
        a.id,
        a.round.label(),
        added.kind.log_label(),
        added.count
    );
    if question.answer.trim().is_empty() {
        out.push_str("  回答も残しておくと、次の面接で話をそろえやすくなります（--answer）\n");
    }
    emit(&out)
}
