//! Guided 添削 (issue #20, SPEC capability 8): from a weak line to a strong one by questions.
//!
//! 1. [`targets`]: every achievement that lacks a part (課題, 行動, 数字) and every job block that
//!    lists only duties, each with the questions that fill it ([`questions`]), specific to the
//!    duty (its family in the goals catalogue decides which figures to ask about).
//! 2. [`compose`]: from the seeker's answers, one line in the résumé's own style, 課題 → 行動 → 数字,
//!    with the seeker's numbers only, checked again by the review engine; without a number, the
//!    way to measure it instead of a vague line.
//!
//! The unit of work is an [`Episode`]: the lines of one achievement, which parts it has, its
//! job block's company and the duty's family. Until the review groups lines into episodes
//! (issue #13), [`episodes`] is an adapter that makes one episode per 職務経歴 line.
//!
//! Pure: no I/O; the CLI asks the questions and writes the file.

pub mod compose;
pub mod questions;
pub mod script;

use serde::Serialize;

pub use compose::{Answers, Ending, Style, detect_style};
pub use questions::{AnswerKey, Measure, Question};

use crate::config::Config;
use crate::document::{Document, LineKind};
use crate::goals::catalog::{DutyEntry, Family};
use crate::goals::matching;
use crate::review::{Review, review, review_document};
use crate::text::quantity;

/// Which parts an achievement has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Parts {
    pub problem: bool,
    pub action: bool,
    pub result: bool,
}

impl Parts {
    pub fn complete(self) -> bool {
        self.problem && self.action && self.result
    }
    /// Japanese names of the missing parts (課題・行動・数字).
    pub fn missing_labels(self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if !self.problem {
            out.push("課題");
        }
        if !self.action {
            out.push("行動");
        }
        if !self.result {
            out.push("数字");
        }
        out
    }
}

/// One achievement (or one duty line) as the rewrite sees it.
#[derive(Debug, Clone, Serialize)]
pub struct Episode {
    /// 1-based line numbers of its lines in the file.
    pub lines: Vec<usize>,
    /// Each line's text as written.
    pub texts: Vec<String>,
    /// Each line's parts.
    pub line_parts: Vec<Parts>,
    pub parts: Parts,
    /// Only a duty: no act, no result, no problem.
    pub duty: bool,
    /// Index of the job block (as `ItemReport::job`).
    pub job: Option<usize>,
    pub company: Option<String>,
    /// Family of the duty the text names, from the goals catalogue (`General` if unknown).
    pub family: Family,
    #[serde(skip)]
    pub entry: Option<&'static DutyEntry>,
}

/// Labels that open the parts of one achievement written over several lines.
const PROBLEM_LABELS: &[&str] = &["課題", "背景", "状況", "問題"];
const ACTION_LABELS: &[&str] = &["取り組み", "取組", "行動", "対策", "施策", "工夫"];
const RESULT_LABELS: &[&str] = &["成果", "結果", "実績", "効果"];

/// The 【label】 a line starts with, if any.
fn label_of(text: &str) -> Option<&str> {
    let rest = text.trim_start().strip_prefix('【')?;
    let end = rest.find('】')?;
    Some(&rest[..end])
}

/// The line's text without a leading arrow or 【label】.
pub fn strip_lead(text: &str) -> &str {
    let t = text.trim_start();
    let t = t
        .strip_prefix("->")
        .or_else(|| t.strip_prefix(['→', '⇒', '➡', '▶']))
        .unwrap_or(t);
    let t = t.trim_start();
    if let (Some(_), Some(i)) = (label_of(t), t.find('】')) {
        return t[i + '】'.len_utf8()..].trim_start();
    }
    // 「成果：…」「取り組み:…」
    for label in PROBLEM_LABELS
        .iter()
        .chain(ACTION_LABELS)
        .chain(RESULT_LABELS)
    {
        if let Some(rest) = t
            .strip_prefix(label)
            .and_then(|r| r.strip_prefix(['：', ':']))
        {
            return rest.trim_start();
        }
    }
    t
}

