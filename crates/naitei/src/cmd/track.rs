//! `naitei track …` — the application tracker and interview log.

use std::fmt::Write as _;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow, bail};
use naitei_core::funnel::{
    Channel, EventResult, Outcome, QuestionKind, Relation, Stage, format_channel, parse_channel,
};
use naitei_store::{Application, ApplicationData, Backup, ListFilter, Store, Target};
use naitei_tracker::fields;

/// `--db PATH|URL`, shared by every command that stores data.
#[derive(clap::Args, Debug, Clone)]
pub struct DbArg {
    /// データベース: SQLite のファイル、または postgres:// の URL（既定: データディレクトリの naitei/naitei.db）
    #[arg(long, env = "NAITEI_DB", value_name = "PATH|URL")]
    pub db: Option<String>,
}

#[derive(clap::Subcommand, Debug)]
pub enum TrackCommand {
    /// 応募を登録する
    Add(AddArgs),
    /// 応募の一覧を表示する（段階・経路で絞り込み）
    List(ListArgs),
    /// 応募の経過と面接での質問・回答を表示する
    Show(ShowArgs),
    /// 選考の段階と結果を記録する（例: stage 3 first --result passed）
    Stage(StageArgs),
    /// 面接で聞かれた質問と、自分の回答を記録する
    Qa(QaArgs),
    /// 応募の内容を直す
    Edit(EditArgs),
    /// 応募を削除する
    Remove(RemoveArgs),
    /// CSV または JSON バックアップから読み込む
    Import(ImportArgs),
    /// CSV または JSON（完全なバックアップ）で書き出す
    Export(ExportArgs),
    /// これからの面接を iCalendar（.ics）ファイルにする
    Ics(IcsArgs),
    /// 今週の予定（面接）と選考中の応募を表示する
    Agenda(AgendaArgs),
    /// 職務経歴書などの版を保存する・一覧する
    #[command(subcommand)]
    Doc(DocCommand),
    /// 面接の回と回の回答（と職務経歴書）の食い違いを調べる
    Check(super::track_check::CheckArgs),
}

#[derive(clap::Subcommand, Debug)]
pub enum DocCommand {
    /// 職務経歴書（などの）ファイルを一つの版として保存する
    Add(DocAddArgs),
    /// 保存した版の一覧
    List(DocListArgs),
}

