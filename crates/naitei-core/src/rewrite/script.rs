//! The interview script (面接の台本, issue #20 item 4): from the two or three strongest
//! achievements of the résumé, a 1-minute 自己PR and the answer to 「これまでの実績を教えてください」,
//! each with the 深掘り questions to expect (the prep sheet's generator), checked by the answer
//! coach and by the consistency check against the résumé.
//!
//! Only the résumé's own sentences (turned into です・ます) and the posting's own words are used;
//! the joining words hold no numeral (tested), so the script carries no number the résumé does
//! not hold.

use serde::Serialize;

use super::{Episode, Slot, compose, episodes, join_pieces, strip_lead};
use crate::answer::{self, QuestionKind};
use crate::compare;
use crate::config::Config;
use crate::document::{Document, SectionKind};
use crate::prep::sheet;
use crate::review::review_document;
use crate::text::morph::{self, Pos};

/// Most characters of the 1-minute 自己PR (REFERENCE.md §1: about 300 spoken per minute).
const PR_MAX_CHARS: usize = answer::CHARS_PER_MINUTE;

/// One answer of the script.
#[derive(Debug, Clone, Serialize)]
pub struct ScriptAnswer {
    /// The question it answers (自己PRをお願いします …).
    pub question: &'static str,
    pub text: String,
    pub speaking_seconds: u32,
    /// The answer coach's verdict.
    pub weak: bool,
    pub score: u8,
    /// The coach's findings, in the seeker's words.
    pub advice: Vec<String>,
    /// 深掘り questions to expect after this answer.
    pub deep_dive: Vec<String>,
}

/// The whole script.
#[derive(Debug, Clone, Serialize)]
pub struct Script {
    /// Lines of the résumé the script is built from (first line of each achievement).
    pub lines: Vec<usize>,
    pub self_pr: ScriptAnswer,
    pub achievement: ScriptAnswer,
    /// The consistency check of the script against the résumé.
    pub consistent: bool,
    pub conflicts: Vec<String>,
}

/// Why no script can be drafted yet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScriptError {
    #[error(
        "課題・行動・数字のそろった実績がまだありません。先に弱い行を書き直してから、台本を作りましょう。"
    )]
    NoAchievement,
}

/// The episode as one sentence of the résumé's own words.
fn sentence(ep: &Episode) -> String {
    match ep.pieces() {
        Some(pieces) => {
            let mut p: Vec<(Slot, String, bool)> =
                pieces.into_iter().map(|(s, t)| (s, t, false)).collect();
            p.sort_by_key(|x| x.0);
            join_pieces(&p)
        }
        None => ep
            .texts
            .iter()
            .map(|t| achievement_cell(strip_lead(t)).trim_end_matches(['。', '.']))
            .collect::<Vec<_>>()
            .join("、"),
    }
}

/// A table row's achievement: its last cell with text (the 実績 column of 「期間｜業務｜実績」).
fn achievement_cell(text: &str) -> &str {
    if !text.contains(['|', '｜']) {
        return text;
    }
    text.split(['|', '｜'])
        .map(str::trim)
        .rfind(|c| c.chars().count() > 1)
        .unwrap_or(text)
}