/// The episodes of a reviewed résumé, as the review groups them (#13: a 「→」 result line,
/// 【課題】【取り組み】【成果】 lines, prose continued by そこで/その結果 share one episode), with
/// the review's verdict on the whole episode and each line's own parts.
pub fn episodes(doc: &Document, review: &Review) -> Vec<Episode> {
    let mut out: Vec<Episode> = Vec::new();
    let mut current: Option<usize> = None;
    for item in &review.items {
        let index = doc.lines.iter().position(|l| l.number == item.line);
        let morphs = index
            .map(|i| doc.lines[i].relative_morphs())
            .unwrap_or_default();
        let entry = matching::match_duty(&morphs).first().map(|m| m.entry);
        let line_parts = Parts {
            problem: item.problem,
            action: item.action,
            result: item.result,
        };
        let verdict = Parts {
            problem: item.episode_verdict.problem,
            action: item.episode_verdict.action,
            result: item.episode_verdict.result,
        };
        let joins = current == Some(item.episode) && out.last().is_some_and(|e| e.job == item.job);
        current = Some(item.episode);
        if joins {
            let e = out.last_mut().expect("checked");
            e.lines.push(item.line);
            e.texts.push(item.text.clone());
            e.line_parts.push(line_parts);
            e.duty &= item.duty;
            if e.entry.is_none() {
                e.entry = entry;
                e.family = entry.map_or(Family::General, |x| x.family);
            }
            continue;
        }
        out.push(Episode {
            lines: vec![item.line],
            texts: vec![item.text.clone()],
            line_parts: vec![line_parts],
            parts: verdict,
            duty: item.duty,
            job: item.job,
            company: item
                .job
                .and_then(|j| doc.jobs.get(j))
                .and_then(|j| j.company.clone()),
            family: entry.map_or(Family::General, |e| e.family),
            entry,
        });
    }
    out
}

impl Episode {
    /// The lines as written, one per line.
    pub fn text(&self) -> String {
        self.texts.join("\n")
    }

    /// The episode's lines as pieces a composed line can reuse, each in its slot: a line that
    /// only states a situation is a 課題, a line with a figure and no act a 数字, any other line a
    /// 行動 (which may carry its figure). `None` when the text cannot be reused as written: a
    /// table row (cells), or a line that only holds a duty.
    pub fn pieces(&self) -> Option<Vec<(Slot, String)>> {
        let mut out = Vec::new();
        // A hard-wrapped sentence (「…接客の基本動作を」 + 「15項目の…」) is one piece.
        let mut carry = String::new();
        let mut carry_parts = Parts::default();
        let n = self.texts.len();
        for (i, (t, p)) in self.texts.iter().zip(&self.line_parts).enumerate() {
            let body = strip_lead(t).trim();
            if i + 1 < n && compose::is_wrapped(body) {
                carry.push_str(body);
                carry_parts.problem |= p.problem;
                carry_parts.action |= p.action;
                carry_parts.result |= p.result;
                continue;
            }
            let joined = format!("{carry}{body}");
            let p = &Parts {
                problem: p.problem || carry_parts.problem,
                action: p.action || carry_parts.action,
                result: p.result || carry_parts.result,
            };
            carry.clear();
            carry_parts = Parts::default();
            let body = joined.as_str();
            if body.contains(['|', '｜']) || compose::is_duty_only(body) {
                return None;
            }
            let slot = if p.problem && !p.action && !p.result {
                Slot::Problem
            } else if p.result && !p.action {
                Slot::Result
            } else {
                Slot::Action
            };
            out.push((slot, body.to_string()));
        }
        Some(out)
    }
}

/// Where a piece of a composed line goes: 課題 → 行動 → 数字.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Slot {
    Problem,
    Action,
    Result,
}

/// What is weak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetKind {
    /// An achievement that lacks 課題, 行動 or 数字: the composed line replaces it.
    Incomplete,
    /// A job block that lists only duties: the composed line is added after its last line.
    DutyOnlyJob,
}

