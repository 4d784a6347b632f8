//! `naitei prep`: the 二次面接 preparation sheet from a job posting, the résumé and (with
//! `--application ID`) the 一次面接 answers logged in the tracker. Human, Markdown, JSON, or
//! a printable A4 HTML page.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use naitei_core::document::Document;
use naitei_core::prep::matching::EvidenceKind;
use naitei_core::prep::sheet::FirstInterview;
use naitei_core::prep::{LoggedAnswer, Match, RequirementKind, Sheet, Strength};
use serde::Serialize;

use super::track::{DbArg, open_store, runtime};
use crate::input;
use crate::render::{html_escape, markdown_cell};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PrepFormat {
    /// 画面で読む形式
    Human,
    /// Markdown（保存・編集用）
    Markdown,
    /// JSON（SPEC.md の requirements ほか）
    Json,
    /// 印刷用の A4 ページ（HTML 1ファイル）
    Html,
}

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
    #[arg(long, value_enum, default_value = "human")]
    pub format: PrepFormat,
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
    if Document::parse(&resume.text).career_items().is_empty() {
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
        PrepFormat::Json => {
            let out = Output {
                posting: &a.posting,
                resume: &a.resume,
                application: app.as_ref(),
                sheet: &sheet,
            };
            serde_json::to_string_pretty(&out).context("JSON にできません")? + "\n"
        }
        PrepFormat::Markdown => markdown(&build(&sheet, &names)),
        PrepFormat::Html => html(&build(&sheet, &names)),
        PrepFormat::Human => human(&build(&sheet, &names)),
    };
    crate::output::emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

struct Names<'a> {
    posting: &'a str,
    resume: &'a str,
    application: Option<&'a ApplicationInfo>,
}

