//! Fact extraction: every number, date, salary and reason a text states, with what it measures.
//!
//! Works on NFKC-normalized text and its morphemes; spans are byte ranges of that text.

use std::collections::BTreeSet;
use std::ops::Range;

use super::lexicon::{self, Topic};
use crate::text::date::ERAS;
use crate::text::morph::{Morpheme, Pos};
use crate::text::quantity::{self, Quantity, Role};

/// The dimension a value is measured in: only values of the same dimension are compared.
#[derive(Debug, Clone, PartialEq)]
pub enum Dim {
    /// A count in a unit (件, 名, 社 …); 人 and 名 are folded.
    Count(String),
    /// A length of time, in days.
    Time,
    /// An amount of money, in yen.
    Money,
    /// A level stated as a fraction (不良率5% = 0.05, 二割 = 0.2).
    Level,
    /// The size of a relative change (三割削減 = 0.3, 半減 = 0.5, 1.5倍 = 0.5, ゼロに = 1.0).
    Change,
}

/// What a fact states.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Single(Dim, f64),
    /// A change stated with both ends (月8件から1件に): compared end by end.
    Pair(Dim, f64, f64),
    /// Year and, when stated, month.
    Date(i32, Option<u32>),
    Salary {
        desired: Option<bool>,
        monthly: bool,
        yen: f64,
    },
    Reason(BTreeSet<Topic>),
}

/// One stated fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// Byte range in the normalized text.
    pub span: Range<usize>,
    /// What is measured: canonical noun keys (部下, 残業, 在籍, 入社 …).
    pub subject: BTreeSet<String>,
    /// What is measured, as written (検品ミス, 問い合わせ対応の漏れ), for messages.
    pub label: String,
    /// Rate basis (月, 年, 週, 日) when the number is a rate.
    pub per: Option<String>,
    pub value: Value,
}

/// Extracts the facts of a text (normalized) given its morphemes.
pub fn extract(text: &str, morphs: &[Morpheme]) -> Vec<Fact> {
    let mut qs = quantity::extract(text, morphs);
    qs.retain(|q| !q.context.denominator);
    let qs = drop_rate_bases(text, qs);
    let mut facts = Vec::new();
    facts.extend(dates(text, morphs, &qs));
    facts.extend(amounts(text, morphs, &qs));
    if let Some(r) = reason(text, morphs) {
        facts.push(r);
    }
    facts
}

const CLAUSE_BREAKS: &[char] = &['、', ',', '。', '.', '!', '?', '\n', '；', ';'];
const SENTENCE_BREAKS: &[char] = &['。', '!', '?', '\n'];

fn bounds(text: &str, range: &Range<usize>, breaks: &[char]) -> Range<usize> {
    // A comma or a point between digits (3,000件, 1.5%) belongs to the number.
    let is_break = |i: usize, c: char| {
        breaks.contains(&c)
            && !((c == ',' || c == '.')
                && text[..i].ends_with(|p: char| p.is_ascii_digit())
                && text[i + 1..].starts_with(|n: char| n.is_ascii_digit()))
    };
    let start = text[..range.start]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_break(i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[range.end..]
        .char_indices()
        .find(|&(i, c)| is_break(range.end + i, c))
        .map_or(text.len(), |(i, _)| range.end + i);
    start..end
}

fn clause(text: &str, range: &Range<usize>) -> Range<usize> {
    bounds(text, range, CLAUSE_BREAKS)
}

pub(crate) fn sentence(text: &str, range: &Range<usize>) -> Range<usize> {
    bounds(text, range, SENTENCE_BREAKS)
}

/// 1日3,000件, 1件60分, 一年で120件: a count of one before another number is the basis of a
/// rate, not a fact of its own.
fn drop_rate_bases(text: &str, qs: Vec<Quantity>) -> Vec<Quantity> {
    let mut out = Vec::with_capacity(qs.len());
    for (i, q) in qs.iter().enumerate() {
        let next = qs.get(i + 1);
        let is_base = q.value == 1.0
            && q.role != Role::Date
            && next.is_some_and(|n| {
                let between = &text[q.range.end..n.range.start];
                clause(text, &q.range).end >= n.range.end
                    && (between.is_empty()
                        || ["の", "で", "に", "あたり", "当たり"]
                            .iter()
                            .any(|p| between.starts_with(p)))
            });
        if !is_base {
            out.push(q.clone());
        }
    }
    out
}

fn contains_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.contains(w))
}