/// One weak line or block and the questions that fill it.
#[derive(Debug, Clone, Serialize)]
pub struct Target {
    pub kind: TargetKind,
    /// The line the target is known by (its first line); answers files use it as the key.
    pub line: usize,
    /// Every line of the target (the episode's lines, or the block's duty lines).
    pub lines: Vec<usize>,
    /// The lines as written, one per line.
    pub text: String,
    /// The pieces of the original a composed line reuses (see [`Episode::pieces`]); empty
    /// when nothing can be reused.
    pub pieces: Vec<(Slot, String)>,
    pub company: Option<String>,
    pub family: Family,
    pub family_label: &'static str,
    pub has: Parts,
    /// The figures worth asking about for this duty, most likely first.
    pub measures: Vec<Measure>,
    pub questions: Vec<Question>,
    /// Why it is weak, in the seeker's words.
    pub reason: String,
    #[serde(skip)]
    pub entry: Option<&'static DutyEntry>,
    /// The duty in a few words.
    pub duty: String,
}

fn duty_words(doc: &Document, line: usize) -> String {
    doc.lines
        .iter()
        .find(|l| l.number == line)
        .map(|l| {
            let text = doc.slice(l.content.clone());
            matching::duty_phrase(text, &l.relative_morphs())
        })
        .unwrap_or_default()
}

fn make_target(
    doc: &Document,
    kind: TargetKind,
    ep: &Episode,
    lines: Vec<usize>,
    text: String,
) -> Target {
    let pieces = match kind {
        TargetKind::Incomplete => ep.pieces().unwrap_or_default(),
        TargetKind::DutyOnlyJob => Vec::new(),
    };
    // What the reusable text already gives; a text that cannot be reused gives nothing.
    let has = if pieces.is_empty() {
        Parts::default()
    } else {
        ep.parts
    };
    let measures = questions::measures_for(ep.entry, ep.family);
    // The duty as the line names it (「請求書の発行を担当」→「請求書の発行」), else the catalogue's.
    let own = duty_words(doc, ep.lines[0]);
    let duty = if !own.is_empty() && own.chars().count() <= 16 {
        own
    } else {
        ep.entry.map(|e| e.duty.to_string()).unwrap_or_default()
    };
    let goal = ep.entry.and_then(|e| e.goals.first());
    let action_example = goal
        .and_then(|g| crate::goals::catalog::action(g.action))
        .map(|a| a.phrase);
    // A line that keeps its own action gets no question about it (its text is reused).
    let subject = questions::Subject {
        duty: &duty,
        what: goal.map(|g| g.what),
        action_example,
        measures: &measures,
        need_problem: !has.problem,
        need_action: !has.action,
        need_result: !has.result,
    };
    let qs = questions::questions(&subject);
    let reason = match kind {
        TargetKind::DutyOnlyJob => format!(
            "{}職歴が業務の列挙だけで、実績（課題→行動→数字）の行がありません。",
            ep.company
                .as_deref()
                .map_or(String::new(), |c| format!("「{c}」の"))
        ),
        TargetKind::Incomplete => format!(
            "この実績には{}がありません。",
            ep.parts.missing_labels().join("と")
        ),
    };
    Target {
        kind,
        line: lines[0],
        lines,
        text,
        pieces: pieces.clone(),
        company: ep.company.clone(),
        family: ep.family,
        family_label: ep.family.label(),
        has,
        measures,
        questions: qs,
        reason,
        entry: ep.entry,
        duty,
    }
}

/// The weak achievements and the duty-only job blocks of a résumé, in line order.
pub fn targets(doc: &Document, review: &Review) -> Vec<Target> {
    let eps = episodes(doc, review);
    let mut out = Vec::new();
    // Duty-only blocks: no line of the block has an action or a result (as `task-list-only`).
    let mut blocks: Vec<Option<usize>> = Vec::new();
    for ep in &eps {
        if !blocks.contains(&ep.job) {
            blocks.push(ep.job);
        }
    }
    for job in blocks {
        let in_block: Vec<&Episode> = eps.iter().filter(|e| e.job == job).collect();
        if job.is_some() && in_block.iter().all(|e| !e.parts.action && !e.parts.result) {
            // Ask about the duty the catalogue knows best, else the first.
            let anchor = in_block
                .iter()
                .find(|e| e.duty && e.entry.is_some())
                .or_else(|| in_block.iter().find(|e| e.entry.is_some()))
                .or_else(|| in_block.iter().find(|e| e.duty))
                .unwrap_or(&in_block[0]);
            let lines: Vec<usize> = in_block.iter().flat_map(|e| e.lines.clone()).collect();
            let text = anchor.text();
            let mut t = make_target(doc, TargetKind::DutyOnlyJob, anchor, lines, text);
            t.line = anchor.lines[0];
            out.push(t);
            continue;
        }
        for ep in in_block {
            let achievement = ep.parts.action || ep.parts.result;
            if achievement && !ep.parts.complete() {
                out.push(make_target(
                    doc,
                    TargetKind::Incomplete,
                    ep,
                    ep.lines.clone(),
                    ep.text(),
                ));
            }
        }
    }
    out.sort_by_key(|t| t.line);
    out
}