/// The sheet as a small document, rendered to Markdown, HTML or terminal text.
enum Block {
    Title(String),
    Heading(String),
    Sub(String),
    Para(String),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// (item, note under it)
    Numbered(Vec<(String, Option<String>)>),
    Checklist(Vec<String>),
    Bullets(Vec<String>),
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

fn build(sheet: &Sheet, names: &Names<'_>) -> Vec<Block> {
    let mut b = Vec::new();
    let title = sheet.title.clone().unwrap_or_else(|| "求人".to_string());
    b.push(Block::Title(format!("二次面接 準備シート：{title}")));
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
    let rows = sheet
        .requirements
        .iter()
        .map(|r| {
            let best = r.matches.first();
            vec![
                kind_label(r.kind).to_string(),
                r.text.clone(),
                best.map_or("—".to_string(), |m| format!("{}行目：{}", m.line, m.text)),
                strength_label(best).to_string(),
                best.map_or(String::new(), |m| {
                    if m.shared.is_empty() {
                        m.reason.clone()
                    } else {
                        m.shared.join("、")
                    }
                }),
            ]
        })
        .collect();
    b.push(Block::Table {
        head: ["区分", "要件", "根拠（職務経歴書）", "強さ", "共通する語"]
            .map(String::from)
            .to_vec(),
        rows,
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
    b
}

fn markdown(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Title(t) => {
                let _ = writeln!(out, "# {t}\n");
            }
            Block::Heading(t) => {
                let _ = writeln!(out, "## {t}\n");
            }
            Block::Sub(t) => {
                let _ = writeln!(out, "### {t}\n");
            }
            Block::Para(t) => {
                let _ = writeln!(out, "{t}\n");
            }
            Block::Table { head, rows } => {
                let _ = writeln!(out, "| {} |", head.join(" | "));
                let _ = writeln!(out, "|{}", "---|".repeat(head.len()));
                for r in rows {
                    let cells: Vec<String> = r.iter().map(|c| markdown_cell(c)).collect();
                    let _ = writeln!(out, "| {} |", cells.join(" | "));
                }
                out.push('\n');
            }
            Block::Numbered(items) => {
                for (i, (t, note)) in items.iter().enumerate() {
                    let _ = writeln!(out, "{}. {t}", i + 1);
                    if let Some(n) = note {
                        let _ = writeln!(out, "   - {n}");
                    }
                }
                out.push('\n');
            }
            Block::Checklist(items) => {
                for t in items {
                    let _ = writeln!(out, "- [ ] {t}");
                }
                out.push('\n');
            }
            Block::Bullets(items) => {
                for t in items {
                    let _ = writeln!(out, "- {t}");
                }
                out.push('\n');
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn human(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Title(t) => {
                let _ = writeln!(out, "{t}\n");
            }
            Block::Heading(t) => {
                let _ = writeln!(out, "■ {t}\n");
            }
            Block::Sub(t) => {
                let _ = writeln!(out, "  ◆ {t}");
            }
            Block::Para(t) => {
                let _ = writeln!(out, "  {}\n", t.replace('`', ""));
            }
            Block::Table { rows, .. } => {
                for r in rows {
                    let _ = writeln!(out, "  [{}] {}", r[0], r[1]);
                    let shared = if r[4].is_empty() {
                        String::new()
                    } else {
                        format!("（共通：{}）", r[4])
                    };
                    let _ = writeln!(out, "      {} {}{shared}", r[3], r[2]);
                }
                out.push('\n');
            }
            Block::Numbered(items) => {
                for (i, (t, note)) in items.iter().enumerate() {
                    let _ = writeln!(out, "  {}. {t}", i + 1);
                    if let Some(n) = note {
                        let _ = writeln!(out, "     {n}");
                    }
                }
                out.push('\n');
            }
            Block::Checklist(items) => {
                for t in items {
                    let _ = writeln!(out, "    □ {t}");
                }
                out.push('\n');
            }
            Block::Bullets(items) => {
                for t in items {
                    let _ = writeln!(out, "  {t}");
                }
                out.push('\n');
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Inline `code` spans of the sheet's own sentences become <code>; everything is escaped first.
fn esc_inline(s: &str) -> String {
    let mut out = String::new();
    for (i, part) in s.split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{}</code>", html_escape(part));
        } else {
            out.push_str(&html_escape(part));
        }
    }
    out
}

/// Self-contained print CSS: A4, no external fonts or resources.
const PRINT_CSS: &str = "@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: \"Hiragino Kaku Gothic ProN\", \"Hiragino Sans\", \"Yu Gothic\", \"Meiryo\", \"Noto Sans CJK JP\", sans-serif; font-size: 10.5pt; line-height: 1.55; color: #111; max-width: 186mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 16pt; border-bottom: 2px solid #333; padding-bottom: 2mm; margin: 0 0 3mm; }
h2 { font-size: 12.5pt; background: #eee; padding: 1mm 2mm; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 3mm 0 1mm; break-after: avoid; }
p { margin: 1mm 0 2mm; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
th, td { border: 1px solid #999; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
tr, li { break-inside: avoid; }
ol, ul { margin: 1mm 0 2mm; padding-left: 6mm; }
li { margin-bottom: 1mm; }
.note { color: #444; font-size: 9.5pt; display: block; }
ul.check { list-style: none; padding-left: 2mm; }
ul.check li::before { content: \"□ \"; }
code { font-family: monospace; font-size: 9pt; background: #f5f5f5; padding: 0 1mm; }
@media print { body { padding: 0; } h2 { background: none; border-bottom: 1px solid #333; } }
";

fn html(blocks: &[Block]) -> String {
    let title = blocks
        .iter()
        .find_map(|b| match b {
            Block::Title(t) => Some(t.as_str()),
            _ => None,
        })
        .unwrap_or("二次面接 準備シート");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{PRINT_CSS}</style>\n</head>\n<body>",
        html_escape(title)
    );
    for b in blocks {
        match b {
            Block::Title(t) => {
                let _ = writeln!(out, "<h1>{}</h1>", html_escape(t));
            }
            Block::Heading(t) => {
                let _ = writeln!(out, "<h2>{}</h2>", html_escape(t));
            }
            Block::Sub(t) => {
                let _ = writeln!(out, "<h3>{}</h3>", html_escape(t));
            }
            Block::Para(t) => {
                let _ = writeln!(out, "<p>{}</p>", esc_inline(t));
            }
            Block::Table { head, rows } => {
                out.push_str("<table>\n<thead><tr>");
                for h in head {
                    let _ = write!(out, "<th>{}</th>", html_escape(h));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for r in rows {
                    out.push_str("<tr>");
                    for c in r {
                        let _ = write!(out, "<td>{}</td>", html_escape(c));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::Numbered(items) => {
                out.push_str("<ol>\n");
                for (t, note) in items {
                    let _ = write!(out, "<li>{}", html_escape(t));
                    if let Some(n) = note {
                        let _ = write!(out, "<span class=\"note\">{}</span>", html_escape(n));
                    }
                    out.push_str("</li>\n");
                }
                out.push_str("</ol>\n");
            }
            Block::Checklist(items) => {
                out.push_str("<ul class=\"check\">\n");
                for t in items {
                    let _ = writeln!(out, "<li>{}</li>", html_escape(t));
                }
                out.push_str("</ul>\n");
            }
            Block::Bullets(items) => {
                out.push_str("<ul>\n");
                for t in items {
                    let _ = writeln!(out, "<li>{}</li>", html_escape(t));
                }
                out.push_str("</ul>\n");
            }
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_user_text() {
        let blocks = vec![
            Block::Title("<script>alert('x')</script>".to_string()),
            Block::Table {
                head: vec!["a".to_string()],
                rows: vec![vec!["\"&<b>".to_string()]],
            },
            Block::Para("`naitei track qa` と <i>".to_string()),
        ];
        let h = html(&blocks);
        assert!(!h.contains("<script>"), "{h}");
        assert!(h.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(h.contains("<td>&quot;&amp;&lt;b&gt;</td>"));
        assert!(h.contains("<code>naitei track qa</code> と &lt;i&gt;"));
        assert!(!h.contains("http"), "no external resources");
    }

    #[test]
    fn markdown_cells_keep_the_table_intact() {
        let md = markdown(&[Block::Table {
            head: vec!["a".to_string(), "b".to_string()],
            rows: vec![vec!["x|y".to_string(), "改\n行".to_string()]],
        }]);
        assert_eq!(md, "| a | b |\n|---|---|\n| x\\|y | 改 行 |\n");
    }
}