#[derive(clap::Args, Debug)]
pub struct DocAddArgs {
    /// 保存するファイル（テキストまたは Markdown）
    pub file: PathBuf,
    /// 版の名前（例: v2 営業向け。既定: ファイル名）
    #[arg(long)]
    pub label: Option<String>,
    /// 書類の種類: resume（職務経歴書）/ rirekisho（履歴書）/ other
    #[arg(long, default_value = "resume")]
    pub kind: String,
    /// この版を使った応募の番号
    #[arg(long)]
    pub application: Option<i64>,
    /// 作成日（既定: 今日）
    #[arg(long)]
    pub date: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct DocListArgs {
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct AddArgs {
    /// 会社名
    pub company: String,
    /// 職種・ポジション
    #[arg(long, default_value = "")]
    pub position: String,
    /// 応募経路: hellowork / agent / scout / direct / referral（agent:エージェント名 も可。日本語名も可）
    #[arg(long)]
    pub channel: String,
    /// 経験との関係: same（同職種同業界）/ same-job（同職種異業界）/ adjacent（周辺職種）/ new（未経験）
    #[arg(long)]
    pub relation: String,
    /// 応募日（2024-04-01、2024/4/1、令和6年4月1日。既定: 今日）
    #[arg(long)]
    pub date: Option<String>,
    /// 提示年収（万円。例: 450、450万、4500000円）
    #[arg(long)]
    pub salary: Option<String>,
    /// 求人票の本文または URL
    #[arg(long)]
    pub posting: Option<String>,
    /// メモ
    #[arg(long)]
    pub notes: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// 段階で絞り込む（document / first / second / final / offer）
    #[arg(long)]
    pub stage: Option<String>,
    /// 経路で絞り込む（hellowork / agent / scout / direct / referral）
    #[arg(long)]
    pub channel: Option<String>,
    /// 状況で絞り込む（pending / failed / withdrawn / accepted / declined）
    #[arg(long)]
    pub outcome: Option<String>,
    #[arg(long, value_enum, default_value = "human")]
    pub format: ListFormat,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// 応募の番号（list の「番号」）
    pub id: i64,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct StageArgs {
    /// 応募の番号
    pub id: i64,
    /// 段階: document（書類選考）/ first / second / final / offer（内定）
    pub stage: String,
    /// 結果: pending（結果待ち）/ passed（通過）/ failed（不合格）/ withdrawn（辞退）/ accepted / declined（内定のとき）
    #[arg(long, default_value = "pending")]
    pub result: String,
    /// 日付（既定: 今日）。面接の段階では面接日として予定にも入ります
    #[arg(long)]
    pub date: Option<String>,
    /// 面接の開始時刻（14:00）
    #[arg(long)]
    pub time: Option<String>,
    /// 面接官の役職（人事、現場マネージャー、役員 など）
    #[arg(long)]
    pub interviewer: Option<String>,
    /// 面接の場所（オンライン、本社 など）
    #[arg(long)]
    pub place: Option<String>,
    /// メモ
    #[arg(long)]
    pub note: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct QaArgs {
    /// 応募の番号
    pub id: i64,
    /// 面接の回: first / second / final（日本語も可: 一次面接）
    #[arg(long, default_value = "first")]
    pub round: String,
    /// 聞かれた質問
    #[arg(long, short = 'q')]
    pub question: String,
    /// 自分が答えた内容
    #[arg(long, short = 'a', default_value = "")]
    pub answer: String,
    /// 質問の種類: reason / motive / pr / strength / weakness / success / failure / reverse / other（既定: 質問文から推定）
    #[arg(long)]
    pub kind: Option<String>,
    /// 振り返りのメモ
    #[arg(long)]
    pub memo: Option<String>,
    /// 面接日
    #[arg(long)]
    pub date: Option<String>,
    /// 面接官の役職
    #[arg(long)]
    pub interviewer: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct EditArgs {
    /// 応募の番号
    pub id: i64,
    #[arg(long)]
    pub company: Option<String>,
    #[arg(long)]
    pub position: Option<String>,
    #[arg(long)]
    pub channel: Option<String>,
    #[arg(long)]
    pub relation: Option<String>,
    /// 応募日
    #[arg(long)]
    pub date: Option<String>,
    /// 提示年収（万円）。空文字で消去
    #[arg(long)]
    pub salary: Option<String>,
    #[arg(long)]
    pub posting: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
    /// 到達した段階を直接直す（通常は stage を使ってください）
    #[arg(long)]
    pub stage: Option<String>,
    /// その段階での状況を直接直す
    #[arg(long)]
    pub outcome: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct RemoveArgs {
    /// 応募の番号
    pub id: i64,
    /// 確認せずに削除する
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// CSV（見出し行つき UTF-8）または JSON バックアップのファイル（- で標準入力）
    pub file: PathBuf,
    /// JSON バックアップで、今のデータを置き換える
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    #[arg(long, value_enum, default_value = "csv")]
    pub format: ExportFormat,
    /// 出力ファイル（既定: 標準出力）
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct IcsArgs {
    /// 出力ファイル（既定: 標準出力）
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// 基準日（既定: 今日）
    #[arg(long)]
    pub today: Option<String>,
    /// 何日先までの面接を入れるか
    #[arg(long, default_value_t = 90)]
    pub days: i64,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(clap::Args, Debug)]
pub struct AgendaArgs {
    /// 基準日（既定: 今日）
    #[arg(long)]
    pub today: Option<String>,
    /// 何日分を表示するか
    #[arg(long, default_value_t = 7)]
    pub days: i64,
    #[command(flatten)]
    pub db: DbArg,
}

/// Runs a tracker command on a current-thread runtime.
pub fn run(cmd: TrackCommand) -> Result<ExitCode> {
    if let TrackCommand::Check(a) = cmd {
        return super::track_check::run(a);
    }
    runtime()?.block_on(async move {
        match cmd {
            TrackCommand::Add(a) => add(a).await,
            TrackCommand::List(a) => list(a).await,
            TrackCommand::Show(a) => show(a).await,
            TrackCommand::Stage(a) => stage(a).await,
            TrackCommand::Qa(a) => qa(a).await,
            TrackCommand::Edit(a) => edit(a).await,
            TrackCommand::Remove(a) => remove(a).await,
            TrackCommand::Import(a) => import(a).await,
            TrackCommand::Export(a) => export(a).await,
            TrackCommand::Ics(a) => ics(a).await,
            TrackCommand::Agenda(a) => agenda(a).await,
            TrackCommand::Doc(DocCommand::Add(a)) => doc_add(a).await,
            TrackCommand::Doc(DocCommand::List(a)) => doc_list(a).await,
            TrackCommand::Check(_) => unreachable!("handled above"),
        }
    })?;
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("非同期ランタイムを起動できません")
}

/// Opens the database named by `--db`/`NAITEI_DB`, or the default file in the data directory.
pub(crate) async fn open_store(db: &DbArg) -> Result<Store> {
    let target = match &db.db {
        Some(spec) if !spec.trim().is_empty() => Target::parse(spec.trim()),
        _ => {
            let dir = dirs::data_dir()
                .ok_or_else(|| {
                    anyhow!("データディレクトリが見つかりません。--db でファイルを指定してください")
                })?
                .join("naitei");
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("フォルダ {} を作れません", dir.display()))?;
            Target::SqliteFile(dir.join("naitei.db"))
        }
    };
    if let Target::SqliteFile(path) = &target
        && let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
        && !parent.exists()
    {
        bail!(
            "データベース {} を作れません: フォルダ {} がありません",
            path.display(),
            parent.display()
        );
    }
    Ok(Store::open(&target).await?)
}

// ---------------------------------------------------------------------------------------------
// Parsing of user input

/// Parses a date in any usual spelling (see `naitei_core::text::date`).
pub fn parse_date(input: &str) -> Result<jiff::civil::Date> {
    fields::date(input).map_err(|m| anyhow!(m))
}

fn today(given: Option<&str>) -> Result<jiff::civil::Date> {
    match given {
        Some(s) => parse_date(s),
        None => Ok(jiff::Zoned::now().date()),
    }
}

/// Parses a salary in 万円 (see `naitei_core::text::number`); empty is "not given".
pub fn parse_salary(input: &str) -> Result<Option<i64>> {
    fields::salary(input).map_err(|m| anyhow!(m))
}

fn parse_time(input: &str) -> Result<String> {
    fields::time(input).map_err(|m| anyhow!(m))
}

fn parse_code<T>(what: &str, value: &str) -> Result<T>
where
    T: std::str::FromStr<Err = naitei_core::funnel::InvalidValue>,
{
    value.parse::<T>().map_err(|e| anyhow!("{what}: {e}"))
}

// ---------------------------------------------------------------------------------------------
// Commands

async fn add(a: AddArgs) -> Result<()> {
    let channel = parse_channel(&a.channel).map_err(|e| anyhow!("応募経路: {e}"))?;
    let relation: Relation = parse_code("経験との関係", &a.relation)?;
    let applied_on = today(a.date.as_deref())?;
    let mut app =
        naitei_tracker::application::Application::new(&a.company, channel, relation, applied_on);
    app.position = a.position;
    app.offered_salary = a.salary.as_deref().map(parse_salary).transpose()?.flatten();
    app.posting = a.posting;
    app.notes = a.notes;
    let data = app.into_data().map_err(|m| anyhow!(m))?;
    let store = open_store(&a.db).await?;
    let id = store.add_application(&data).await?;
    println!(
        "応募 #{id} を登録しました: {}{}（{}、{}）",
        data.company,
        paren(&data.position),
        channel_label(&data),
        relation.label()
    );
    println!("  選考が進んだら: naitei track stage {id} document --result passed");
    store.close().await;
    Ok(())
}

fn nonempty(what: &str, s: &str) -> Result<String> {
    let t = s.trim();
    if t.is_empty() {
        bail!("{what}が空です");
    }
    Ok(t.to_owned())
}

fn paren(position: &str) -> String {
    if position.is_empty() {
        String::new()
    } else {
        format!("・{position}")
    }
}

fn channel_label(a: &ApplicationData) -> String {
    let label = a
        .channel
        .parse::<Channel>()
        .map(|c| c.label())
        .unwrap_or(a.channel.as_str());
    match &a.channel_name {
        Some(n) => format!("{label}（{n}）"),
        None => label.to_owned(),
    }
}

fn label_of<T>(code: &str) -> String
where
    T: std::str::FromStr + Copy,
    T: Labelled,
{
    code.parse::<T>()
        .map(|v| v.label_ja().to_owned())
        .unwrap_or_else(|_| code.to_owned())
}

trait Labelled {
    fn label_ja(self) -> &'static str;
}
macro_rules! labelled {
    ($($t:ty),*) => { $(impl Labelled for $t { fn label_ja(self) -> &'static str { self.label() } })* };
}
labelled!(Stage, Outcome, EventResult, Relation);
impl Labelled for QuestionKind {
    fn label_ja(self) -> &'static str {
        self.log_label()
    }
}

async fn list(a: ListArgs) -> Result<()> {
    let filter = ListFilter {
        stage: a
            .stage
            .map(|s| parse_code::<Stage>("段階", &s).map(|v| v.code().to_owned()))
            .transpose()?,
        channel: a
            .channel
            .map(|s| {
                parse_channel(&s)
                    .map(|(c, _)| c.code().to_owned())
                    .map_err(|e| anyhow!("応募経路: {e}"))
            })
            .transpose()?,
        outcome: a
            .outcome
            .map(|s| parse_code::<Outcome>("状況", &s).map(|v| v.code().to_owned()))
            .transpose()?,
    };
    let store = open_store(&a.db).await?;
    let apps = store.list_applications(&filter).await?;
    store.close().await;
    let mut out = String::with_capacity(apps.len() * 100);
    if a.format == ListFormat::Json {
        out = serde_json::to_string_pretty(&apps)?;
        out.push('\n');
    } else if apps.is_empty() {
        out.push_str("該当する応募はありません。\n");
    } else {
        let rows: Vec<[String; 7]> = apps
            .iter()
            .map(|app| {
                let d = &app.data;
                [
                    format!("#{}", app.id),
                    d.applied_on.clone(),
                    truncate(&d.company, 24),
                    truncate(&d.position, 16),
                    truncate(&channel_label(d), 20),
                    label_of::<Stage>(&d.furthest_stage),
                    label_of::<Outcome>(&d.outcome),
                ]
            })
            .collect();
        let header = ["番号", "応募日", "会社", "職種", "経路", "段階", "状況"].map(String::from);
        table(&mut out, &header, &rows);
        let _ = writeln!(out, "{} 件", apps.len());
    }
    write_stdout(&out)
}

fn write_stdout(s: &str) -> Result<()> {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    match lock.write_all(s.as_bytes()).and_then(|_| lock.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error for the user.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e).context("標準出力に書き込めません"),
    }
}

/// Display width in a terminal: East Asian wide characters take two columns.
pub(crate) fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let u = c as u32;
            let wide = (0x1100..=0x115F).contains(&u)
                || (0x2E80..=0xA4CF).contains(&u)
                || (0xAC00..=0xD7A3).contains(&u)
                || (0xF900..=0xFAFF).contains(&u)
                || (0xFE30..=0xFE4F).contains(&u)
                || (0xFF00..=0xFF60).contains(&u)
                || (0xFFE0..=0xFFE6).contains(&u)
                || (0x2_0000..=0x3_FFFD).contains(&u);
            if wide { 2 } else { 1 }
        })
        .sum()
}

fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = width(c.encode_utf8(&mut [0; 4]));
        if w + cw > max - 1 {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

pub(crate) fn pad(s: &str, w: usize) -> String {
    let mut out = s.to_owned();
    for _ in width(s)..w {
        out.push(' ');
    }
    out
}

fn table<const N: usize>(out: &mut String, header: &[String; N], rows: &[[String; N]]) {
    let mut widths = header.each_ref().map(|h| width(h));
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    for row in std::iter::once(header).chain(rows) {
        let line: Vec<String> = row.iter().zip(widths).map(|(c, w)| pad(c, w)).collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
}

async fn show(a: ShowArgs) -> Result<()> {
    let store = open_store(&a.db).await?;
    let app = store.application(a.id).await?;
    let events = store.events(a.id).await?;
    let interviews = store.interviews(a.id).await?;
    let mut qas = Vec::new();
    for i in &interviews {
        qas.push(store.questions(i.id).await?);
    }
    store.close().await;

    let d = &app.data;
    let mut out = String::new();
    let _ = writeln!(out, "#{} {}{}", app.id, d.company, paren(&d.position));
    let _ = writeln!(
        out,
        "  経路: {}　経験との関係: {}",
        channel_label(d),
        label_of::<Relation>(&d.relation)
    );
    let _ = writeln!(
        out,
        "  現在: {}（{}）",
        label_of::<Stage>(&d.furthest_stage),
        label_of::<Outcome>(&d.outcome)
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
            label_of::<Stage>(&e.stage),
            label_of::<EventResult>(&e.result),
            e.note
                .as_deref()
                .map(|n| format!("（{n}）"))
                .unwrap_or_default()
        );
    }
    for (i, questions) in interviews.iter().zip(&qas) {
        let round = label_of::<Stage>(&i.round);
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
            let _ = writeln!(
                out,
                "  Q{}. [{}] {}",
                n + 1,
                label_of::<QuestionKind>(&q.kind),
                q.question
            );
            if !q.answer.is_empty() {
                let _ = writeln!(out, "     A. {}", q.answer);
            }
            if let Some(m) = &q.memo {
                let _ = writeln!(out, "     メモ: {m}");
            }
        }
    }
    write_stdout(&out)
}

async fn stage(a: StageArgs) -> Result<()> {
    let event = naitei_tracker::event::Event {
        stage: parse_code("段階", &a.stage)?,
        result: parse_code("結果", &a.result)?,
        on: today(a.date.as_deref())?,
        time: a.time.as_deref().map(parse_time).transpose()?,
        interviewer: a.interviewer,
        place: a.place,
        note: a.note,
    };
    let store = open_store(&a.db).await?;
    let recorded = naitei_tracker::record_event(&store, a.id, &event).await;
    store.close().await;
    let recorded = recorded?;
    let app = &recorded.application;
    println!(
        "#{} {}: {} {} を記録しました（{}）",
        app.id,
        app.data.company,
        event.stage.label(),
        event.result.label(),
        event.on
    );
    println!(
        "  現在: {}（{}）",
        recorded.furthest.label(),
        recorded.outcome.label()
    );
    if recorded.kept_further_stage(&event) {
        println!("  ※ すでに先の段階まで進んでいるので、到達した段階はそのままです");
    }
    Ok(())
}

async fn qa(a: QaArgs) -> Result<()> {
    let round: Stage = parse_code("面接の回", &a.round)?;
    if !round.is_interview() {
        bail!(
            "面接の回は first / second / final のどれかです（「{}」は面接ではありません）",
            a.round
        );
    }
    let question = naitei_tracker::question::Question {
        round,
        question: nonempty("質問", &a.question)?,
        answer: a.answer,
        kind: a
            .kind
            .as_deref()
            .map(|k| parse_code::<QuestionKind>("質問の種類", k))
            .transpose()?,
        memo: a.memo,
        date: a.date.as_deref().map(parse_date).transpose()?,
        interviewer: a.interviewer,
    };
    let store = open_store(&a.db).await?;
    let added = naitei_tracker::add_question(&store, a.id, &question).await;
    store.close().await;
    let added = added?;
    println!(
        "#{} {}の質問を記録しました（{}、この面接で {} 問目）",
        a.id,
        round.label(),
        added.kind.log_label(),
        added.count
    );
    if question.answer.trim().is_empty() {
        println!("  回答も残しておくと、次の面接で話をそろえやすくなります（--answer）");
    }
    Ok(())
}

async fn edit(a: EditArgs) -> Result<()> {
    let store = open_store(&a.db).await?;
    let current = store.application(a.id).await?;
    let mut app = naitei_tracker::application::Application::from_data(&current.data)
        .map_err(|m| anyhow!("データベースの応募 #{} の記録がおかしい値です: {m}", a.id))?;
    if let Some(c) = &a.company {
        app.company = nonempty("会社名", c)?;
    }
    if let Some(p) = a.position {
        app.position = p;
    }
    if let Some(c) = &a.channel {
        (app.channel, app.channel_name) = parse_channel(c).map_err(|e| anyhow!("応募経路: {e}"))?;
    }
    if let Some(r) = &a.relation {
        app.relation = parse_code("経験との関係", r)?;
    }
    if let Some(date) = &a.date {
        app.applied_on = parse_date(date)?;
    }
    if let Some(s) = &a.salary {
        app.offered_salary = parse_salary(s)?;
    }
    if let Some(p) = a.posting {
        app.posting = Some(p);
    }
    if let Some(n) = a.notes {
        app.notes = Some(n);
    }
    if let Some(s) = &a.stage {
        app.furthest_stage = parse_code("段階", s)?;
    }
    if let Some(o) = &a.outcome {
        app.outcome = parse_code("状況", o)?;
    }
    let data = app.into_data().map_err(|m| anyhow!(m))?;
    store.update_application(a.id, &data).await?;
    store.close().await;
    println!("#{} {} を更新しました", current.id, data.company);
    Ok(())
}

fn check_outcome(stage: &str, outcome: &str) -> Result<()> {
    let s: Stage = parse_code("段階", stage)?;
    let o: Outcome = parse_code("状況", outcome)?;
    fields::check_outcome(s, o).map_err(|m| anyhow!(m))
}

async fn remove(a: RemoveArgs) -> Result<()> {
    let store = open_store(&a.db).await?;
    let app = store.application(a.id).await?;
    if !a.yes {
        if !std::io::stdin().is_terminal() {
            bail!("削除するには確認が必要です。確認なしで削除するなら --yes を付けてください");
        }
        eprint!(
            "#{} {}{} を、面接の記録も含めて削除します。よろしいですか？ [y/N] ",
            app.id,
            app.data.company,
            paren(&app.data.position)
        );
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "はい") {
            println!("削除しませんでした");
            return Ok(());
        }
    }
    store.remove_application(a.id).await?;
    store.close().await;
    println!("#{} {} を削除しました", app.id, app.data.company);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Import and export

/// CSV columns, in export order. The first seven are required on import.
const CSV_COLUMNS: [&str; 10] = [
    "company",
    "position",
    "channel",
    "relation",
    "applied_on",
    "furthest_stage",
    "outcome",
    "offered_salary",
    "posting",
    "notes",
];
const CSV_REQUIRED: usize = 7;

async fn import(a: ImportArgs) -> Result<()> {
    let name = a.file.display().to_string();
    let mut bytes = Vec::new();
    if a.file == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(&a.file).with_context(|| format!("{name} を読めません"))?;
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        anyhow!("{name} は UTF-8 のテキストではありません（CSV は UTF-8 で保存してください）")
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let is_json = a
        .file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        || text.trim_start().starts_with('{');
    if is_json {
        let backup = parse_backup(&name, text)?;
        let store = open_store(&a.db).await?;
        store.restore(&backup, a.replace).await?;
        store.close().await;
        println!(
            "{name} から復元しました: 応募 {} 件、選考の記録 {} 件、面接 {} 件、質問 {} 件、書類 {} 件",
            backup.applications.len(),
            backup.stage_events.len(),
            backup.interviews.len(),
            backup.questions.len(),
            backup.documents.len()
        );
    } else {
        // Every row is checked before anything is written; the rows are then stored in one
        // transaction, so an error leaves the database as it was.
        let rows = parse_csv(&name, text)?;
        let store = open_store(&a.db).await?;
        let ids = store.add_applications(&rows).await?;
        store.close().await;
        println!("{name} から応募 {} 件を読み込みました", ids.len());
    }
    Ok(())
}

fn parse_backup(name: &str, text: &str) -> Result<Backup> {
    let backup: Backup = serde_json::from_str(text).map_err(|e| {
        anyhow!(
            "{name} の {} 行目 {} 文字目: naitei のバックアップ（JSON）として読めません: {e}",
            e.line(),
            e.column()
        )
    })?;
    if backup.format != naitei_store::BACKUP_FORMAT || backup.version > naitei_store::BACKUP_VERSION
    {
        bail!(
            "{name} は naitei のバックアップではないか、新しすぎる版です（format: {}、version: {}）",
            backup.format,
            backup.version
        );
    }
    for app in &backup.applications {
        let d = &app.data;
        let at = |col: &str, e: anyhow::Error| anyhow!("{name}: 応募 #{} の {col}: {e}", app.id);
        parse_code::<Channel>("channel", &d.channel).map_err(|e| at("channel", e))?;
        parse_code::<Relation>("relation", &d.relation).map_err(|e| at("relation", e))?;
        parse_date(&d.applied_on).map_err(|e| at("applied_on", e))?;
        check_outcome(&d.furthest_stage, &d.outcome)
            .map_err(|e| at("furthest_stage/outcome", e))?;
    }
    Ok(backup)
}

/// Parses and checks every row of a tracker CSV. Errors name the file, the line and the column.
pub fn parse_csv(name: &str, text: &str) -> Result<Vec<ApplicationData>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| anyhow!("{name} の見出し行を読めません: {e}"))?
        .clone();
    let index: Vec<Option<usize>> = CSV_COLUMNS
        .iter()
        .map(|c| headers.iter().position(|h| h.eq_ignore_ascii_case(c)))
        .collect();
    let missing: Vec<&str> = CSV_COLUMNS[..CSV_REQUIRED]
        .iter()
        .zip(&index)
        .filter(|(_, i)| i.is_none())
        .map(|(c, _)| *c)
        .collect();
    if !missing.is_empty() {
        bail!(
            "{name} の 1 行目（見出し）に必要な列がありません: {}（必要な列: {}）",
            missing.join(", "),
            CSV_COLUMNS[..CSV_REQUIRED].join(",")
        );
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            anyhow!("{name} の {line} 行目を CSV として読めません: {e}")
        })?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let get = |col: usize| -> &str { index[col].and_then(|i| record.get(i)).unwrap_or("") };
        let err = |col: usize, e: anyhow::Error| {
            anyhow!(
                "{name} の {line} 行目、列「{}」（値「{}」）: {e}",
                CSV_COLUMNS[col],
                get(col)
            )
        };
        let company = nonempty("会社名", get(0)).map_err(|e| err(0, e))?;
        let (channel, channel_name) = parse_channel(get(2)).map_err(|e| err(2, anyhow!("{e}")))?;
        let relation: Relation = get(3).parse().map_err(|e| err(3, anyhow!("{e}")))?;
        let applied_on = parse_date(get(4)).map_err(|e| err(4, e))?;
        let stage: Stage = get(5).parse().map_err(|e| err(5, anyhow!("{e}")))?;
        let outcome: Outcome = get(6).parse().map_err(|e| err(6, anyhow!("{e}")))?;
        check_outcome(stage.code(), outcome.code()).map_err(|e| err(6, e))?;
        let offered_salary = parse_salary(get(7)).map_err(|e| err(7, e))?;
        let text_or_none = |col: usize| Some(get(col).to_owned()).filter(|s| !s.is_empty());
        rows.push(ApplicationData {
            company,
            position: get(1).to_owned(),
            channel: channel.code().to_owned(),
            channel_name,
            relation: relation.code().to_owned(),
            applied_on: applied_on.to_string(),
            furthest_stage: stage.code().to_owned(),
            outcome: outcome.code().to_owned(),
            offered_salary,
            posting: text_or_none(8),
            notes: text_or_none(9),
        });
    }
    Ok(rows)
}

