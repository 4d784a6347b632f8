//! Consistency between interview rounds (`naitei compare`): the 二次面接 interviewer holds the
//! 一次 notes, so the same story told with other numbers, dates, salary or reasons is a red flag.
//!
//! Each text is reduced to facts (what is measured, its value); two facts conflict when they
//! measure the same thing in the same dimension and no statement on the other side agrees.
//! Paraphrases with the same facts produce the same values and are never flagged.

pub mod facts;
pub mod lexicon;
mod rounds;
#[cfg(test)]
mod tests;

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use serde::Serialize;

use crate::cancel::{Cancel, Cancelled};
use crate::document::{Document, SectionKind};
use crate::text::morph::analyze;
use crate::text::normalize::{LineIndex, Normalized};
use crate::text::quantity::{self, Role};
use facts::{Dim, Fact, Value};
use lexicon::Topic;
pub use rounds::{Round, RoundCheck, check_rounds, consistent};

/// Kinds of conflict (SPEC: number|date|reason|salary|other). Periods are reported as `date`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictKind {
    Number,
    Date,
    Reason,
    Salary,
    Other,
}

/// A statement in one of the two texts, located in its source (1-based, columns in characters).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Span {
    pub text: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// The sentence the statement is in.
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    pub kind: ConflictKind,
    /// What is measured, as the nouns that name it (部下, 残業, 在籍 …).
    pub subject: String,
    pub first: Span,
    pub second: Span,
    pub message: String,
}

/// What a side of the comparison is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SideKind {
    Answer,
    Resume,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub consistent: bool,
    pub first_kind: SideKind,
    pub second_kind: SideKind,
    pub conflicts: Vec<Conflict>,
}

/// One analysed text.
struct Side {
    kind: SideKind,
    source: String,
    norm: Normalized,
    index: LineIndex,
    facts: Vec<Fact>,
}

impl Side {
    fn new(source: &str, cancel: Cancel<'_>) -> Result<Side, Cancelled> {
        let doc = Document::parse_cancellable(source, cancel)?;
        cancel.check()?;
        if is_resume(&doc) {
            return Ok(Side::resume(doc));
        }
        let norm = Normalized::new(source);
        let morphs = analyze(&norm.text);
        let facts = facts::extract(&norm.text, &morphs);
        Ok(Side {
            kind: SideKind::Answer,
            source: source.to_string(),
            index: LineIndex::new(source),
            norm,
            facts,
        })
    }

    /// A résumé: the facts of its lines (reasons left out: a résumé is not an answer), plus the
    /// joining date and length of stay of each job from its period.
    fn resume(doc: Document) -> Side {
        let text = doc.norm.text.as_str();
        let morphs = analyze(text);
        let mut facts: Vec<Fact> = facts::extract(text, &morphs)
            .into_iter()
            .filter(|f| !matches!(f.value, Value::Reason(_)))
            .collect();
        facts.extend(job_facts(&doc));
        Side {
            kind: SideKind::Resume,
            source: doc.source.clone(),
            index: doc.index.clone(),
            norm: doc.norm.clone(),
            facts,
        }
    }

    fn span(&self, r: &Range<usize>) -> Span {
        let src = self.norm.source_range(r.clone());
        let (line, column) = self.index.position(&self.source, src.start);
        let (end_line, end_column) = self.index.position(&self.source, src.end);
        let sent = self.norm.source_range(facts::sentence(&self.norm.text, r));
        Span {
            sentence: self.source[sent].trim().to_string(),
            text: self.source[src].trim().to_string(),
            line,
            column,
            end_line,
            end_column,
        }
    }
}

/// A résumé has the sections of one (職務経歴, 職務要約); an answer is plain prose.
fn is_resume(doc: &Document) -> bool {
    doc.sections
        .iter()
        .any(|s| matches!(s.kind, SectionKind::Career | SectionKind::Summary))
}