/// Canonical key of a noun: the first member of its synonym group, or itself.
fn canonical(noun: &str) -> String {
    lexicon::SYNONYMS
        .iter()
        .find(|g| g.contains(&noun))
        .map_or_else(|| noun.to_string(), |g| g[0].to_string())
}

fn is_subject_noun(m: &Morpheme) -> bool {
    if !(m.pos == Pos::Noun || m.pos == Pos::Prefix) {
        return false;
    }
    if m.is_number() || matches!(m.pos1, "非自立" | "代名詞" | "副詞可能" | "数") {
        return false;
    }
    if m.pos1 == "接尾" && m.pos2 == "助数詞" {
        return false;
    }
    let s = m.surface.as_str();
    if lexicon::GENERIC_NOUNS.contains(&s) {
        return false;
    }
    // A lone kana is a particle-like fragment, never the name of what is measured.
    !(s.chars().count() == 1 && s.chars().all(|c| ('\u{3040}'..='\u{30ff}').contains(&c)))
}

/// Content nouns in `range`, outside the spans of quantities, in text order.
fn nouns_in<'m>(morphs: &'m [Morpheme], range: Range<usize>, qs: &[Quantity]) -> Vec<&'m Morpheme> {
    // Morphemes are in text order: those in `range` are one run (binary search, not a scan
    // of the whole text per fact), and only the quantities overlapping `range` can cover them.
    let first = morphs.partition_point(|m| m.range.start < range.start);
    let end = morphs.partition_point(|m| m.range.end <= range.end);
    let near: Vec<&Quantity> = qs
        .iter()
        .filter(|q| q.range.start < range.end && range.start < q.range.end)
        .collect();
    morphs[first..end.max(first)]
        .iter()
        .filter(|m| {
            !near
                .iter()
                .any(|q| m.range.start < q.range.end && q.range.start < m.range.end)
        })
        .filter(|m| is_subject_noun(m))
        .collect()
}

/// Quantities in text order without overlaps (what `quantity::extract` gives): their starts
/// and ends both ascend, so the ones near a range are found by binary search.
fn in_order(qs: &[Quantity]) -> bool {
    qs.iter().all(|q| q.range.start <= q.range.end)
        && qs.windows(2).all(|w| w[0].range.end <= w[1].range.start)
}

/// The quantities that can touch `range` (end ≥ its start, start ≤ its end): a binary search
/// when `ordered` (see [`in_order`]), all of them otherwise. Callers filter the run as before,
/// so the result is the same; only the scan of every quantity per fact is gone.
fn near(qs: &[Quantity], ordered: bool, range: Range<usize>) -> &[Quantity] {
    if !ordered {
        return qs;
    }
    let lo = qs.partition_point(|q| q.range.end < range.start);
    let hi = qs.partition_point(|q| q.range.start <= range.end);
    &qs[lo..hi.max(lo)]
}

/// Subject keys and the label of a run of nouns: adjacent nouns are one word, 「の」 between
/// them is kept (問い合わせ対応の漏れ), other gaps become 「・」.
fn keys_and_label(text: &str, nouns: &[&Morpheme]) -> (BTreeSet<String>, String) {
    let mut label = String::new();
    let mut prev: Option<usize> = None;
    for m in nouns {
        if let Some(end) = prev {
            match &text[end..m.range.start] {
                "" => {}
                "の" => label.push('の'),
                _ => label.push('・'),
            }
        }
        label.push_str(&m.surface);
        prev = Some(m.range.end);
    }
    let keys = nouns
        .iter()
        .map(|m| canonical(m.surface.as_str()))
        .collect();
    (keys, label)
}

