//! `naitei rewrite FILE` (issue #20): for every weak achievement and every duty-only job block,
//! ask the seeker for the missing facts, compose the line from them (naitei-core `rewrite`),
//! and write the accepted lines back: atomically, in the file's own encoding, with an undo copy
//! beside the file. `--diff` shows the change and writes nothing; `--answers FILE` (TOML) gives
//! the answers for scripts and tests.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use naitei_core::Config;
use naitei_core::rewrite::{self, AnswerKey, Answers, Composition, Target, TargetKind};

use crate::input::{self, Input};
use crate::output::emit;

#[derive(clap::Args, Debug)]
pub struct RewriteArgs {
    /// 職務経歴書のファイル（.md / .txt。Word・Excel・PDF は質問の表示と差分の確認だけ）
    #[arg(value_name = "FILE")]
    pub file: String,
    /// 答えのファイル（TOML。[行番号] ごとに problem / action / measure / before / after / period）。指定すると質問せずにこの答えで書き直します
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,
    /// 書き直しの差分を表示するだけで、ファイルは変更しない
    #[arg(long)]
    pub diff: bool,
    /// 書き直す行と質問を表示するだけ（答えは求めず、ファイルも変更しない）
    #[arg(long, conflicts_with_all = ["answers", "diff"])]
    pub questions: bool,
    /// 面接の台本（1分の自己PRと「これまでの実績」への答え、想定される深掘り質問）を作る。--answers と一緒に使うと、書き直した行も台本に使います（ファイルは変更しません）
    #[arg(long, conflicts_with_all = ["diff", "questions"])]
    pub script: bool,
    /// 応募先の求人票（--script と一緒に。仕事内容と結びつけた答えにします）
    #[arg(long, value_name = "FILE", requires = "script")]
    pub posting: Option<String>,
    /// 元に戻すための控えの保存先（既定: 元のファイル名に .bak を付けたもの）
    #[arg(long, value_name = "PATH")]
    pub backup: Option<PathBuf>,
    /// 設定ファイル（既定: カレントディレクトリから上にたどった naitei.toml）
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// 読み込むファイルの上限サイズ（バイト）
    #[arg(long, default_value_t = input::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_size: u64,
}

/// Where the answers come from.
enum Source {
    File(BTreeMap<usize, Answers>),
    Terminal,
    /// Only show the questions.
    None,
}