/// The verdict of the review engine on a composed line.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub parts: Parts,
    /// Numbers in the line that are neither in the answers nor in the original line (must be
    /// empty; the composer refuses otherwise).
    pub foreign_numbers: Vec<f64>,
    /// The review's writing findings on the line (long sentence, many 読点 …), as hints.
    pub writing: Vec<String>,
}

/// The result of composing.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Composition {
    /// A line carrying all three parts, with only the seeker's numbers.
    Composed { line: String, check: Check },
    /// The seeker has no figure yet: how to measure it, instead of a vague line.
    NeedsNumber { advice: String },
    /// The answers do not yet make a line (an action that is only 担当, no unit …): the
    /// message and the questions to ask again.
    NeedsAnswer {
        message: String,
        ask: Vec<AnswerKey>,
    },
}

/// Reviews one composed line on its own, as a 職務経歴 bullet.
pub fn check_line(line: &str, sources: &[&str], config: &Config) -> Check {
    let r = review(&format!("■職務経歴\n・{line}\n"), config);
    let parts = r.items.first().map_or(Parts::default(), |i| Parts {
        problem: i.problem,
        action: i.action,
        result: i.result,
    });
    let writing = r
        .diagnostics
        .iter()
        .filter(|d| {
            d.line == 2
                && !d.rule.starts_with("achievement-")
                && d.rule != "task-list-only"
                && d.rule != "mixed-style"
        })
        .map(|d| d.message.clone())
        .collect();
    Check {
        parts,
        foreign_numbers: foreign_numbers(line, sources),
        writing,
    }
}

/// Numbers of `text` whose value appears in none of `sources`.
pub fn foreign_numbers(text: &str, sources: &[&str]) -> Vec<f64> {
    let known: Vec<f64> = sources.iter().flat_map(|s| quantity::numbers(s)).collect();
    quantity::numbers(text)
        .into_iter()
        .filter(|v| !known.iter().any(|k| (k - v).abs() < 1e-9))
        .collect()
}

fn keys_for(parts: Parts) -> Vec<AnswerKey> {
    let mut out = Vec::new();
    if !parts.problem {
        out.push(AnswerKey::Problem);
    }
    if !parts.action {
        out.push(AnswerKey::Action);
    }
    if !parts.result {
        out.extend([AnswerKey::Measure, AnswerKey::Before, AnswerKey::After]);
    }
    out
}

/// Joins pieces (slot, text, from the seeker's answer) into one line: every piece but the last
/// becomes a clause (a 課題 before another part ends in 「ため、」, the others in 連用形 + 「、」);
/// the last keeps its own ending, without a final 「。」.
pub fn join_pieces(pieces: &[(Slot, String, bool)]) -> String {
    use compose::{action_clause, problem_clause, reused_clause};
    let n = pieces.len();
    let mut line = String::new();
    for (i, (slot, text, from_answer)) in pieces.iter().enumerate() {
        if i + 1 == n {
            line.push_str(text.trim_end_matches(['。', '.', '、']));
        } else if *slot == Slot::Problem && pieces.get(i + 1).is_some_and(|p| p.0 != Slot::Problem)
        {
            line.push_str(&problem_clause(text));
            line.push_str("ため、");
        } else if *from_answer {
            line.push_str(&action_clause(text));
            line.push('、');
        } else {
            line.push_str(&reused_clause(text));
            line.push('、');
        }
    }
    line
}