/// Extends a span over the words that belong to its number in a quotation: 月8件, 約3割,
/// 前年比120%, 年間45社.
fn with_prefix(text: &str, mut span: Range<usize>) -> Range<usize> {
    const PREFIXES: &[&str] = &[
        "前年同期比",
        "前年比",
        "年間",
        "月間",
        "毎月",
        "月に",
        "週に",
        "毎週",
        "日に",
        "毎日",
        "年に",
        "平均",
        "月",
        "週",
        "約",
        "計",
    ];
    while let Some(p) = PREFIXES.iter().find(|p| text[..span.start].ends_with(*p)) {
        span.start -= p.len();
    }
    span
}

/// Trailing words of a quantity (ほど, 程度, 以上) before its particle.
fn after_qualifiers(text: &str, end: usize) -> usize {
    const QUALIFIERS: &[&str] = &[
        "ほど",
        "程度",
        "程",
        "くらい",
        "ぐらい",
        "以上",
        "以下",
        "前後",
        "余り",
        "あまり",
        "弱",
        "強",
        "超",
        "余",
        " ",
    ];
    let mut at = end;
    while let Some(q) = QUALIFIERS.iter().find(|q| text[at..].starts_with(*q)) {
        at += q.len();
    }
    at
}

/// The noun compound right after 「Nの」 (10名のチーム → チーム), if the quantity is attributive.
fn attributive_subject(
    text: &str,
    morphs: &[Morpheme],
    end: usize,
) -> Option<(BTreeSet<String>, String)> {
    let at = after_qualifiers(text, end);
    let after_no = text[at..]
        .strip_prefix('の')
        .map(|r| text.len() - r.len())?;
    let mut nouns = Vec::new();
    for m in &morphs[morphs.partition_point(|m| m.range.start < after_no)..] {
        if m.pos != Pos::Noun && m.pos != Pos::Prefix {
            break;
        }
        if is_subject_noun(m) {
            nouns.push(m);
        }
    }
    (!nouns.is_empty()).then(|| keys_and_label(text, &nouns))
}

/// What a fact spanning `span` measures: the noun it qualifies, or the nouns before it in its
/// clause, or, when there are none, the nouns after it up to the next number.
fn subject_of(
    text: &str,
    morphs: &[Morpheme],
    qs: &[Quantity],
    ordered: bool,
    span: &Range<usize>,
) -> (BTreeSet<String>, String) {
    if let Some(s) = attributive_subject(text, morphs, span.end) {
        return s;
    }
    let c = clause(text, &(span.start..span.start));
    let mut start = near(qs, ordered, c.start..span.start)
        .iter()
        .filter(|q| q.range.end <= span.start && q.range.start >= c.start)
        .map(|q| q.range.end)
        .max()
        .unwrap_or(c.start)
        .max(c.start);
    // The nouns an earlier number qualifies are its subject, not this one's:
    // 「5名のメンバーと売上を15%」 measures 売上 only.
    if start > c.start {
        let at = after_qualifiers(text, start);
        if let Some(rest) = text[at..].strip_prefix('の') {
            start = text.len() - rest.len();
            let from = start;
            for m in &morphs[morphs.partition_point(|m| m.range.start < from)..] {
                if m.range.start != start || !(m.pos == Pos::Noun || m.pos == Pos::Prefix) {
                    break;
                }
                start = m.range.end;
            }
            start = start.min(span.start);
        }
    }
    let before = nouns_in(morphs, start..span.end, near(qs, ordered, start..span.end));
    if !before.is_empty() {
        return keys_and_label(text, &before);
    }
    let c_end = clause(text, &(span.end..span.end)).end;
    let after = if ordered {
        &qs[qs.partition_point(|q| q.range.start < span.end)..]
    } else {
        qs
    };
    let next = after
        .iter()
        .filter(|q| q.range.start >= span.end)
        .map(|q| q.range.start)
        .min()
        .unwrap_or(c_end)
        .min(c_end);
    keys_and_label(
        text,
        &nouns_in(morphs, span.end..next, near(qs, ordered, span.end..next)),
    )
}