pub fn write_csv(apps: &[Application]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_COLUMNS)?;
    for app in apps {
        let d = &app.data;
        let channel = d
            .channel
            .parse::<Channel>()
            .map(|c| format_channel(c, d.channel_name.as_deref()))
            .unwrap_or_else(|_| d.channel.clone());
        w.write_record([
            d.company.as_str(),
            &d.position,
            &channel,
            &d.relation,
            &d.applied_on,
            &d.furthest_stage,
            &d.outcome,
            &d.offered_salary.map(|s| s.to_string()).unwrap_or_default(),
            d.posting.as_deref().unwrap_or(""),
            d.notes.as_deref().unwrap_or(""),
        ])?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}

async fn export(a: ExportArgs) -> Result<()> {
    let store = open_store(&a.db).await?;
    let text = match a.format {
        ExportFormat::Csv => write_csv(&store.list_applications(&ListFilter::default()).await?)?,
        ExportFormat::Json => {
            let mut s = serde_json::to_string_pretty(&store.backup().await?)?;
            s.push('\n');
            s
        }
    };
    store.close().await;
    emit(a.output.as_deref(), &text)
}

fn emit(output: Option<&Path>, text: &str) -> Result<()> {
    match output {
        Some(path) => {
            std::fs::write(path, text)
                .with_context(|| format!("{} に書き込めません", path.display()))?;
            eprintln!("{} に書き出しました", path.display());
            Ok(())
        }
        None => write_stdout(text),
    }
}