/// A sentence of the résumé in です・ます, ending in 「。」: 「…を削減した」→「…を削減しました」,
/// 「…を削減」→「…を削減しました」, 「…5割に」→「…5割になりました」.
pub fn polite(text: &str) -> String {
    let t = text.trim().trim_end_matches(['。', '.', '、']);
    let morphs = morph::analyze(t);
    let Some(last) = morphs.iter().rev().find(|m| m.pos != Pos::Symbol) else {
        return format!("{t}。");
    };
    let already = morphs
        .iter()
        .any(|m| m.pos == Pos::Auxiliary && matches!(m.base.as_str(), "ます" | "です"));
    if already && last.range.end == t.len() {
        return format!("{t}。");
    }
    for (plain, polite) in [
        ("ていた", "ていました"),
        ("でいた", "でいました"),
        ("だった", "でした"),
        ("かった", "かったです"),
    ] {
        if let Some(head) = t.strip_suffix(plain) {
            return format!("{head}{polite}。");
        }
    }
    let body = match (last.pos, last.base.as_str()) {
        (Pos::Auxiliary, "た") | (Pos::Verb, _) => format!("{}ました", compose::action_clause(t)),
        (Pos::Noun, _)
            if last.is_sahen_noun() || (last.pos1 == "接尾" && last.pos2 == "サ変接続") =>
        {
            format!("{t}しました")
        }
        // 「回収をゼロに」 is something the seeker did; 「割合が5割に」 something that became.
        (Pos::Particle, "に") => {
            let clause = t.rsplit('、').next().unwrap_or(t);
            if clause.contains('を') {
                format!("{t}しました")
            } else {
                format!("{t}なりました")
            }
        }
        (Pos::Adjective, _) => format!("{t}です"),
        (Pos::Auxiliary, "だ") => format!("{}でした", t.strip_suffix('だ').unwrap_or(t)),
        _ => format!("{t}でした"),
    };
    format!("{body}。")
}

/// An achievement as spoken: the situation in its own sentence, then the act and the result
/// (「…が続いていたため、…し、…を削減」→「…が続いていました。そこで、…し、…を削減しました。」).
pub fn spoken(sentence: &str) -> String {
    match sentence.split_once("ため、") {
        Some((situation, rest)) if situation.chars().count() >= 8 && !rest.is_empty() => {
            format!("{}そこで、{}", polite(situation), polite(rest))
        }
        _ => polite(sentence),
    }
}

/// Strength of an achievement for the script: complete first, then with a figure.
fn strength(ep: &Episode) -> u8 {
    u8::from(ep.parts.problem) + u8::from(ep.parts.action) * 2 + u8::from(ep.parts.result) * 3
}

fn coach(text: &str, kind: QuestionKind, config: &Config) -> (bool, u8, u32, Vec<String>) {
    let r = answer::review(text, kind, config);
    let advice = r.diagnostics.iter().map(|d| d.message.clone()).collect();
    (r.weak, r.score, r.speaking_seconds, advice)
}