/// The western year of the first year of the era a date starts with, by its name or its
/// capital letter (平成27年, H27年 → 1989), from the one era table (`text::date`).
fn era_base(t: &str) -> Option<i32> {
    ERAS.iter()
        .find(|e| t.starts_with(e.name) || t.starts_with(e.letter))
        .map(|e| i32::from(e.start.year()))
}

/// Dates (2016年4月, 平成27年, 令和元年) with the event they date.
fn dates(text: &str, morphs: &[Morpheme], qs: &[Quantity]) -> Vec<Fact> {
    let mut out = Vec::new();
    let mut i = 0;
    // (span, year, month)
    let mut found: Vec<(Range<usize>, i32, Option<u32>)> = Vec::new();
    while i < qs.len() {
        let q = &qs[i];
        if q.role == Role::Date && q.unit == "年" {
            let year = match era_base(&q.text) {
                Some(base) => base + q.value as i32 - 1,
                None => q.value as i32,
            };
            let mut span = q.range.clone();
            let mut month = None;
            if let Some(m) = qs.get(i + 1)
                && m.role == Role::Date
                && m.unit == "月"
                && m.range.start == q.range.end
            {
                month = Some(m.value as u32);
                span.end = m.range.end;
                i += 1;
            }
            found.push((span, year, month));
        }
        i += 1;
    }
    // 元年: the quantity module reads only digits.
    for era in &ERAS {
        let pat = format!("{}元年", era.name);
        for (at, _) in text.match_indices(&pat) {
            found.push((at..at + pat.len(), i32::from(era.start.year()), None));
        }
    }
    // 「2016年4月から2024年3月まで勤めました」 also states a length of stay.
    found.sort_by_key(|f| f.0.start);
    for w in found.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let joined = a.0.start..b.0.end;
        let sent = &text[sentence(text, &joined)];
        if text[after_qualifiers(text, a.0.end)..].starts_with("から")
            && text[b.0.end..].starts_with("まで")
            && contains_any(sent, lexicon::TENURE_WORDS)
        {
            let months =
                (b.1 - a.1) * 12 + b.2.map_or(0, |m| m as i32 + 1) - a.2.map_or(0, |m| m as i32);
            let years = (f64::from(months) / 12.0 * 2.0).round() / 2.0;
            out.push(Fact {
                span: joined,
                subject: BTreeSet::from(["在籍".to_string()]),
                label: "在籍期間".to_string(),
                per: None,
                value: Value::Single(Dim::Time, years * 365.0),
            });
        }
    }
    let ordered = in_order(qs);
    for (span, year, month) in found {
        let (mut subject, mut label) = subject_of(text, morphs, qs, ordered, &span);
        let sent = &text[sentence(text, &span)];
        let cl = &text[clause(text, &span)];
        let rest = &text[after_qualifiers(text, span.end)..];
        if contains_any(cl, lexicon::JOIN_WORDS)
            || (rest.starts_with("から") && contains_any(sent, lexicon::TENURE_WORDS))
        {
            subject.insert("入社".to_string());
            label = "入社時期".to_string();
        }
        if subject.is_empty() {
            continue;
        }
        out.push(Fact {
            span: with_prefix(text, span),
            subject,
            label,
            per: None,
            value: Value::Date(year, month),
        });
    }
    out
}

fn time_days(unit: &str) -> Option<f64> {
    Some(match unit {
        "年" | "年間" => 365.0,
        "か月" => 30.4,
        "週間" | "週" => 7.0,
        "日" | "日間" => 1.0,
        "営業日" => 1.4,
        "時間" => 1.0 / 24.0,
        "分" => 1.0 / 1440.0,
        "秒" => 1.0 / 86400.0,
        _ => return None,
    })
}