// ---------------------------------------------------------------------------------------------
// Calendar

fn weekday_ja(d: jiff::civil::Date) -> &'static str {
    use jiff::civil::Weekday::*;
    match d.weekday() {
        Monday => "月",
        Tuesday => "火",
        Wednesday => "水",
        Thursday => "木",
        Friday => "金",
        Saturday => "土",
        Sunday => "日",
    }
}

fn window(today: jiff::civil::Date, days: i64) -> Result<(jiff::civil::Date, jiff::civil::Date)> {
    if days < 1 {
        bail!("日数は 1 以上にしてください");
    }
    let end = today
        .checked_add(jiff::Span::new().days(days - 1))
        .map_err(|_| anyhow!("日数 {days} が大きすぎます"))?;
    Ok((today, end))
}

async fn ics(a: IcsArgs) -> Result<()> {
    use ics::parameters::{TzIDParam, Value};
    use ics::properties::{Description, DtEnd, DtStart, Location, Summary};

    let today = today(a.today.as_deref())?;
    let (from, to) = window(today, a.days)?;
    let store = open_store(&a.db).await?;
    let scheduled = store
        .scheduled_interviews(&from.to_string(), &to.to_string())
        .await?;
    store.close().await;

    // DTSTAMP from the reference date, not the clock: the same data gives the same file.
    let stamp = crate::ical::stamp(today);
    let mut cal = ics::ICalendar::new("2.0", "-//naitei//track//JA");
    for s in &scheduled {
        let i = &s.interview;
        let Some(date) = i.on_date.as_deref().and_then(|d| parse_date(d).ok()) else {
            continue;
        };
        let mut event = ics::Event::new(
            format!("naitei-interview-{}@naitei.local", i.id),
            stamp.clone(),
        );
        let round = label_of::<Stage>(&i.round);
        event.push(Summary::new(ics::escape_text(format!(
            "{round}: {}{}",
            s.company,
            paren(&s.position)
        ))));
        match i
            .start_time
            .as_deref()
            .and_then(|t| jiff::civil::Time::strptime("%H:%M", t).ok())
        {
            Some(t) => {
                let start = date.to_datetime(t);
                let end = start
                    .checked_add(jiff::Span::new().hours(1))
                    .unwrap_or(start);
                let mut dtstart = DtStart::new(start.strftime("%Y%m%dT%H%M%S").to_string());
                dtstart.add(TzIDParam::new("Asia/Tokyo"));
                let mut dtend = DtEnd::new(end.strftime("%Y%m%dT%H%M%S").to_string());
                dtend.add(TzIDParam::new("Asia/Tokyo"));
                event.push(dtstart);
                event.push(dtend);
            }
            None => {
                let mut dtstart = DtStart::new(crate::ical::date(date));
                dtstart.add(Value::DATE);
                event.push(dtstart);
            }
        }
        if let Some(p) = &i.place {
            event.push(Location::new(ics::escape_text(p.clone())));
        }
        let mut desc = format!("応募 #{}", i.application_id);
        if let Some(r) = &i.interviewer_role {
            let _ = write!(desc, "／面接官: {r}");
        }
        event.push(Description::new(ics::escape_text(desc)));
        cal.add_event(event);
    }
    emit(a.output.as_deref(), &crate::ical::refold(&cal.to_string()))?;
    if a.output.is_some() {
        eprintln!("面接 {} 件（{from}〜{to}）", scheduled.len());
    }
    Ok(())
}