/// Drafts the script from the résumé (and the posting, when given).
pub fn build(resume: &str, posting: Option<&str>, config: &Config) -> Result<Script, ScriptError> {
    let doc = Document::parse(resume);
    let review = review_document(&doc, config);
    let mut eps: Vec<Episode> = episodes(&doc, &review)
        .into_iter()
        .filter(|e| e.parts.action && e.parts.result)
        .collect();
    if eps.is_empty() {
        return Err(ScriptError::NoAchievement);
    }
    // Strongest first; among equals, the résumé's order.
    eps.sort_by_key(|e| std::cmp::Reverse(strength(e)));
    eps.truncate(3);

    let sheet = posting.map(|p| sheet::prepare(p, resume, None));
    // The posting's duty the strongest achievement answers, in the posting's words.
    let duty_for = |ep: &Episode| -> Option<String> {
        let s = sheet.as_ref()?;
        let r = s
            .requirements
            .iter()
            .filter(|r| {
                matches!(
                    r.kind,
                    crate::prep::RequirementKind::Duty | crate::prep::RequirementKind::Required
                )
            })
            .find(|r| r.matches.iter().any(|m| ep.lines.contains(&m.line)))
            .or_else(|| {
                s.requirements
                    .iter()
                    .find(|r| r.kind == crate::prep::RequirementKind::Duty)
            })?;
        let phrase = sheet::duty_phrase(&sheet::req_phrase(&r.text));
        (phrase.chars().count() <= 30).then_some(phrase)
    };
    let company = |ep: &Episode| {
        ep.company
            .as_deref()
            .map_or(String::new(), |c| format!("{c}では、"))
    };
    let apply = |ep: &Episode| match duty_for(ep) {
        Some(d) => format!(
            "この経験を活かし、貴社の「{d}」でも、課題を見つけて改善し、成果につなげたいと考えています。"
        ),
        None => "この経験を活かし、入社後も課題を見つけて改善し、成果につなげたいと考えています。"
            .to_string(),
    };

    // 自己PR: the summary's first sentence, one or two achievements, how it applies.
    let opening = doc
        .section_of(SectionKind::Summary)
        .and_then(|s| {
            s.lines
                .clone()
                .find(|&i| !doc.line_content(i).trim().is_empty())
        })
        .map(|i| {
            let l = &doc.lines[i];
            let text = &doc.source[doc.norm.source_range(l.content.clone())];
            let first = text.split_inclusive('。').next().unwrap_or(text);
            polite(first)
        });
    let stories: Vec<String> = eps
        .iter()
        .take(2)
        .enumerate()
        .map(|(i, ep)| {
            let lead = if i == 0 { "たとえば" } else { "また" };
            // The same employer is named once.
            let at = if i > 0 && eps[0].company == ep.company {
                String::new()
            } else {
                company(ep)
            };
            format!("{lead}、{at}{}", spoken(&sentence(ep)))
        })
        .collect();
    let closing = apply(&eps[0]);
    let fits =
        |parts: &[&str]| parts.iter().map(|p| p.chars().count()).sum::<usize>() <= PR_MAX_CHARS;
    let mut chosen: Vec<&str> = Vec::new();
    for candidate in [
        opening
            .iter()
            .map(String::as_str)
            .chain(stories.iter().map(String::as_str))
            .collect::<Vec<_>>(),
        stories.iter().map(String::as_str).collect(),
        stories.iter().take(1).map(String::as_str).collect(),
    ] {
        let mut with = candidate.clone();
        with.push(&closing);
        if fits(&with) || candidate.len() <= 1 {
            chosen = with;
            break;
        }
    }
    let pr_text = chosen.concat();

    // これまでの実績: the strongest achievement, situation → action → result → the posting.
    let top = &eps[0];
    let achievement_text = format!("{}{}{}", company(top), spoken(&sentence(top)), apply(top));

    let mut lines: Vec<usize> = eps.iter().map(|e| e.lines[0]).collect();
    lines.truncate(3);
    let deep = |ep: &Episode| -> Vec<String> {
        let mut q = sheet::deep_dive(&sentence(ep));
        if let Some(s) = &sheet {
            for x in &s.questions {
                if x.line.is_some_and(|l| ep.lines.contains(&l)) && !q.contains(&x.question) {
                    q.push(x.question.clone());
                }
            }
        }
        q
    };
    let (weak, score, secs, advice) = coach(&pr_text, QuestionKind::Pr, config);
    let mut pr_deep: Vec<String> = eps
        .iter()
        .take(2)
        .flat_map(|e| deep(e).into_iter().take(1))
        .collect();
    pr_deep.push("その強みは、当社のどの仕事で活かせると考えていますか。".to_string());
    let self_pr = ScriptAnswer {
        question: "1分程度で自己PRをお願いします。",
        text: pr_text.clone(),
        speaking_seconds: secs,
        weak,
        score,
        advice,
        deep_dive: pr_deep,
    };
    let (weak, score, secs, advice) = coach(&achievement_text, QuestionKind::Success, config);
    let achievement = ScriptAnswer {
        question: "これまでの実績を教えてください。",
        text: achievement_text.clone(),
        speaking_seconds: secs,
        weak,
        score,
        advice,
        deep_dive: deep(top),
    };
    let cmp = compare::compare(resume, &format!("{pr_text}\n{achievement_text}"));
    Ok(Script {
        lines,
        self_pr,
        achievement,
        consistent: cmp.consistent,
        conflicts: cmp.conflicts.iter().map(|c| c.message.clone()).collect(),
    })
}

/// Joining words of the script: checked to hold no numeral.
pub const TEMPLATE_WORDS: &[&str] = &[
    "たとえば",
    "また",
    "では、",
    "ました",
    "しました",
    "なりました",
    "でした",
    "です",
    "この経験を活かし、貴社の「",
    "」でも、課題を見つけて改善し、成果につなげたいと考えています。",
    "この経験を活かし、入社後も課題を見つけて改善し、成果につなげたいと考えています。",
    "そこで、",
    "ていました",
    "でいました",
    "かったです",
];