/// The dimension and value of a single quantity, given the words after it.
fn measure(text: &str, q: &Quantity, subject: &BTreeSet<String>) -> Option<(Dim, f64)> {
    let after = &text[after_qualifiers(text, q.range.end)..];
    let changes_after = |s: &str| {
        lexicon::CHANGE_WORDS
            .iter()
            .any(|w| s.starts_with(w) || s.starts_with(&format!("も{w}")))
    };
    let is_rate_subject = subject.iter().any(|s| s.ends_with('率'));
    let days = time_days(&q.unit);
    let frac = match q.unit.as_str() {
        "%" => Some(q.value / 100.0),
        "割" => Some(q.value / 10.0),
        _ => None,
    };
    Some(match (q.unit.as_str(), days, frac) {
        (_, _, Some(f)) => {
            if q.comparison.is_some() {
                (Dim::Change, (f - 1.0).abs())
            } else if changes_after(after) && !is_rate_subject {
                (Dim::Change, f)
            } else if (after.starts_with('に') || after.starts_with("まで")) && !is_rate_subject
            {
                (Dim::Change, (f - 1.0).abs())
            } else {
                (Dim::Level, f)
            }
        }
        ("倍", _, _) => (Dim::Change, (q.value - 1.0).abs()),
        // ゼロに, なくした: the whole of it is gone.
        ("", _, _) => (Dim::Change, 1.0),
        ("円", _, _) => (Dim::Money, q.value),
        (_, Some(d), _) => (Dim::Time, q.value * d),
        ("人", _, _) => (Dim::Count("名".into()), q.value),
        (u, _, _) => (Dim::Count(u.to_string()), q.value),
    })
}

/// 1年半, 3時間半: the quantity module stops before 半.
fn with_half(text: &str, q: &Quantity) -> Quantity {
    let mut q = q.clone();
    if time_days(&q.unit).is_some() && text[q.range.end..].starts_with('半') {
        q.value += 0.5;
        q.range.end += '半'.len_utf8();
    }
    q
}

/// Numbers, salaries and from→to pairs.
fn amounts(text: &str, morphs: &[Morpheme], qs: &[Quantity]) -> Vec<Fact> {
    let qs: Vec<Quantity> = qs.iter().map(|q| with_half(text, q)).collect();
    let mut out = Vec::new();
    let mut used = vec![false; qs.len()];
    let ordered = in_order(&qs);
    for i in 0..qs.len() {
        if used[i] || qs[i].role == Role::Date {
            continue;
        }
        let q = &qs[i];
        let mut span = q.range.clone();
        let mut to: Option<&Quantity> = None;
        if let Some(j) = pair_end(text, &qs, i) {
            to = Some(&qs[j]);
            span.end = qs[j].range.end;
            used[j] = true;
        }
        let sent = &text[sentence(text, &span)];
        let (mut subject, mut label) = subject_of(text, morphs, &qs, ordered, &span);
        // A yen amount in a sentence about pay or about wanting it (「五百万円はほしい」) is a salary.
        if q.unit == "円"
            && to.is_none()
            && (contains_any(sent, lexicon::SALARY_WORDS)
                || contains_any(sent, lexicon::DESIRED_WORDS))
        {
            // The clause decides first: 「現在の年収は380万円で、希望は420万円です」 states both.
            let cl = &text[clause(text, &span)];
            let kind_in = |t: &str| {
                if contains_any(t, lexicon::DESIRED_WORDS) {
                    Some(true)
                } else if contains_any(t, lexicon::CURRENT_WORDS) {
                    Some(false)
                } else {
                    None
                }
            };
            let desired = kind_in(cl).or_else(|| kind_in(sent));
            let monthly = contains_any(sent, lexicon::MONTHLY_WORDS) || q.value < 1_000_000.0;
            let label = format!(
                "{}{}",
                match desired {
                    Some(true) => "希望",
                    Some(false) => "現在の",
                    None => "",
                },
                if monthly { "月給" } else { "年収" }
            );
            out.push(Fact {
                span: with_prefix(text, span),
                subject: BTreeSet::from(["給与".to_string()]),
                label,
                per: None,
                value: Value::Salary {
                    desired,
                    monthly,
                    yen: q.value,
                },
            });
            continue;
        }
        let Some((dim, v)) = measure(text, q, &subject) else {
            continue;
        };
        if dim == Dim::Time
            && q.value * time_days(&q.unit).unwrap_or(0.0) >= 28.0
            && contains_any(&text[clause(text, &span)], lexicon::TENURE_WORDS)
        {
            subject.insert("在籍".to_string());
            // 「前職」「会社」 say nothing about what kind of stay it is.
            if subject
                .iter()
                .all(|k| lexicon::TENURE_NEUTRAL.contains(&k.as_str()))
            {
                label = "在籍期間".to_string();
            } else {
                label.push_str("の年数");
            }
        }
        if subject.is_empty() {
            continue;
        }
        let value = match to {
            Some(t) => {
                let (dim, a, b) = match (&q.unit[..], &t.unit[..]) {
                    ("%" | "割", "%" | "割" | "") => (
                        Dim::Level,
                        frac_of(q),
                        if t.unit.is_empty() { 0.0 } else { frac_of(t) },
                    ),
                    _ => (
                        dim,
                        v,
                        measure(text, t, &subject)
                            .filter(|_| !t.unit.is_empty())
                            .map_or(0.0, |(_, w)| w),
                    ),
                };
                Value::Pair(dim, a, b)
            }
            None => Value::Single(dim, v),
        };
        out.push(Fact {
            span: with_prefix(text, span),
            subject,
            label,
            per: q.per.clone().or_else(|| to.and_then(|t| t.per.clone())),
            value,
        });
    }
    out
}

