//! `naitei compare`: consistency between two interview answers, or between the résumé and an
//! answer (numbers, dates and periods, reasons, salary).

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::bail;
use naitei_core::compare::{Comparison, ConflictKind, SideKind, compare};
use serde::Serialize;

use crate::input;
use crate::render::{Format, format};

#[derive(clap::Args, Debug)]
pub struct CompareArgs {
    /// 一次面接の回答（または職務経歴書）と、二次面接の回答のファイル。「-」で標準入力
    #[arg(value_name = "FILE", num_args = 0..=2)]
    pub files: Vec<String>,
    /// 一回目の回答を文字列で渡す（ファイルの代わり）
    #[arg(long, value_name = "TEXT")]
    pub first: Option<String>,
    /// 二回目の回答を文字列で渡す（ファイルの代わり）
    #[arg(long, value_name = "TEXT")]
    pub second: Option<String>,
    /// 出力形式
    #[arg(long, value_parser = format::REPORT, default_value = "human")]
    pub format: Format,
    /// 読み込むファイルの上限サイズ（バイト）
    #[arg(long, default_value_t = input::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_size: u64,
}

/// One side as given on the command line.
struct Text {
    name: String,
    text: String,
}

fn from_arg(option: &str, text: &str) -> anyhow::Result<Text> {
    if text.trim().is_empty() {
        bail!("{option}: 文章が空です。比べる回答の本文を指定してください");
    }
    Ok(Text {
        name: option.to_string(),
        text: text.to_string(),
    })
}

fn from_file(name: &str, max: u64) -> anyhow::Result<Text> {
    let i = input::read(name, max)?;
    Ok(Text {
        name: if name == "-" {
            "標準入力".to_string()
        } else {
            i.name
        },
        text: i.text,
    })
}

fn resolve(args: &CompareArgs) -> anyhow::Result<(Text, Text)> {
    let mut files = args.files.iter();
    let given = usize::from(args.first.is_some()) + usize::from(args.second.is_some());
    if given + args.files.len() != 2 {
        bail!(
            "比べる文章を2つ指定してください（例: naitei compare 一次.txt 二次.txt、または --first \"…\" --second \"…\"）"
        );
    }
    if args.files.iter().filter(|f| *f == "-").count() > 1 {
        bail!("標準入力（-）は一方にしか使えません");
    }
    let first = match &args.first {
        Some(t) => from_arg("--first", t)?,
        None => from_file(files.next().expect("counted"), args.max_size)?,
    };
    let second = match &args.second {
        Some(t) => from_arg("--second", t)?,
        None => from_file(files.next().expect("counted"), args.max_size)?,
    };
    Ok((first, second))
}

#[derive(Serialize)]
struct JsonReport<'a> {
    first_path: &'a str,
    second_path: &'a str,
    #[serde(flatten)]
    comparison: &'a Comparison,
}

fn kind_label(k: ConflictKind) -> &'static str {
    match k {
        ConflictKind::Number => "数字",
        ConflictKind::Date => "時期・期間",
        ConflictKind::Reason => "理由",
        ConflictKind::Salary => "年収",
        ConflictKind::Other => "その他",
    }
}

fn side_label(k: SideKind, first: bool) -> &'static str {
    match (k, first) {
        (SideKind::Resume, _) => "職務経歴書",
        (SideKind::Answer, true) => "一回目",
        (SideKind::Answer, false) => "二回目",
    }
}

fn human(c: &Comparison, a: &Text, b: &Text) -> String {
    let mut out = String::new();
    let la = side_label(c.first_kind, true);
    let lb = side_label(c.second_kind, false);
    if c.consistent {
        let _ = writeln!(
            out,
            "{la}（{}）と{lb}（{}）に食い違いは見つかりませんでした。数字・時期・理由・年収は一貫しています。",
            a.name, b.name
        );
        return out;
    }
    let _ = writeln!(
        out,
        "{la}（{}）と{lb}（{}）に食い違いが{}件あります。\n",
        a.name,
        b.name,
        c.conflicts.len()
    );
    for (i, x) in c.conflicts.iter().enumerate() {
        let _ = writeln!(out, "{}. [{}] {}", i + 1, kind_label(x.kind), x.subject);
        let _ = writeln!(
            out,
            "   {la} {}:{}:{}  {}",
            a.name, x.first.line, x.first.column, x.first.sentence
        );
        let _ = writeln!(
            out,
            "   {lb} {}:{}:{}  {}",
            b.name, x.second.line, x.second.column, x.second.sentence
        );
        let _ = writeln!(out, "   → {}\n", x.message);
    }
    out
}

fn markdown(c: &Comparison, a: &Text, b: &Text) -> String {
    let mut out = String::new();
    let la = side_label(c.first_kind, true);
    let lb = side_label(c.second_kind, false);
    let _ = writeln!(out, "# 回答の一貫性チェック\n");
    let _ = writeln!(out, "- {la}: `{}`\n- {lb}: `{}`\n", a.name, b.name);
    if c.consistent {
        let _ = writeln!(out, "食い違いは見つかりませんでした。");
        return out;
    }
    let _ = writeln!(out, "食い違いが{}件あります。\n", c.conflicts.len());
    for x in &c.conflicts {
        let _ = writeln!(out, "## {}（{}）\n", kind_label(x.kind), x.subject);
        let _ = writeln!(out, "- {la}（{}行目）: {}", x.first.line, x.first.sentence);
        let _ = writeln!(
            out,
            "- {lb}（{}行目）: {}\n",
            x.second.line, x.second.sentence
        );
        let _ = writeln!(out, "{}\n", x.message);
    }
    out
}

pub fn run(args: CompareArgs) -> anyhow::Result<ExitCode> {
    let (a, b) = resolve(&args)?;
    let c = compare(&a.text, &b.text);
    let text = match args.format {
        Format::Markdown => markdown(&c, &a, &b),
        Format::Json => {
            serde_json::to_string_pretty(&JsonReport {
                first_path: &a.name,
                second_path: &b.name,
                comparison: &c,
            })? + "\n"
        }
        _ => human(&c, &a, &b),
    };
    crate::output::emit(&text)?;
    Ok(if c.consistent {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