pub fn run(args: RewriteArgs) -> Result<ExitCode> {
    std::thread::spawn(naitei_core::text::morph::warm_up);
    let (config, _) = crate::config::load(args.config.as_deref())?;
    if args.file == "-" && !args.questions && !args.diff {
        bail!(
            "標準入力（-）の職務経歴書には書き戻せません。ファイルを指定するか、--diff で書き直しを確かめてください"
        );
    }
    let input = input::read(&args.file, args.max_size)?;
    if args.script {
        return run_script(&args, &input, &config);
    }
    let writes = !args.diff && !args.questions;
    if writes && input.format != naitei_formats::Format::Text {
        bail!(
            "{}: {}のファイルには書き戻せません。--questions で質問を、--diff で書き直した行を確かめてから、元のファイルを直してください（テキストや Markdown で保存したファイルなら、そのまま書き戻せます）",
            input.name,
            input.format.label()
        );
    }
    let source = if args.questions {
        Source::None
    } else if let Some(path) = &args.answers {
        let text = std::fs::read_to_string(path).with_context(|| {
            format!(
                "{}: 答えのファイルを読めません。パスと文字コード（UTF-8）を確かめてください",
                path.display()
            )
        })?;
        let map = rewrite::parse_answers(&text)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        Source::File(map)
    } else if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        Source::Terminal
    } else {
        bail!(
            "質問に答えるには端末から実行するか、--answers で答えのファイルを指定してください（--questions で質問だけを表示できます）"
        );
    };

    let (doc, _review, targets, style) = rewrite::plan(&input.text, &config);
    let mut out = String::new();
    if targets.is_empty() {
        emit(
            "書き直しが必要な行は見つかりませんでした。実績の行はどれも、課題・行動・数字がそろっています。\n",
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let _ = writeln!(
        out,
        "{}: 書き直したい行が{}か所あります（文体: {}）。\n",
        input.name,
        targets.len(),
        style.ending.label()
    );
    emit(&std::mem::take(&mut out))?;

    if let Source::File(map) = &source {
        for line in map.keys() {
            if !targets
                .iter()
                .any(|t| t.line == *line || t.lines.contains(line))
            {
                eprintln!(
                    "注意: 答えのファイルの {line} 行目は書き直しの対象ではないため、使いませんでした"
                );
            }
        }
    }

    let mut accepted: Vec<(&Target, String)> = Vec::new();
    for target in &targets {
        show_target(&mut out, target);
        match &source {
            Source::None => {
                for q in &target.questions {
                    let _ = writeln!(
                        out,
                        "  ・{}{}\n    例: {}",
                        q.text,
                        if q.optional { "" } else { "（必須）" },
                        q.example
                    );
                }
                out.push('\n');
                emit(&std::mem::take(&mut out))?;
            }
            Source::File(map) => {
                emit(&std::mem::take(&mut out))?;
                let Some(answers) = rewrite::answers_for(target, map) else {
                    emit("  答えがないため、飛ばしました。\n\n")?;
                    continue;
                };
                match rewrite::compose(target, answers, style, &config) {
                    Composition::Composed { line, check } => {
                        emit(&format!("  書き直し案: {line}\n"))?;
                        for w in &check.writing {
                            emit(&format!("  （文章のヒント: {w}）\n"))?;
                        }
                        emit("\n")?;
                        accepted.push((target, line));
                    }
                    Composition::NeedsNumber { advice } => {
                        emit(&format!("  {advice}\n\n"))?;
                    }
                    Composition::NeedsAnswer { message, .. } => {
                        emit(&format!("  {message}\n  （この行は飛ばしました）\n\n"))?;
                    }
                }
            }
            Source::Terminal => {
                emit(&std::mem::take(&mut out))?;
                if let Some(line) = interact(target, style, &config)? {
                    accepted.push((target, line));
                }
            }
        }
    }
    if matches!(source, Source::None) {
        return Ok(ExitCode::SUCCESS);
    }
    if accepted.is_empty() {
        emit("書き直した行はありません。ファイルは変更していません。\n")?;
        return Ok(ExitCode::SUCCESS);
    }
    // Bottom first, so that earlier line numbers stay valid.
    accepted.sort_by_key(|(t, _)| std::cmp::Reverse(t.line));
    let mut text = input.text.clone();
    for (t, line) in &accepted {
        text = rewrite::apply(&text, &doc, t, line);
    }
    if args.diff {
        let diff = similar::TextDiff::from_lines(&input.text, &text);
        emit(&format!(
            "{}",
            diff.unified_diff()
                .context_radius(1)
                .header(&input.name, &format!("{} (書き直し後)", input.name))
        ))?;
        return Ok(ExitCode::SUCCESS);
    }
    let backup = write_back(&input, &text, args.backup.as_deref())?;
    emit(&format!(
        "{}行を書き直しました。元の内容は {} に残しています（元に戻すときは、このファイルで置き換えてください）。\n",
        accepted.len(),
        backup.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// `--script`: the interview script from the résumé (with the lines composed from the answers
/// file, in memory only).
fn run_script(args: &RewriteArgs, input: &Input, config: &Config) -> Result<ExitCode> {
    let mut text = input.text.clone();
    if let Some(path) = &args.answers {
        let raw = std::fs::read_to_string(path).with_context(|| {
            format!(
                "{}: 答えのファイルを読めません。パスと文字コード（UTF-8）を確かめてください",
                path.display()
            )
        })?;
        let map =
            rewrite::parse_answers(&raw).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        let (doc, _review, targets, style) = rewrite::plan(&input.text, config);
        let mut composed: Vec<(&Target, String)> = targets
            .iter()
            .filter_map(|t| {
                let a = rewrite::answers_for(t, &map)?;
                match rewrite::compose(t, a, style, config) {
                    Composition::Composed { line, .. } => Some((t, line)),
                    _ => None,
                }
            })
            .collect();
        composed.sort_by_key(|(t, _)| std::cmp::Reverse(t.line));
        for (t, line) in &composed {
            text = rewrite::apply(&text, &doc, t, line);
        }
    }
    let posting = args
        .posting
        .as_deref()
        .map(|p| input::read(p, args.max_size).map(|i| i.text))
        .transpose()?;
    let script = match rewrite::script::build(&text, posting.as_deref(), config) {
        Ok(s) => s,
        Err(e) => {
            emit(&format!("{}: {e}\n", input.name))?;
            return Ok(ExitCode::from(1));
        }
    };
    let mut out = String::new();
    let _ = writeln!(out, "# 面接の台本（{}）\n", input.name);
    for a in [&script.self_pr, &script.achievement] {
        let _ = writeln!(out, "## {}\n", a.question);
        let _ = writeln!(out, "{}\n", a.text);
        let _ = writeln!(
            out,
            "（話す時間の目安: 約{}秒／回答チェック: {}点{}）\n",
            a.speaking_seconds,
            a.score,
            if a.weak { "・要改善" } else { "" }
        );
        for advice in &a.advice {
            let _ = writeln!(out, "- 改善点: {advice}");
        }
        let _ = writeln!(out, "想定される深掘り質問:");
        for q in &a.deep_dive {
            let _ = writeln!(out, "- {q}");
        }
        out.push('\n');
    }
    if script.consistent {
        let _ = writeln!(
            out,
            "職務経歴書との食い違い: ありません（数字と時期は職務経歴書と同じです）。"
        );
    } else {
        let _ = writeln!(out, "職務経歴書との食い違い:");
        for c in &script.conflicts {
            let _ = writeln!(out, "- {c}");
        }
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

fn show_target(out: &mut String, t: &Target) {
    let lines = if t.lines.len() > 1 && t.kind == TargetKind::Incomplete {
        format!("{}〜{}行目", t.lines[0], t.lines[t.lines.len() - 1])
    } else {
        format!("{}行目", t.line)
    };
    let company = t
        .company
        .as_deref()
        .map_or(String::new(), |c| format!("（{c}）"));
    let _ = writeln!(out, "■ {lines}{company}");
    for l in t.text.lines() {
        let _ = writeln!(out, "  > {l}");
    }
    let _ = writeln!(out, "  {}", t.reason);
    if t.kind == TargetKind::DutyOnlyJob {
        let _ = writeln!(
            out,
            "  答えから実績の行を一つ作り、この職歴の最後に加えます。"
        );
    }
}

/// Asks the questions on the terminal, shows the composed line, and asks to accept, edit or
/// skip it. Returns the accepted line.
fn interact(target: &Target, style: rewrite::Style, config: &Config) -> Result<Option<String>> {
    use dialoguer::{Input as Prompt, Select};
    let ask = |text: &str, example: &str, initial: &str| -> Result<String> {
        let mut p = Prompt::<String>::new()
            .with_prompt(format!("{text}\n  例: {example}\n "))
            .allow_empty(true);
        if !initial.is_empty() {
            p = p.with_initial_text(initial);
        }
        p.interact_text().context("端末から答えを読めませんでした")
    };
    let mut answers = Answers::default();
    let set = |a: &mut Answers, key: AnswerKey, v: String| {
        let v = (!v.trim().is_empty()).then_some(v);
        match key {
            AnswerKey::Problem => a.problem = v,
            AnswerKey::Action => a.action = v,
            AnswerKey::Measure => a.measure = v,
            AnswerKey::Before => a.before = v,
            AnswerKey::After => a.after = v,
            AnswerKey::Period => a.period = v,
        }
    };
    for q in &target.questions {
        let v = ask(&q.text, &q.example, "")?;
        set(&mut answers, q.key, v);
    }
    // Up to two more rounds for what the line still lacks.
    for _ in 0..3 {
        match rewrite::compose(target, &answers, style, config) {
            Composition::Composed { line, check } => {
                eprintln!("\n  書き直し案: {line}");
                for w in &check.writing {
                    eprintln!("  （文章のヒント: {w}）");
                }
                eprintln!();
                let choice = Select::new()
                    .with_prompt("この行をどうしますか")
                    .items(["採用する", "書き直してから採用する", "飛ばす"])
                    .default(0)
                    .interact()
                    .context("端末から選択を読めませんでした")?;
                return match choice {
                    0 => Ok(Some(line)),
                    1 => edit(target, &answers, &line, config),
                    _ => Ok(None),
                };
            }
            Composition::NeedsNumber { advice } => {
                eprintln!("\n  {advice}\n");
                return Ok(None);
            }
            Composition::NeedsAnswer { message, ask: keys } => {
                eprintln!("\n  {message}");
                for key in keys {
                    let q = target.questions.iter().find(|q| q.key == key);
                    let (text, example) = q.map_or_else(
                        || (question_text(key).to_string(), String::new()),
                        |q| (q.text.clone(), q.example.clone()),
                    );
                    let v = ask(&text, &example, "")?;
                    set(&mut answers, key, v);
                }
            }
        }
    }
    eprintln!("  この行は飛ばします。\n");
    Ok(None)
}

fn question_text(key: AnswerKey) -> &'static str {
    match key {
        AnswerKey::Problem => "取り組む前に困っていたこと（課題）は何でしたか？",
        AnswerKey::Action => "あなた自身は何をしましたか？（「〜を作成した」のように）",
        AnswerKey::Measure => "変化を表せる数字は何ですか？",
        AnswerKey::Before => "取り組む前の数字は？（単位と期間も）",
        AnswerKey::After => "取り組んだ後の数字は？",
        AnswerKey::Period => "どのくらいの期間で変わりましたか？",
    }
}

/// Lets the seeker edit the composed line; the edit is checked again (no new number, all three
/// parts) before it is accepted. An empty line skips.
fn edit(target: &Target, answers: &Answers, line: &str, config: &Config) -> Result<Option<String>> {
    let mut current = line.to_string();
    loop {
        current = dialoguer::Input::<String>::new()
            .with_prompt("書き直してください（空欄にすると、この行は飛ばします）")
            .with_initial_text(&current)
            .allow_empty(true)
            .interact_text()
            .context("端末から答えを読めませんでした")?;
        if current.trim().is_empty() {
            eprintln!("  この行は飛ばします。");
            return Ok(None);
        }
        let mut sources = answers.texts();
        sources.push(&target.text);
        let check = rewrite::check_line(&current, &sources, config);
        if !check.foreign_numbers.is_empty() {
            eprintln!(
                "  答えにも元の行にもない数字があります。数字は実際の値だけを書いてください。"
            );
            continue;
        }
        if !check.parts.complete() {
            eprintln!(
                "  この書き方では{}が読み取れません（そのまま採用することもできます）。",
                check.parts.missing_labels().join("と")
            );
            let keep = dialoguer::Confirm::new()
                .with_prompt("このまま採用しますか")
                .default(false)
                .interact()
                .context("端末から選択を読めませんでした")?;
            if !keep {
                continue;
            }
        }
        return Ok(Some(current));
    }
}

/// Writes the new text over the file the path leads to (following symbolic links), in the
/// encoding it was read in, through a temporary file in the same directory; first keeps the
/// original bytes as an undo copy. Returns where the copy is.
fn write_back(input: &Input, text: &str, backup: Option<&Path>) -> Result<PathBuf> {
    let given = input.path.clone().expect("stdin is refused before");
    let target = std::fs::canonicalize(&given)
        .with_context(|| format!("{}: ファイルの場所を確かめられません", input.name))?;
    let bytes = input::encode(input, text)?;
    let original = std::fs::read(&target)
        .with_context(|| format!("{}: 元のファイルを読み直せません", input.name))?;
    let backup = backup.map_or_else(
        || {
            let mut name = target.file_name().unwrap_or_default().to_os_string();
            name.push(".bak");
            target.with_file_name(name)
        },
        Path::to_path_buf,
    );
    std::fs::write(&backup, &original).with_context(|| {
        format!(
            "{}: 元に戻すための控えを書けません（{}）。ファイルは変更していません",
            input.name,
            backup.display()
        )
    })?;
    super::review::write_atomically(&target, &bytes).with_context(|| {
        format!(
            "{}: 書き直しを保存できませんでした（元のファイルは変更していません）",
            input.name
        )
    })?;
    Ok(backup)
}