/// Composes the line for a target from the answers, in the style, and checks it.
pub fn compose(target: &Target, answers: &Answers, style: Style, config: &Config) -> Composition {
    use compose::{finish, is_duty_only, result_clause};
    let ask = |m: &str, keys: Vec<AnswerKey>| Composition::NeedsAnswer {
        message: m.to_string(),
        ask: keys,
    };
    if answers.action().is_some_and(|a| is_duty_only(&a)) {
        return ask(
            "「担当した」「従事した」は役割で、行動ではありません。あなたがしたこと（「〜を作成した」「〜を見直した」など）を書いてください。",
            vec![AnswerKey::Action],
        );
    }
    // The pieces of the line, in 課題 → 行動 → 数字 order; the seeker's answers fill the slots.
    let mut pieces: Vec<(Slot, String, bool)> = target
        .pieces
        .iter()
        .map(|(slot, t)| (*slot, t.clone(), false))
        .collect();
    let has = |pieces: &[(Slot, String, bool)], s: Slot| pieces.iter().any(|p| p.0 == s);
    let has_result_text = target.has.result;
    if let Some(p) = answers.problem() {
        pieces.push((Slot::Problem, p, true));
    }
    if let Some(a) = answers.action() {
        pieces.push((Slot::Action, a, true));
    }
    if !has(&pieces, Slot::Problem) && !target.has.problem {
        return ask(
            "取り組む前の課題（困っていたこと）を教えてください。",
            vec![AnswerKey::Problem],
        );
    }
    if !has(&pieces, Slot::Action) {
        return ask(
            "あなたがしたこと（行動）を教えてください。",
            vec![AnswerKey::Action],
        );
    }
    let default_name =
        questions::spec(target.measures.first().copied().unwrap_or(Measure::Time)).default_name;
    let mut composed_result = false;
    if !has_result_text || answers.before().is_some() || answers.after().is_some() {
        match result_clause(answers, default_name, style.ending) {
            Ok(r) => {
                pieces.retain(|p| p.0 != Slot::Result);
                pieces.push((Slot::Result, r, true));
                composed_result = true;
            }
            Err(compose::Missing(m)) if m == "before-after" => {
                return Composition::NeedsNumber {
                    advice: questions::how_to_measure(target.entry, &target.measures),
                };
            }
            Err(compose::Missing(m)) => {
                return ask(&m, vec![AnswerKey::Before, AnswerKey::After]);
            }
        }
    }
    pieces.sort_by_key(|p| p.0);
    let last_original_had_period = pieces
        .last()
        .is_some_and(|p| !p.2 && p.1.trim_end().ends_with(['。', '.']));
    let end = |line: String| {
        if composed_result || last_original_had_period {
            let period = Style {
                period: true,
                ..style
            };
            finish(line, if composed_result { style } else { period })
        } else {
            line
        }
    };
    let line = end(join_pieces(&pieces));
    let mut sources = answers.texts();
    sources.push(&target.text);
    let mut check = check_line(&line, &sources, config);
    let mut line = line;
    // A long line with many 読点: the situation in a sentence of its own reads better, if the
    // review still finds all three parts in it.
    if !check.writing.is_empty()
        && pieces.len() >= 2
        && pieces[0].0 == Slot::Problem
        && pieces[1].0 != Slot::Problem
    {
        let situation = compose::problem_clause(&pieces[0].1);
        let situation = match style.ending {
            Ending::Polite => script::polite(&situation),
            _ => format!("{situation}。"),
        };
        let alt = format!("{situation}{}", end(join_pieces(&pieces[1..])));
        let alt_check = check_line(&alt, &sources, config);
        if alt_check.parts.complete()
            && alt_check.foreign_numbers.is_empty()
            && alt_check.writing.len() < check.writing.len()
        {
            line = alt;
            check = alt_check;
        }
    }
    if !check.foreign_numbers.is_empty() {
        // Cannot happen by construction (tested); refuse rather than write a number.
        return ask(
            "組み立てた行に、答えにない数字が入ってしまいました。答えを見直してください。",
            vec![AnswerKey::Before, AnswerKey::After],
        );
    }
    if !check.parts.complete() {
        let missing = check.parts.missing_labels().join("と");
        return ask(
            &format!(
                "組み立てた行では{missing}が読み取れませんでした。もう少し具体的に教えてください（課題は「〜が多かった」「〜に時間がかかっていた」、行動は「〜を作成した」のように）。"
            ),
            keys_for(check.parts),
        );
    }
    Composition::Composed { line, check }
}

