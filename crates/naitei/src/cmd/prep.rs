//! `naitei prep`: the 二次面接 preparation sheet from a job posting, the résumé and (with
//! `--application ID`) the 一次面接 answers logged in the tracker. Human, Markdown, JSON, or
//! a printable A4 HTML page.

use std::process::ExitCode;

use anyhow::{Context as _, bail};
use naitei_core::prep::matching::EvidenceKind;
use naitei_core::prep::sheet::FirstInterview;
use naitei_core::prep::{LoggedAnswer, Match, RequirementKind, Sheet, Strength};
use serde::Serialize;

use super::track::{DbArg, open_store, runtime};
use crate::input;
use crate::render::{Block, Document, Format, Style, format};

#[derive(clap::Args, Debug)]
pub struct PrepArgs {
    /// 求人票（テキストまたは Markdown。求人サイトや求人票から貼り付けたもの）
    #[arg(long, value_name = "FILE")]
    pub posting: String,
    /// 職務経歴書
    #[arg(long, value_name = "FILE")]
    pub resume: String,
    /// 応募の番号: トラッカーに記録した一次面接の質問と回答をシートに載せ、食い違いを調べる
    #[arg(long, value_name = "ID")]
    pub application: Option<i64>,
    /// 現在の年収（万円。例: 450、450万）: 転職の種類ごとの年収の見込みを求人の想定年収と比べる
    #[arg(long, value_parser = crate::args::salary, value_name = "万円")]
    pub current_salary: Option<i64>,
    /// 出力形式
    #[arg(long, value_parser = format::PREP, default_value = "human")]
    pub format: Format,
    /// 読み込むファイルの上限サイズ（バイト）
    #[arg(long, default_value_t = input::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_size: u64,
    #[command(flatten)]
    pub db: DbArg,
}

/// The application the sheet is for (from the tracker).
#[derive(Debug, Serialize)]
struct ApplicationInfo {
    id: i64,
    company: String,
    position: String,
}

#[derive(Serialize)]
struct Output<'a> {
    posting: &'a str,
    resume: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    application: Option<&'a ApplicationInfo>,
    #[serde(flatten)]
    sheet: &'a Sheet,
}

/// Reads the 一次面接 Q&A of an application from the store.
fn first_answers(db: &DbArg, id: i64) -> anyhow::Result<(ApplicationInfo, Vec<LoggedAnswer>)> {
    runtime()?.block_on(async {
        let store = open_store(db).await?;
        let result = async {
            let app = store.application(id).await?;
            let answers = naitei_tracker::first_round_answers(&store, id).await?;
            Ok::<_, anyhow::Error>((
                ApplicationInfo {
                    id,
                    company: app.data.company,
                    position: app.data.position,
                },
                answers,
            ))
        }
        .await;
        store.close().await;
        result
    })
}

pub fn run(a: PrepArgs) -> anyhow::Result<ExitCode> {
    if a.posting == "-" && a.resume == "-" {
        bail!("標準入力（-）は --posting か --resume の一方にしか使えません");
    }
    // input::read's message for an empty file speaks of a résumé: say 求人票 here.
    if a.posting != "-" && std::fs::metadata(&a.posting).is_ok_and(|m| m.is_file() && m.len() == 0)
    {
        bail!(
            "{}: ファイルが空です。求人サイトや求人票の本文を貼り付けて保存したファイルを指定してください",
            a.posting
        );
    }
    let posting = input::read(&a.posting, a.max_size)?;
    let resume = input::read(&a.resume, a.max_size)?;
    let parsed = naitei_core::prep::posting::parse(&posting.text);
    if parsed.items.is_empty() {
        bail!(
            "{}: 求人票から仕事内容・応募資格・歓迎要件を読み取れませんでした。「【必須】」「■応募資格」「## 歓迎要件」のような見出しを付けるか、求人票の本文をそのまま貼り付けてください",
            a.posting
        );
    }
    if naitei_core::document::Document::parse(&resume.text)
        .career_items()
        .is_empty()
    {
        bail!(
            "{}: 職務経歴書に職務経歴の行が見つかりません。「## 職務経歴」の見出しの下に、業務や実績を「- 」で始まる行で書いてください",
            a.resume
        );
    }
    let (app, answers) = match a.application {
        Some(id) => {
            let (app, answers) = first_answers(&a.db, id)?;
            (Some(app), Some(answers))
        }
        None => (None, None),
    };
    let sheet = naitei_core::prep::prepare_with(
        &posting.text,
        &resume.text,
        answers.as_deref(),
        a.current_salary.map(|man| man * 10_000),
    );
    let names = Names {
        posting: &a.posting,
        resume: &a.resume,
        application: app.as_ref(),
    };
    let text = match a.format {
        Format::Json => {
            let out = Output {
                posting: &a.posting,
                resume: &a.resume,
                application: app.as_ref(),
                sheet: &sheet,
            };
            serde_json::to_string_pretty(&out).context("JSON にできません")? + "\n"
        }
        Format::Markdown => build(&sheet, &names, Style::Markdown).render(Style::Markdown),
        Format::Html => naitei_web::render_prep_print(&build(&sheet, &names, Style::Markdown))
            .context("印刷用のページを作れません")?,
        _ => build(&sheet, &names, Style::Human).render(Style::Human),
    };
    crate::output::emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

struct Names<'a> {
    posting: &'a str,
    resume: &'a str,
    application: Option<&'a ApplicationInfo>,
}

