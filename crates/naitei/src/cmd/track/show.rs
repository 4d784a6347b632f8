//! `naitei track show`: one application with its timeline and interview log.

use std::fmt::Write as _;

use anyhow::Result;

use super::db::{DbArg, open_store};
use super::labels::{channel_label, paren};
use crate::output::emit;
use crate::render::truncate;

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// 応募の番号（list の「番号」）
    pub id: i64,
    #[command(flatten)]
    pub db: DbArg,
}

pub async fn run(a: ShowArgs) -> Result<()> {
    let store = open_store(&a.db).await?;
    let loaded = async {
        let app = store.application(a.id).await?;
        let events = store.events(a.id).await?;
        let interviews = store.interviews(a.id).await?;
        let mut qas = Vec::new();
        for i in &interviews {
            qas.push(store.questions(i.id).await?);
        }
        Ok::<_, naitei_store::StoreError>((app, events, interviews, qas))
    }
    .await;
    store.close().await;
    let (app, events, interviews, qas) = loaded?;

    let d = &app.data;
    let mut out = String::new();
    let _ = writeln!(out, "#{} {}{}", app.id, d.company, paren(&d.position));
    let _ = writeln!(
        out,
        "  経路: {}　経験との関係: {}",
        channel_label(d),
        d.relation.label().to_owned()
    );
    let _ = writeln!(
        out,
        "  現在: {}（{}）",
        d.furthest_stage.label().to_owned(),
        d.outcome.label().to_owned()
    );
    if let Some(s) = d.offered_salary {
        let _ = writeln!(out, "  提示年収: {s}万円");
    }
    if let Some(p) = &d.posting {
        let _ = writeln!(out, "  求人: {}", truncate(p, 70));
    }
    if let Some(n) = &d.notes {
        let _ = writeln!(out, "  メモ: {n}");
    }
    out.push_str("\n経過:\n");
    let _ = writeln!(out, "  {}  応募", d.applied_on);
    for e in &events {
        let _ = writeln!(
            out,
            "  {}  {} {}{}",
            e.on_date,
            e.stage.label().to_owned(),
            e.result.label().to_owned(),
            e.note
                .as_deref()
                .map(|n| format!("（{n}）"))
                .unwrap_or_default()
        );
    }
    for (i, questions) in interviews.iter().zip(&qas) {
        let round = i.round.label();
        let mut when = i.on_date.clone().unwrap_or_else(|| "日付未定".to_owned());
        if let Some(t) = &i.start_time {
            when.push(' ');
            when.push_str(t);
        }
        let _ = write!(out, "\n{round}（{when}");
        if let Some(r) = &i.interviewer_role {
            let _ = write!(out, "、面接官: {r}");
        }
        if let Some(p) = &i.place {
            let _ = write!(out, "、{p}");
        }
        out.push_str("）\n");
        if questions.is_empty() {
            out.push_str("  （質問の記録はまだありません）\n");
        }
        for (n, q) in questions.iter().enumerate() {
            let _ = writeln!(out, "  Q{}. [{}] {}", n + 1, q.kind.log_label(), q.question);
            if !q.answer.is_empty() {
                let _ = writeln!(out, "     A. {}", q.answer);
            }
            if let Some(m) = &q.memo {
                let _ = writeln!(out, "     メモ: {m}");
            }
        }
    }
    emit(&out)
}