async fn agenda(a: AgendaArgs) -> Result<()> {
    let today = today(a.today.as_deref())?;
    let (from, to) = window(today, a.days)?;
    let store = open_store(&a.db).await?;
    let scheduled = store
        .scheduled_interviews(&from.to_string(), &to.to_string())
        .await?;
    let pending = store
        .list_applications(&ListFilter {
            outcome: Some(Outcome::Pending.code().to_owned()),
            ..ListFilter::default()
        })
        .await?;
    store.close().await;

    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}（{}）〜{}（{}）の予定",
        from,
        weekday_ja(from),
        to,
        weekday_ja(to)
    );
    if scheduled.is_empty() {
        out.push_str("  面接の予定はありません\n");
    }
    for s in &scheduled {
        let i = &s.interview;
        let date = i.on_date.as_deref().unwrap_or("");
        let wd = parse_date(date).map(weekday_ja).unwrap_or("");
        let _ = write!(
            out,
            "  {date}（{wd}）{} {}: {}{}",
            i.start_time.as_deref().unwrap_or("時刻未定"),
            label_of::<Stage>(&i.round),
            s.company,
            paren(&s.position)
        );
        if let Some(r) = &i.interviewer_role {
            let _ = write!(out, "　面接官: {r}");
        }
        if let Some(p) = &i.place {
            let _ = write!(out, "　{p}");
        }
        let _ = writeln!(out, "　#{}", i.application_id);
    }
    if !scheduled.is_empty() {
        out.push_str("  準備: 一次面接の回答を見直し（naitei track show 番号）、話す内容をそろえておきましょう\n");
    }
    let _ = writeln!(out, "\n選考中の応募: {} 件", pending.len());
    for stage in Stage::ALL {
        let n = pending
            .iter()
            .filter(|a| a.data.furthest_stage == stage.code())
            .count();
        if n > 0 {
            let _ = writeln!(out, "  {}: {n} 件", stage.label());
        }
    }
    write_stdout(&out)
}