fn kind_label(k: RequirementKind) -> &'static str {
    k.label()
}

fn strength_label(m: Option<&Match>) -> &'static str {
    match m.map(|m| (m.strength, m.evidence)) {
        Some((Strength::Strong, EvidenceKind::Qualification)) => "◎ 資格あり",
        Some((Strength::Strong, _)) => "◎ 数字あり",
        Some((Strength::Partial, _)) => "○ 数字なし",
        None => "✕ 根拠なし",
    }
}

fn round_no_answers(first: &FirstInterview) -> bool {
    first.recorded && first.answers.is_empty()
}

/// The sheet as a document (Markdown, the printable page, or terminal text, where the
/// requirements are a list instead of a wide table).
fn build(sheet: &Sheet, names: &Names<'_>, style: Style) -> Document {
    let mut b = Vec::new();
    let title = sheet.title.clone().unwrap_or_else(|| "求人".to_string());
    let mut meta = Vec::new();
    if let Some(app) = names.application {
        meta.push(format!(
            "応募 #{}：{}（{}）",
            app.id, app.company, app.position
        ));
    }
    meta.push(format!(
        "求人票：{}　職務経歴書：{}",
        names.posting, names.resume
    ));
    if let Some(s) = &sheet.salary {
        meta.push(format!("給与：{s}"));
    }
    if let Some(l) = &sheet.location {
        meta.push(format!("勤務地：{l}"));
    }
    // The move (issue 21): what kind of change this posting is, and its salary realism.
    meta.push(format!(
        "転職の種類：{}（{}）",
        sheet.move_.label,
        sheet.move_.reason.trim_end_matches('。')
    ));
    if let Some(s) = &sheet.move_.salary {
        meta.push(format!("年収の見込み：{}", s.summary));
    }
    b.push(Block::Bullets(meta));

    // 1. Requirements.
    b.push(Block::Heading("1. 求人の要件と、あなたの根拠".to_string()));
    let c = &sheet.coverage;
    b.push(Block::Para(format!(
        "必須要件{}件のうち、◎（数字つきの実績・資格）{}件、○（数字のない経歴）{}件、✕（根拠なし）{}件。歓迎要件{}件のうち、根拠あり{}件。◎は具体的に話せるように、○は数字を添えられるように、✕は補い方を用意しましょう。",
        c.required.total,
        c.required.strong,
        c.required.partial,
        c.required.gaps,
        c.preferred.total,
        c.preferred.strong + c.preferred.partial,
    )));
    let rows: Vec<Vec<String>> = sheet
        .requirements
        .iter()
        .map(|r| {
            let best = r.matches.first();
            vec![
                kind_label(r.kind).to_string(),
                r.text.clone(),
                best.map_or("—".to_string(), |m| format!("{}行目：{}", m.line, m.text)),
                strength_label(best).to_string(),
                // Why this line, in plain Japanese (the shared words, the licence, the tool, the
                // years of the post): the matcher's reason, as the web page shows it.
                best.map_or(String::new(), |m| m.reason.clone()),
            ]
        })
        .collect();
    b.push(match style {
        // A terminal: the requirement, and under it the evidence.
        Style::Human => Block::Bullets(
            rows.iter()
                .map(|r| {
                    let shared = if r[4].is_empty() {
                        String::new()
                    } else {
                        format!("（{}）", r[4])
                    };
                    format!("[{}] {}\n      {} {}{shared}", r[0], r[1], r[3], r[2])
                })
                .collect(),
        ),
        Style::Markdown => Block::Table {
            header: ["区分", "要件", "根拠（職務経歴書）", "強さ", "理由"]
                .map(String::from)
                .to_vec(),
            rows,
        },
    });

    // 2. The 一次 answers.
    b.push(Block::Heading(
        "2. 一次面接の回答（食い違えないこと）".to_string(),
    ));
    let first = &sheet.first_interview;
    if !first.recorded {
        b.push(Block::Para(
            "一次面接の記録がありません。面接で聞かれた質問と自分の回答を `naitei track qa 応募番号 --round first -q \"質問\" -a \"回答\"` で記録し、`--application 応募番号` を付けてこのシートを作り直すと、一次の回答と職務経歴書の食い違いも確認できます。".to_string(),
        ));
    } else if round_no_answers(first) {
        b.push(Block::Para(
            "この応募には一次面接の回答が記録されていません。`naitei track qa 応募番号 --round first -q \"質問\" -a \"回答\"` で記録してください。".to_string(),
        ));
    } else {
        b.push(Block::Para(
            "二次面接の面接官は一次の記録を持っています。同じ話は同じ数字・時期・理由で話しましょう。".to_string(),
        ));
        b.push(Block::Numbered(
            first
                .answers
                .iter()
                .map(|a| {
                    (
                        format!("Q：{}", a.question),
                        Some(format!("A：{}", a.answer)),
                    )
                })
                .collect(),
        ));
        if first.conflicts.is_empty() {
            b.push(Block::Para(
                "職務経歴書と一次面接の回答に食い違いは見つかりませんでした。".to_string(),
            ));
        } else {
            b.push(Block::Sub(format!(
                "食い違い（{}件）：二次面接の前に正しい内容を確かめてください",
                first.conflicts.len()
            )));
            b.push(Block::Bullets(
                first
                    .conflicts
                    .iter()
                    .map(|c| {
                        format!(
                            "職務経歴書 {}行目「{}」と、一次の回答{}「{}」：{}",
                            c.first.line,
                            c.first.sentence,
                            c.second.line,
                            c.second.sentence,
                            c.message
                        )
                    })
                    .collect(),
            ));
        }
    }

    // 3. Questions.
    b.push(Block::Heading("3. 予想される深掘り質問".to_string()));
    b.push(Block::Numbered(
        sheet
            .questions
            .iter()
            .map(|q| (q.question.clone(), Some(format!("ねらい：{}", q.why))))
            .collect(),
    ));

    // 4. Reverse questions.
    b.push(Block::Heading(
        "4. 逆質問（入社後の姿をすり合わせる）".to_string(),
    ));
    b.push(Block::Numbered(
        sheet
            .reverse_questions
            .iter()
            .map(|q| (q.question.clone(), Some(format!("ねらい：{}", q.why))))
            .collect(),
    ));

    // 5. Plan.
    b.push(Block::Heading("5. 入社後90日のプラン".to_string()));
    b.push(Block::Para(
        "「入社後の3か月で何をしますか」と聞かれたら、この順で答えましょう。成果の前に、業務知識と社内の関係という土台をつくります。".to_string(),
    ));
    for p in &sheet.plan {
        b.push(Block::Sub(format!("{}：{}", p.period, p.theme)));
        b.push(Block::Checklist(p.actions.clone()));
    }
    Document {
        title: format!("二次面接 準備シート：{title}"),
        blocks: b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_page_escapes_user_text_and_marks_code() {
        let doc = Document {
            title: "<script>alert('x')</script>".to_string(),
            blocks: vec![
                Block::Table {
                    header: vec!["a".to_string()],
                    rows: vec![vec!["\"&<b>".to_string()]],
                },
                Block::Para("`naitei track qa` と <i>".to_string()),
            ],
        };
        let h = naitei_web::render_prep_print(&doc).unwrap();
        assert!(!h.contains("<script>"), "{h}");
        assert!(h.contains("<h1>&lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2f;script&gt;</h1>"));
        assert!(h.contains("<td>&quot;&amp;&lt;b&gt;</td>"), "{h}");
        assert!(
            h.contains("<code>naitei track qa</code> と &lt;i&gt;"),
            "{h}"
        );
        assert!(!h.contains("http"), "no external resources");
    }
}