/// Facts implied by the periods of the jobs (「2016年4月～2024年3月」): the joining date and, when
/// the job has ended, the length of stay. Every job contributes: an answer about 前職 may be
/// about the current job or the one before, and a fact conflicts only when no job agrees.
fn job_facts(doc: &Document) -> Vec<Fact> {
    let text = doc.norm.text.as_str();
    let mut all = Vec::new();
    for job in &doc.jobs {
        let Some(period) = &job.period else { continue };
        let line = &doc.lines[job.heading];
        let span = text[line.range.clone()]
            .find(period.as_str())
            .map_or(line.range.clone(), |at| {
                line.range.start + at..line.range.start + at + period.len()
            });
        let morphs = analyze(period);
        let qs = quantity::extract(period, &morphs);
        let dates: Vec<(i32, Option<u32>)> = qs
            .iter()
            .enumerate()
            .filter(|(_, q)| q.role == Role::Date && q.unit == "年" && q.value >= 1900.0)
            .map(|(i, q)| {
                let month = qs
                    .get(i + 1)
                    .filter(|m| m.unit == "月" && m.range.start == q.range.end)
                    .map(|m| m.value as u32);
                (q.value as i32, month)
            })
            .collect();
        let Some(&(y0, m0)) = dates.first() else {
            continue;
        };
        let mut f = vec![Fact {
            span: span.clone(),
            subject: BTreeSet::from(["入社".to_string()]),
            label: "入社時期".to_string(),
            per: None,
            value: Value::Date(y0, m0),
        }];
        if let Some(&(y1, m1)) = dates.get(1) {
            let months = (y1 - y0) * 12 + m1.unwrap_or(1) as i32 - m0.unwrap_or(1) as i32;
            // 2016年4月～2024年3月 is eight years: the end month is included.
            let years = (f64::from(months + 1) / 12.0 * 2.0).round() / 2.0;
            f.push(Fact {
                span,
                subject: BTreeSet::from(["在籍".to_string()]),
                label: "在籍期間".to_string(),
                per: None,
                value: Value::Single(Dim::Time, years * 365.0),
            });
        }
        all.extend(f);
    }
    all
}

/// Compares two texts; either may be a résumé (detected by its sections).
pub fn compare(first: &str, second: &str) -> Comparison {
    crate::cancel::never(compare_cancellable(first, second, Cancel::NEVER))
}

/// [`compare`], stopping between lines and facts once `cancel` is set.
pub fn compare_cancellable(
    first: &str,
    second: &str,
    cancel: Cancel<'_>,
) -> Result<Comparison, Cancelled> {
    let a = Side::new(first, cancel)?;
    let b = Side::new(second, cancel)?;
    // Facts of the first text that state the same thing (subject, rate basis and value) are
    // judged alike and only the first of them can be reported: keep that one (a text that
    // repeats itself would otherwise make the pairwise comparison quadratic).
    let mut seen = std::collections::HashSet::new();
    let a_facts: Vec<&Fact> = a
        .facts
        .iter()
        .filter(|f| seen.insert(fact_key(f)))
        .collect();
    let mut index = SubjectIndex::new(&a_facts);
    // The verdict on a fact of the second text depends only on what it states: facts that state
    // the same thing get it once (the first fact of the first text it conflicts with, if any).
    let mut verdicts: HashMap<String, Option<usize>> = HashMap::new();
    let mut conflicts = Vec::new();
    for fb in &b.facts {
        cancel.check()?;
        let verdict = *verdicts
            .entry(fact_key(fb))
            .or_insert_with(|| verdict(&a_facts, &mut index, fb));
        if let Some(i) = verdict {
            conflicts.push(conflict(&a, a_facts[i], &b, fb));
        }
    }
    Ok(Comparison {
        consistent: conflicts.is_empty(),
        first_kind: a.kind,
        second_kind: b.kind,
        conflicts,
    })
}

/// What a fact states (subject, rate basis and value): facts with the same key are judged alike.
fn fact_key(f: &Fact) -> String {
    format!("{:?}|{:?}|{:?}", f.subject, f.per, f.value)
}

/// The facts of the first text by subject key, so that a fact of the second text is compared
/// only with the facts whose subject can be the same (not with every fact).
struct SubjectIndex<'f> {
    /// Each subject key of the first text's facts, with the facts (indices, ascending) that have it.
    by_key: HashMap<&'f str, Vec<usize>>,
    /// For a key of the second text: the facts of the first text with a key naming the same thing.
    memo: HashMap<String, Vec<usize>>,
}