// ---------------------------------------------------------------------------------------------
// Documents

async fn doc_add(a: DocAddArgs) -> Result<()> {
    let name = a.file.display().to_string();
    let content = std::fs::read_to_string(&a.file)
        .with_context(|| format!("{name} を読めません（UTF-8 のテキストにしてください）"))?;
    let kind = a.kind.trim();
    if !matches!(kind, "resume" | "rirekisho" | "other") {
        bail!("書類の種類「{kind}」は使えません（使える値: resume rirekisho other）");
    }
    let label = a.label.unwrap_or_else(|| {
        a.file
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_else(|| name.clone())
    });
    let created_on = today(a.date.as_deref())?.to_string();
    let store = open_store(&a.db).await?;
    if let Some(id) = a.application {
        store.application(id).await?;
    }
    let id = store
        .add_document(&naitei_store::NewDocument {
            application_id: a.application,
            kind: kind.to_owned(),
            label: label.clone(),
            created_on,
            content,
        })
        .await?;
    store.close().await;
    println!("書類 #{id}「{label}」を保存しました");
    Ok(())
}

async fn doc_list(a: DocListArgs) -> Result<()> {
    let store = open_store(&a.db).await?;
    let docs = store.documents().await?;
    store.close().await;
    let mut out = String::new();
    if docs.is_empty() {
        out.push_str("保存した書類はありません（naitei track doc add ファイル）\n");
    } else {
        let rows: Vec<[String; 5]> = docs
            .iter()
            .map(|d| {
                [
                    format!("#{}", d.id),
                    d.created_on.clone(),
                    d.kind.clone(),
                    truncate(&d.label, 30),
                    d.application_id
                        .map(|i| format!("#{i}"))
                        .unwrap_or_default(),
                ]
            })
            .collect();
        let header = ["番号", "作成日", "種類", "版", "応募"].map(String::from);
        table(&mut out, &header, &rows);
    }
    write_stdout(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_usual_spellings() {
        let d = jiff::civil::date(2024, 4, 1);
        for s in [
            "2024-04-01",
            "2024/4/1",
            "2024年4月1日",
            "令和6年4月1日",
            "２０２４／４／１",
        ] {
            assert_eq!(parse_date(s).unwrap(), d, "{s}");
        }
        assert_eq!(
            parse_date("令和元年5月1日").unwrap(),
            jiff::civil::date(2019, 5, 1)
        );
        assert_eq!(
            parse_date("平成31年4月30日").unwrap(),
            jiff::civil::date(2019, 4, 30)
        );
        assert!(parse_date("2024-02-30").is_err());
        assert!(parse_date("yesterday").is_err());
    }

    #[test]
    fn salaries_in_man_yen() {
        assert_eq!(parse_salary("450").unwrap(), Some(450));
        assert_eq!(parse_salary("450万円").unwrap(), Some(450));
        assert_eq!(parse_salary("4,500,000円").unwrap(), Some(450));
        assert_eq!(parse_salary("").unwrap(), None);
        assert!(parse_salary("たくさん").is_err());
    }

    #[test]
    fn terminal_width_counts_wide_characters_twice() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("書類選考"), 8);
        assert_eq!(truncate("株式会社ながいながいなまえ", 10), "株式会社…");
    }
}