fn frac_of(q: &Quantity) -> f64 {
    match q.unit.as_str() {
        "割" => q.value / 10.0,
        _ => q.value / 100.0,
    }
}

/// The "to" end of a change that starts at `qs[i]`, if any: 「8件から1件に」, 「7%→3%」, and the
/// relative-clause form 「月8件あった入力ミスを1件にした」「25分かかっていた待ち時間を10分まで」.
fn pair_end(text: &str, qs: &[Quantity], i: usize) -> Option<usize> {
    let q = &qs[i];
    let j = i + 1;
    let n = qs.get(j)?;
    if n.role == Role::Date || sentence(text, &q.range).end < n.range.end {
        return None;
    }
    let same_unit = n.unit == q.unit
        || n.unit.is_empty()
        || (matches!(&q.unit[..], "%" | "割") && matches!(&n.unit[..], "%" | "割"));
    if !same_unit {
        return None;
    }
    if q.context.from || n.context.to {
        return Some(j);
    }
    let after = &text[after_qualifiers(text, q.range.end)..];
    let relative = [
        "あった",
        "かかっていた",
        "かかった",
        "だった",
        "あり",
        "かかり",
    ]
    .iter()
    .any(|w| after.starts_with(w));
    (relative && (n.context.target || n.context.change_word)).then_some(j)
}

/// The topics of a reason-like text (one fact for the whole text), if it is one.
fn reason(text: &str, morphs: &[Morpheme]) -> Option<Fact> {
    let reason_like = contains_any(text, lexicon::REASON_MARKERS)
        || morphs
            .iter()
            .any(|m| m.surface == "から" && m.pos1 == "接続助詞")
        || morphs.iter().any(|m| m.surface == "ので");
    if !reason_like {
        return None;
    }
    let mut topics = BTreeSet::new();
    let mut first: Option<usize> = None;
    for (topic, words) in lexicon::TOPICS {
        for w in *words {
            if let Some(at) = text.find(w) {
                topics.insert(*topic);
                first = Some(first.map_or(at, |f: usize| f.min(at)));
            }
        }
    }
    let at = first?;
    Some(Fact {
        span: sentence(text, &(at..at)),
        subject: BTreeSet::from(["理由".to_string()]),
        label: "理由".to_string(),
        per: None,
        value: Value::Reason(topics),
    })
}