impl<'f> SubjectIndex<'f> {
    fn new(facts: &[&'f Fact]) -> SubjectIndex<'f> {
        let mut by_key: HashMap<&'f str, Vec<usize>> = HashMap::new();
        for (i, f) in facts.iter().enumerate() {
            for k in &f.subject {
                by_key.entry(k.as_str()).or_default().push(i);
            }
        }
        SubjectIndex {
            by_key,
            memo: HashMap::new(),
        }
    }

    /// Indices (ascending, each once) of the facts whose subject may be the same as `subject`'s:
    /// a superset of those for which [`same_subject`] holds.
    fn candidates(&mut self, subject: &BTreeSet<String>) -> Vec<usize> {
        let by_key = &self.by_key;
        let mut out = Vec::new();
        for y in subject {
            let hits = self.memo.entry(y.clone()).or_insert_with(|| {
                let mut v: Vec<usize> = by_key
                    .iter()
                    .filter(|(x, _)| same_key(x, y))
                    .flat_map(|(_, is)| is.iter().copied())
                    .collect();
                v.sort_unstable();
                v.dedup();
                v
            });
            out.extend(hits.iter().copied());
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The fact of the first text that `fb` conflicts with (index in `a_facts`), if any: the first
/// comparable one when none agrees.
fn verdict(a_facts: &[&Fact], index: &mut SubjectIndex<'_>, fb: &Fact) -> Option<usize> {
    let mut comparable: Vec<usize> = index
        .candidates(&fb.subject)
        .into_iter()
        .filter(|&i| comparable(a_facts[i], fb))
        .collect();
    // A from→to pair is judged against the other side's pairs when there are any: the
    // résumé's 「月12件ほど発生していた」 must not hide 「12件から2件」 against 「12件から1件」.
    let same_shape: Vec<usize> = comparable
        .iter()
        .copied()
        .filter(|&i| {
            matches!(a_facts[i].value, Value::Pair(..)) == matches!(fb.value, Value::Pair(..))
        })
        .collect();
    if !same_shape.is_empty() {
        comparable = same_shape;
    }
    if comparable.is_empty() || comparable.iter().any(|&i| agree(a_facts[i], fb)) {
        return None;
    }
    Some(comparable[0])
}

/// The two subjects name the same thing: a shared key, or one containing the other (介護 and
/// 介護職, 残業 and 残業時間).
fn same_subject(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    a.iter().any(|x| b.iter().any(|y| same_key(x, y)))
}

/// Two subject keys name the same thing: equal, or one containing the other (both of two
/// characters or more).
fn same_key(x: &str, y: &str) -> bool {
    x == y || (x.chars().count().min(y.chars().count()) >= 2 && (x.contains(y) || y.contains(x)))
}

fn dim_of(v: &Value) -> Option<&Dim> {
    match v {
        Value::Single(d, _) | Value::Pair(d, _, _) => Some(d),
        _ => None,
    }
}

/// Two lengths of stay are the same fact only when they are about the same role or trade:
/// 「前職には10年間勤めました」 and 「主任を3年務めました」 are two true statements, while
/// 「物流センターで8年間勤めました」 and 「前職には5年ほど勤めました」 are about the same stay.
fn same_tenure(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    let strip = |s: &BTreeSet<String>| -> BTreeSet<String> {
        s.iter()
            .filter(|k| !lexicon::TENURE_NEUTRAL.contains(&k.as_str()))
            .cloned()
            .collect()
    };
    let roles = |s: &BTreeSet<String>| -> BTreeSet<String> {
        s.iter()
            .filter(|k| lexicon::ROLES.iter().any(|r| k.contains(r)))
            .cloned()
            .collect()
    };
    let (ra, rb) = (strip(a), strip(b));
    let (pa, pb) = (roles(&ra), roles(&rb));
    if !pa.is_empty() || !pb.is_empty() {
        return same_subject(&pa, &pb);
    }
    ra.is_empty() || rb.is_empty() || same_subject(&ra, &rb)
}

fn comparable(a: &Fact, b: &Fact) -> bool {
    if !same_subject(&a.subject, &b.subject) {
        return false;
    }
    if a.subject.contains("在籍")
        && b.subject.contains("在籍")
        && !same_tenure(&a.subject, &b.subject)
    {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.per, &b.per)
        && x != y
    {
        return false;
    }
    match (&a.value, &b.value) {
        (Value::Date(..), Value::Date(..)) | (Value::Reason(_), Value::Reason(_)) => true,
        (
            Value::Salary {
                desired: d1,
                monthly: m1,
                ..
            },
            Value::Salary {
                desired: d2,
                monthly: m2,
                ..
            },
        ) => d1 == d2 && m1 == m2,
        (x, y) => match (dim_of(x), dim_of(y)) {
            (Some(d1), Some(d2)) => d1 == d2,
            _ => false,
        },
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn agree(a: &Fact, b: &Fact) -> bool {
    match (&a.value, &b.value) {
        (Value::Pair(_, a0, a1), Value::Pair(_, b0, b1)) => close(*a0, *b0) && close(*a1, *b1),
        (Value::Pair(_, f, t), Value::Single(_, v))
        | (Value::Single(_, v), Value::Pair(_, f, t)) => {
            // A single figure may be either end or the size of the change (8時間→2時間 = 6時間短縮).
            close(*v, *f) || close(*v, *t) || close(*v, (f - t).abs())
        }
        (Value::Single(_, x), Value::Single(_, y)) => close(*x, *y),
        (Value::Date(y1, m1), Value::Date(y2, m2)) => {
            y1 == y2 && (m1.is_none() || m2.is_none() || m1 == m2)
        }
        (Value::Salary { yen: x, .. }, Value::Salary { yen: y, .. }) => close(*x, *y),
        (Value::Reason(x), Value::Reason(y)) => !x.is_disjoint(y),
        _ => false,
    }
}

fn kind_of(f: &Fact) -> ConflictKind {
    match &f.value {
        Value::Date(..) => ConflictKind::Date,
        Value::Salary { .. } => ConflictKind::Salary,
        Value::Reason(_) => ConflictKind::Reason,
        // A length of stay or experience is a period (reported as a date); a time saved is a number.
        Value::Single(Dim::Time, d) if *d >= 28.0 => ConflictKind::Date,
        Value::Single(..) | Value::Pair(..) => ConflictKind::Number,
    }
}

fn topics(v: &Value) -> String {
    match v {
        Value::Reason(t) => t
            .iter()
            .map(|t: &Topic| t.label())
            .collect::<Vec<_>>()
            .join("・"),
        _ => String::new(),
    }
}

fn subject_label(f: &Fact) -> String {
    if f.label.is_empty() {
        f.subject.iter().cloned().collect::<Vec<_>>().join("・")
    } else {
        f.label.clone()
    }
}

fn conflict(a: &Side, fa: &Fact, b: &Side, fb: &Fact) -> Conflict {
    let first = a.span(&fa.span);
    let second = b.span(&fb.span);
    let kind = kind_of(fb);
    let (where_a, where_b, same) = match (a.kind, b.kind) {
        (SideKind::Resume, _) => ("職務経歴書には", "面接では", "面接でも職務経歴書と同じ"),
        (_, SideKind::Resume) => ("面接では", "職務経歴書には", "職務経歴書と面接で同じ"),
        _ => ("一次面接では", "今回は", "二次でも一次と同じ"),
    };
    let said = |side: &Side| {
        if side.kind == SideKind::Resume {
            "書いています"
        } else {
            "答えています"
        }
    };
    let quoted = format!(
        "{where_a}『{}』と{}が、{where_b}『{}』と{}。",
        first.text,
        said(a),
        second.text,
        said(b)
    );
    let message = match kind {
        ConflictKind::Number => format!(
            "{quoted}同じ「{}」の数字が食い違っています。面接官は前回のメモを見ています。実際の数字を確かめて、{same}数字を使いましょう。",
            subject_label(fb)
        ),
        ConflictKind::Date => format!(
            "{quoted}時期や期間が食い違っています。職務経歴書や雇用契約書で正しい日付を確かめ、{same}時期・年数で答えましょう。"
        ),
        ConflictKind::Salary => {
            let which = match &fb.value {
                Value::Salary {
                    desired: Some(false),
                    ..
                } => "現在の年収",
                _ => "希望年収",
            };
            format!(
                "{quoted}{which}の金額が食い違っています。条件のぶれは計画性を疑われます。金額（または幅）を一つに決めて、{same}金額を伝えましょう。"
            )
        }
        ConflictKind::Reason => format!(
            "{quoted}理由の軸が「{}」から「{}」に変わっています。話す理由を一つの軸に決め、{same}筋で話しましょう。",
            topics(&fa.value),
            topics(&fb.value)
        ),
        ConflictKind::Other => {
            format!("{quoted}内容が食い違っています。{same}内容で答えましょう。")
        }
    };
    Conflict {
        kind,
        subject: subject_label(fb),
        first,
        second,
        message,
    }
}
