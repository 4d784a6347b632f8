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
    /// The lines' text as written, joined.
    pub text: String,
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

/// The episodes of a reviewed résumé. Adapter over the per-line analysis: one episode per
/// 職務経歴 line (the lines of one achievement are grouped once the review does it, #13).
pub fn episodes(doc: &Document, review: &Review) -> Vec<Episode> {
    review
        .items
        .iter()
        .map(|item| {
            let index = doc.lines.iter().position(|l| l.number == item.line);
            let morphs = index.map(|i| doc.lines[i].relative_morphs()).unwrap_or_default();
            let entry = matching::match_duty(&morphs).first().map(|m| m.entry);
            Episode {
                lines: vec![item.line],
                text: item.text.clone(),
                parts: Parts {
                    problem: item.problem,
                    action: item.action,
                    result: item.result,
                },
                duty: item.duty,
                job: item.job,
                company: item
                    .job
                    .and_then(|j| doc.jobs.get(j))
                    .and_then(|j| j.company.clone()),
                family: entry.map_or(Family::General, |e| e.family),
                entry,
            }
        })
        .collect()
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
    pub text: String,
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

fn make_target(doc: &Document, kind: TargetKind, ep: &Episode, lines: Vec<usize>, text: String) -> Target {
    let has = match kind {
        TargetKind::Incomplete => ep.parts,
        TargetKind::DutyOnlyJob => Parts::default(),
    };
    let measures = questions::measures_for(ep.entry, ep.family);
    let duty = ep
        .entry
        .map(|e| e.duty.to_string())
        .unwrap_or_else(|| duty_words(doc, ep.lines[0]));
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
            has.missing_labels().join("と")
        ),
    };
    Target {
        kind,
        line: lines[0],
        lines,
        text,
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
                .find(|e| e.entry.is_some())
                .unwrap_or(&in_block[0]);
            let lines: Vec<usize> = in_block.iter().flat_map(|e| e.lines.clone()).collect();
            let text = anchor.text.clone();
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
                    ep.text.clone(),
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
}

/// The result of composing.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Composition {
    /// A line carrying all three parts, with only the seeker's numbers.
    Composed { line: String, check: Check },
    /// The seeker has no figure yet: how to measure it, instead of a vague line.
    NeedsNumber { advice: String },
    /// The answers do not yet make a line (an action that is only 担当, no unit …).
    NeedsAnswer { message: String },
}

/// Reviews one composed line on its own, as a 職務経歴 bullet.
pub fn check_line(line: &str, sources: &[&str], config: &Config) -> Check {
    let r = review(&format!("■職務経歴\n・{line}\n"), config);
    let parts = r.items.first().map_or(Parts::default(), |i| Parts {
        problem: i.problem,
        action: i.action,
        result: i.result,
    });
    Check {
        parts,
        foreign_numbers: foreign_numbers(line, sources),
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

/// Composes the line for a target from the answers, in the style, and checks it.
pub fn compose(target: &Target, answers: &Answers, style: Style, config: &Config) -> Composition {
    use compose::{action_clause, finish, is_duty_only, problem_clause, result_clause};
    let ask = |m: &str| Composition::NeedsAnswer {
        message: m.to_string(),
    };
    let original = target.text.trim();
    let reuse_original = target.kind == TargetKind::Incomplete;
    if let Some(a) = answers.action() {
        if is_duty_only(&a) {
            return ask(
                "「担当した」「従事した」は役割で、行動ではありません。あなたがしたこと（「〜を作成した」「〜を見直した」など）を書いてください。",
            );
        }
    }
    let action = answers.action().map(|a| action_clause(&a));
    let need_action = !(reuse_original && target.has.action) && action.is_none();
    if need_action && !(reuse_original && target.has.result) {
        return ask("あなたがしたこと（行動）を教えてください。");
    }
    if need_action {
        return ask("結果につながった、あなたの行動を教えてください。");
    }
    let problem = answers.problem().map(|p| problem_clause(&p));
    if problem.is_none() && !(reuse_original && target.has.problem) {
        return ask("取り組む前の課題（困っていたこと）を教えてください。");
    }
    let prefix = problem.map_or(String::new(), |p| format!("{p}ため、"));
    let default_name = questions::spec(target.measures.first().copied().unwrap_or(Measure::Time))
        .default_name;
    let line = if reuse_original && target.has.result && answers.before().is_none() {
        // The original line keeps its figure; the answers add what it lacks in front.
        let act = action.map_or(String::new(), |a| format!("{a}、"));
        format!("{prefix}{act}{original}")
    } else {
        let result = match result_clause(answers, default_name, style.ending) {
            Ok(r) => r,
            Err(compose::Missing(m)) if m == "before-after" => {
                return Composition::NeedsNumber {
                    advice: questions::how_to_measure(target.entry, &target.measures),
                };
            }
            Err(compose::Missing(m)) => return ask(&m),
        };
        let act = action.unwrap_or_else(|| action_clause(original));
        finish(format!("{prefix}{act}、{result}"), style)
    };
    let mut sources = answers.texts();
    sources.push(original);
    let check = check_line(&line, &sources, config);
    if !check.foreign_numbers.is_empty() {
        // Cannot happen by construction (tested); refuse rather than write a number.
        return ask("組み立てた行に、答えにない数字が入ってしまいました。答えを見直してください。");
    }
    if !check.parts.complete() {
        let missing = check.parts.missing_labels().join("と");
        return ask(&format!(
            "組み立てた行では{missing}が読み取れませんでした。答えを具体的にしてください（課題は「〜が多かった」「〜に時間がかかっていた」、行動は「〜を作成した」のように）。"
        ));
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
            let eol = if source.contains("\r\n") { "\r\n" } else { "\n" };
            if let Some(s) = lines.get_mut(last - 1) {
                if !s.ends_with('\n') {
                    s.push_str(eol);
                }
            }
            lines.insert(last, format!("{marker}{composed}{eol}"));
        }
    }
    lines.concat()
}

#[cfg(test)]
mod tests;