/// Reviews a document and returns its targets and style (a convenience for callers).
pub fn plan(text: &str, config: &Config) -> (Document, Review, Vec<Target>, Style) {
    let doc = Document::parse(text);
    let r = review_document(&doc, config);
    let t = targets(&doc, &r);
    let style = detect_style(&doc);
    (doc, r, t, style)
}

/// The text after the target's replacement or insertion: `composed` replaces the target's
/// first line's content (an incomplete achievement; its other lines are removed) or is added
/// after the block's last line with the same marker and indentation (a duty-only block).
pub fn apply(source: &str, doc: &Document, target: &Target, composed: &str) -> String {
    let line_of = |n: usize| doc.lines.iter().find(|l| l.number == n);
    let mut lines: Vec<String> = source.split_inclusive('\n').map(str::to_string).collect();
    match target.kind {
        TargetKind::Incomplete => {
            let Some(l) = line_of(target.line) else {
                return source.to_string();
            };
            let content = doc.norm.source_range(l.content.clone());
            let whole = doc.norm.source_range(l.range.clone());
            let idx = target.line - 1;
            if let Some(s) = lines.get_mut(idx) {
                let start = content.start - whole.start;
                let end = content.end - whole.start;
                if s.get(start..end).is_some() {
                    s.replace_range(start..end, composed);
                }
            }
            for extra in target.lines.iter().skip(1).rev() {
                if *extra > target.line && *extra <= lines.len() {
                    lines.remove(extra - 1);
                }
            }
        }
        TargetKind::DutyOnlyJob => {
            let last = *target.lines.iter().max().unwrap_or(&target.line);
            let Some(l) = line_of(last) else {
                return source.to_string();
            };
            let content = doc.norm.source_range(l.content.clone());
            let whole = doc.norm.source_range(l.range.clone());
            let prefix = &source[whole.start..content.start];
            let marker = if l.kind == LineKind::Bullet || !prefix.trim().is_empty() {
                prefix.to_string()
            } else {
                String::new()
            };
            let eol = if source.contains("\r\n") {
                "\r\n"
            } else {
                "\n"
            };
            if let Some(s) = lines.get_mut(last - 1).filter(|s| !s.ends_with('\n')) {
                s.push_str(eol);
            }
            lines.insert(last, format!("{marker}{composed}{eol}"));
        }
    }
    lines.concat()
}

/// An answers file that cannot be read, in Japanese (the caller names the file).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswersError {
    #[error("TOML として読めません（{0}）")]
    Syntax(String),
    #[error("「{0}」は行番号ではありません。[12] のように、書き直す行の番号を見出しにしてください")]
    NotALine(String),
}

/// Reads an answers file: one table per line number, `[12]`, with the keys `problem`,
/// `action`, `measure`, `before`, `after`, `period`.
pub fn parse_answers(
    text: &str,
) -> Result<std::collections::BTreeMap<usize, Answers>, AnswersError> {
    let raw: std::collections::BTreeMap<String, Answers> =
        toml::from_str(text).map_err(|e| {
            let m = e.message();
            AnswersError::Syntax(match m.split('`').nth(1) {
                Some(field) if m.starts_with("unknown field") => format!(
                    "「{field}」という項目はありません。使える項目は problem・action・measure・before・after・period です"
                ),
                _ => m.to_string(),
            })
        })?;
    raw.into_iter()
        .map(|(k, v)| {
            k.trim()
                .parse::<usize>()
                .ok()
                .filter(|n| *n > 0)
                .map(|n| (n, v))
                .ok_or(AnswersError::NotALine(k))
        })
        .collect()
}

/// The answers that belong to a target: those under its first line or any of its lines.
pub fn answers_for<'a>(
    target: &Target,
    answers: &'a std::collections::BTreeMap<usize, Answers>,
) -> Option<&'a Answers> {
    answers
        .get(&target.line)
        .or_else(|| target.lines.iter().find_map(|l| answers.get(l)))
}

#[cfg(test)]
mod tests;
