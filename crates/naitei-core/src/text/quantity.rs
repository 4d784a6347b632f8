//! Quantity extraction: Arabic (after width folding) and kanji numerals, multipliers (万, 億),
//! units, and the words that carry a number by themselves (半減, 倍増, ゼロ, なくす).
//!
//! This module finds quantities and the local context around them (from→to, per-unit, "Qの…");
//! whether a quantity measures an outcome is decided by the line analysis, which knows the
//! clause and its predicate.

use std::ops::Range;

use serde::Serialize;

use super::morph::{Morpheme, Pos};

/// What a quantity is in its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Measures the result of the seeker's action (削減, 短縮, 達成 …).
    Outcome,
    /// Size or context only (20名の部署, 約80社を担当, 月間300件を処理).
    Scale,
    /// A calendar date (2016年4月, 令和2年).
    Date,
    /// A length of time that is not a result (8年間, 3か月).
    Period,
}

/// Time units: a quantity in one of these is a period unless it measures an outcome.
const PERIOD_UNITS: &[&str] = &[
    "年間",
    "年",
    "か月",
    "週間",
    "日間",
    "営業日",
    "日",
    "時間",
    "分",
    "秒",
];

/// Units, longest first. Variants of the same unit are folded to the first spelling of the
/// `UNIT_ALIASES` table.
const UNITS: &[&str] = &[
    "パーセント",
    "ポイント",
    "営業日",
    "か月",
    "ヶ月",
    "カ月",
    "ヵ月",
    "ケ月",
    "箇月",
    "週間",
    "日間",
    "年間",
    "時間",
    "店舗",
    "拠点",
    "段階",
    "回転",
    "箇所",
    "か所",
    "カ所",
    "ヶ所",
    "人日",
    "人月",
    "%",
    "割",
    "分",
    "秒",
    "日",
    "週",
    "年",
    "月",
    "件",
    "名",
    "人",
    "社",
    "倍",
    "枚",
    "台",
    "個",
    "回",
    "点",
    "pt",
    "位",
    "円",
    "店",
    "本",
    "冊",
    "行",
    "通",
    "棟",
    "部",
    "歳",
    "期",
    "kg",
    "km/L",
    "km",
    "t",
    "GB",
    "MB",
    "h",
];

const UNIT_ALIASES: &[(&str, &str)] = &[
    ("ヶ月", "か月"),
    ("カ月", "か月"),
    ("ヵ月", "か月"),
    ("ケ月", "か月"),
    ("箇月", "か月"),
    ("パーセント", "%"),
    ("pt", "ポイント"),
    ("か所", "箇所"),
    ("カ所", "箇所"),
    ("ヶ所", "箇所"),
    ("h", "時間"),
];

/// Prefixes that state a comparison: the number is a measured change by construction.
pub const COMPARISON_PREFIXES: &[&str] = &[
    "前年同期比",
    "前年同月比",
    "前年比",
    "前期比",
    "昨対比",
    "昨対",
    "計画比",
    "目標比",
    "予算比",
    "対前年",
];

/// Prefixes that make a number a rate per period (月8件, 年間120万円).
const PER_PREFIXES: &[(&str, &str)] = &[
    ("年間", "年"),
    ("月間", "月"),
    ("毎月", "月"),
    ("月に", "月"),
    ("月", "月"),
    ("週に", "週"),
    ("毎週", "週"),
    ("週", "週"),
    ("日に", "日"),
    ("1日", "日"),
    ("毎日", "日"),
    ("年に", "年"),
];

/// One quantity found in a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// Byte range in the analysed (normalized) text.
    #[serde(skip)]
    pub range: Range<usize>,
    pub text: String,
    pub value: f64,
    pub unit: String,
    pub role: Role,
    /// Rate basis: 月, 年, 週, 日 (月8件) or 件 for a per-item figure (1件あたり60分).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// Comparison base (前年比 …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comparison: Option<String>,
    #[serde(skip)]
    pub context: Context,
}

/// Local context of a quantity, used to decide its role.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    /// A calendar date (year, month, day of month).
    pub date: bool,
    /// A time unit.
    pub period: bool,
    /// Followed by から / より (the "from" side of a change).
    pub from: bool,
    /// Preceded by a from-side quantity or an arrow (the "to" side of a change).
    pub to: bool,
    /// Followed by あたり / 当たり / につき: a denominator, never a result by itself.
    pub denominator: bool,
    /// Followed by の + a noun ("10名のチーム"): an attribute of the noun.
    pub attributive: bool,
    /// The word itself states a change (半減, 倍増, ゼロ, なくす).
    pub change_word: bool,
    /// Followed by に/へ/まで + a change-of-state verb (30分にした, 5件まで減らした).
    pub target: bool,
}

fn kanji_digit(c: char) -> Option<u64> {
    super::number::kanji_digit(c).map(u64::from)
}

fn kanji_small_unit(c: char) -> Option<u64> {
    super::number::kanji_small_unit(c).map(u64::from)
}

fn kanji_big_unit(c: char) -> Option<f64> {
    Some(match c {
        '万' => 1e4,
        '億' => 1e8,
        '兆' => 1e12,
        _ => return None,
    })
}

struct Scanner<'a> {
    text: &'a str,
    morphs: &'a [Morpheme],
}

impl Scanner<'_> {
    fn morph_at(&self, byte: usize) -> Option<&Morpheme> {
        let i = self.morphs.partition_point(|m| m.range.end <= byte);
        self.morphs.get(i).filter(|m| m.range.start <= byte)
    }
    fn is_boundary(&self, byte: usize) -> bool {
        // Starts and ends of the morphemes are both in order: one binary search each.
        let starts_here = || {
            let i = self.morphs.partition_point(|m| m.range.start < byte);
            self.morphs.get(i).is_some_and(|m| m.range.start == byte)
        };
        let ends_here = || {
            let i = self.morphs.partition_point(|m| m.range.end < byte);
            self.morphs.get(i).is_some_and(|m| m.range.end == byte)
        };
        byte == self.text.len() || self.morphs.is_empty() || starts_here() || ends_here()
    }
}

/// Reads an Arabic number (with thousands separators and decimals) at `i`; returns (value, end).
fn read_arabic(text: &str, i: usize) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    if !b.get(i)?.is_ascii_digit() {
        return None;
    }
    let mut j = i;
    let mut digits = String::new();
    while j < b.len() {
        let c = b[j];
        if c.is_ascii_digit() {
            digits.push(c as char);
            j += 1;
        } else if c == b','
            && j + 3 < b.len() + 1
            && b.get(j + 1..j + 4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && b.get(j + 4).is_none_or(|d| !d.is_ascii_digit())
        {
            j += 1;
        } else if c == b'.' && b.get(j + 1).is_some_and(u8::is_ascii_digit) && !digits.contains('.')
        {
            digits.push('.');
            j += 1;
        } else {
            break;
        }
    }
    digits.parse().ok().map(|v| (v, j))
}

/// Reads a number at `i` (Arabic or kanji digits, with 十百千 and 万億兆 grouping, mixed as in
/// 1億2千万 or 120万): (value, end).
fn read_number(sc: &Scanner<'_>, i: usize) -> Option<(f64, usize)> {
    let text = sc.text;
    let first = text[i..].chars().next()?;
    if !first.is_ascii_digit() {
        if !(kanji_digit(first).is_some() || kanji_small_unit(first).is_some()) {
            return None;
        }
        // Only a numeral where the dictionary says so: 一覧, 一本化, 一人前 are words. A lone
        // 〇 or 零 before a unit (〇%, 〇件) is zero even where the dictionary reads 〇 as a mark.
        let m = sc.morph_at(i)?;
        let zero_before_unit = matches!(first, '〇' | '零')
            && text[i + first.len_utf8()..]
                .starts_with(|c: char| "%件回人名円時分日月年個台社点倍割".contains(c));
        if !zero_before_unit && (!m.is_number() || m.range.start != i) {
            return None;
        }
    }
    let mut total = 0f64;
    let mut section = 0f64;
    let mut digit: Option<f64> = None;
    let mut end = i;
    let mut saw_any = false;
    while end < text.len() {
        let c = text[end..].chars().next().expect("in bounds");
        if c.is_ascii_digit() {
            if digit.is_some() {
                break;
            }
            let (v, e) = read_arabic(text, end)?;
            digit = Some(v);
            end = e;
        } else if let Some(d) = kanji_digit(c) {
            digit = Some(digit.unwrap_or(0.0) * 10.0 + d as f64);
            end += c.len_utf8();
        } else if let Some(u) = kanji_small_unit(c) {
            section += digit.take().unwrap_or(1.0) * u as f64;
            end += c.len_utf8();
        } else if let Some(u) = kanji_big_unit(c) {
            if !saw_any && digit.is_none() && section == 0.0 {
                break;
            }
            let group = section + digit.take().unwrap_or(0.0);
            total += if group == 0.0 { 1.0 } else { group } * u;
            section = 0.0;
            end += c.len_utf8();
        } else {
            break;
        }
        saw_any = true;
    }
    if !saw_any {
        return None;
    }
    Some((total + section + digit.unwrap_or(0.0), end))
}

fn fold_unit(unit: &str) -> &str {
    UNIT_ALIASES
        .iter()
        .find(|(a, _)| *a == unit)
        .map_or(unit, |(_, b)| b)
}

fn ends_with_any<'a>(s: &str, list: &[&'a str]) -> Option<&'a str> {
    list.iter().copied().find(|p| s.ends_with(p))
}

/// Extracts quantities from `text`, given its morphemes (ranges in `text`). Roles are a first
/// guess from local context (dates and periods, otherwise scale); [`crate::analysis`] refines them.
pub fn extract(text: &str, morphs: &[Morpheme]) -> Vec<Quantity> {
    let sc = Scanner { text, morphs };
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    // The index of the first morpheme that ends after `i` ([`Scanner::morph_at`] as a cursor:
    // `i` only grows, and a binary search per character cost a fifth of the scan).
    let mut k = 0;
    while i < text.len() {
        let c = text[i..].chars().next().expect("in bounds");
        if let Some(q) = number_quantity(&sc, i, &out) {
            i = q.range.end;
            out.push(q);
            continue;
        }
        if let Some(q) = few_quantity(&sc, i, &out) {
            i = q.range.end;
            out.push(q);
            continue;
        }
        while morphs.get(k).is_some_and(|m| m.range.end <= i) {
            k += 1;
        }
        let word = morphs.get(k).filter(|m| m.range.start == i);
        if let Some(q) = word_quantity(&sc, i, word) {
            i = q.range.end;
            out.push(q);
            continue;
        }
        i += c.len_utf8();
    }
    out
}

fn number_quantity(sc: &Scanner<'_>, i: usize, found: &[Quantity]) -> Option<Quantity> {
    let text = sc.text;
    // Not in the middle of a number or a word made of letters (ISO9001, Windows11).
    if let Some(prev) = text[..i].chars().next_back()
        && (prev.is_ascii_alphanumeric() || prev == '.' || prev == ',')
    {
        return None;
    }
    // The number first: most positions hold none, and the era test is not needed then.
    let (value, num_end) = read_number(sc, i)?;
    // 年号: 令和2年, R2.4 — handled as a date.
    let before = &text[..i];
    let era = super::date::Era::ending(before).map(|e| e.name);
    let rest = &text[num_end..];
    // Dates written with separators: 2016/4, 2016.04, 2016-4-1, R2.4.
    let is_year = (1900.0..=2100.0).contains(&value) && value.fract() == 0.0;
    if (is_year || era.is_some())
        && rest.starts_with(['/', '.', '-'])
        && rest[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        let mut end = num_end + 1;
        while end < text.len() {
            let b = text.as_bytes()[end];
            if b.is_ascii_digit()
                || ((b == b'/' || b == b'.' || b == b'-')
                    && text.as_bytes().get(end + 1).is_some_and(u8::is_ascii_digit))
            {
                end += 1;
            } else {
                break;
            }
        }
        let start = era.map_or(i, |e| i - e.len());
        return Some(make(
            text,
            start..end,
            value,
            "年",
            Role::Date,
            Context {
                date: true,
                ..Default::default()
            },
        ));
    }
    let Some(unit) = UNITS.iter().copied().find(|u| rest.starts_with(u)) else {
        return rating(sc, i, value, num_end, found);
    };
    let mut end = num_end + unit.len();
    // Fractions: 3分の1, 三分の一 (a ratio, not minutes).
    if unit == "分" && text[end..].starts_with('の') {
        let after_no = end + 'の'.len_utf8();
        if let Some((numerator, e)) = read_number(sc, after_no).filter(|_| value > 0.0) {
            let mut q = make(
                text,
                i..e,
                numerator / value,
                "倍",
                Role::Scale,
                Context::default(),
            );
            annotate(sc, &mut q, found);
            return Some(q);
        }
    }
    // The unit must end at a word boundary: 一人前, 一本化 and 3部作 are not quantities.
    let next = text[end..].chars().next();
    let wordlike = |c: char| !c.is_ascii() && c.is_alphanumeric();
    if (unit.chars().all(wordlike) && next.is_some_and(wordlike) && !sc.is_boundary(end))
        || text[end..].starts_with('化')
    {
        return None;
    }
    // 年 + 間 / 日 + 間 read as one unit.
    let unit = fold_unit(unit);
    let mut ctx = Context::default();
    let mut start = i;
    if let Some(e) = era {
        start = i - e.len();
    }
    let mut role = Role::Scale;
    match unit {
        "年" if era.is_some() || is_year || text[end..].starts_with(['度']) => {
            ctx.date = true;
            role = Role::Date;
            if text[end..].starts_with('度') {
                end += '度'.len_utf8();
            }
        }
        "月" if (1.0..=12.0).contains(&value) => {
            ctx.date = true;
            role = Role::Date;
        }
        "日" if found
            .last()
            .is_some_and(|q| q.context.date && q.range.end == i) =>
        {
            ctx.date = true;
            role = Role::Date;
        }
        _ => {}
    }
    if role != Role::Date && PERIOD_UNITS.contains(&unit) {
        ctx.period = true;
        role = Role::Period;
    }
    let mut q = make(text, start..end, value, unit, role, ctx);
    annotate(sc, &mut q, found);
    Some(q)
}

/// Words after a rating noun that make a bare number a score: 満足度4.7, 評価の5, ★4.5.
const RATING_NOUNS: &[&str] = &[
    "満足度",
    "評価",
    "スコア",
    "平均点",
    "点数",
    "★",
    "☆",
    "星",
    "レビュー",
];

/// A number with no unit that is a rating: after a rating noun (満足度4.7, 最高評価の5) or
/// before its scale (4.7(5点満点), 4.5/5). Unit 点.
fn rating(
    sc: &Scanner<'_>,
    i: usize,
    value: f64,
    num_end: usize,
    found: &[Quantity],
) -> Option<Quantity> {
    let text = sc.text;
    let before = text[..i].trim_end_matches([' ', 'の', 'は', 'が', ':', '：']);
    let after = &text[num_end..];
    let scale_after = after.starts_with("(")
        && after[1..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
        && (after.contains("点満点") || after.contains("段階"))
        || (after.starts_with('/') && after[1..].starts_with(|c: char| c.is_ascii_digit()));
    // The rating noun may stand a little before: 満足度が5段階で4.2から4.6に.
    let near: String = {
        // The last 15 characters (not a copy of everything before: that is quadratic).
        let mut chars: Vec<char> = before.chars().rev().take(15).collect();
        chars.reverse();
        chars.into_iter().collect()
    };
    if !(scale_after
        || RATING_NOUNS.iter().any(|n| before.ends_with(n))
        || (RATING_NOUNS.iter().any(|n| near.contains(n)) && near.contains("段階")))
    {
        return None;
    }
    let mut q = make(
        text,
        i..num_end,
        value,
        "点",
        Role::Scale,
        Context::default(),
    );
    annotate(sc, &mut q, found);
    Some(q)
}

/// 数秒, 数分, 数日: a few of a time unit (value 3, an order of magnitude).
fn few_quantity(sc: &Scanner<'_>, i: usize, found: &[Quantity]) -> Option<Quantity> {
    let rest = sc.text[i..].strip_prefix('数')?;
    let unit = ["秒", "分", "時間", "日"]
        .into_iter()
        .find(|u| rest.starts_with(u))?;
    let end = i + '数'.len_utf8() + unit.len();
    let ctx = Context {
        period: true,
        ..Default::default()
    };
    let mut q = make(sc.text, i..end, 3.0, unit, Role::Period, ctx);
    annotate(sc, &mut q, found);
    Some(q)
}

/// A quantity told by a word (黒字化, 半減, ゼロ) at `i`; `word` is the morpheme that starts there.
fn word_quantity(sc: &Scanner<'_>, i: usize, word: Option<&Morpheme>) -> Option<Quantity> {
    // 赤字から黒字化 / 黒字に転換: a change of sign, measured by the word itself.
    if let Some(rest) = sc.text[i..].strip_prefix("黒字")
        && [
            "化",
            "転換",
            "に転換",
            "へ転換",
            "を達成",
            "に回復",
            "へ回復",
            "になった",
            "に改善",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
    {
        let end = i + "黒字".len();
        let ctx = Context {
            change_word: true,
            ..Default::default()
        };
        return Some(make(sc.text, i..end, 0.0, "", Role::Scale, ctx));
    }
    let m = word?;
    let (value, unit) = match m.base.as_str() {
        "半減" => (0.5, "倍"),
        "倍増" => (2.0, "倍"),
        "半分" => (0.5, "倍"),
        "ゼロ" | "皆無" | "撲滅" | "なくす" | "無くす" => (0.0, ""),
        "半日" => (0.5, "日"),
        "半年" => (0.5, "年"),
        _ => return None,
    };
    let mut end = m.range.end;
    let mut unit = unit.to_string();
    // ゼロ件, ゼロ化
    if m.base == "ゼロ"
        && let Some(u) = UNITS.iter().find(|u| sc.text[end..].starts_with(*u))
    {
        unit = fold_unit(u).to_string();
        end += u.len();
    }
    let mut ctx = Context {
        change_word: !matches!(m.base.as_str(), "半日" | "半年" | "半分"),
        ..Default::default()
    };
    if unit == "日" || unit == "年" {
        ctx.period = true;
    }
    let role = if ctx.period {
        Role::Period
    } else {
        Role::Scale
    };
    let mut q = make(sc.text, i..end, value, &unit, role, ctx);
    annotate(sc, &mut q, &[]);
    Some(q)
}

fn make(
    text: &str,
    range: Range<usize>,
    value: f64,
    unit: &str,
    role: Role,
    context: Context,
) -> Quantity {
    Quantity {
        text: text[range.clone()].to_string(),
        range,
        value,
        unit: unit.to_string(),
        role,
        per: None,
        comparison: None,
        context,
    }
}

/// Fills in the context around a quantity: prefixes (約, 月, 前年比) and what follows.
fn annotate(sc: &Scanner<'_>, q: &mut Quantity, found: &[Quantity]) {
    let text = sc.text;
    let mut before =
        text[..q.range.start].trim_end_matches(['約', '計', '合', '各', '最', '大', '小', ' ']);
    // ▲0.8pt, △3,200万円: a signed difference (▲ and △ are the minus sign of Japanese
    // accounts), a measured change by construction.
    if let Some(b) = before.strip_suffix(['▲', '△', '▼']) {
        q.value = -q.value;
        q.context.change_word = true;
        before = b.trim_end_matches(['約', ' ']);
    } else if let Some(b) = before.strip_suffix(['+', '＋']) {
        q.context.change_word = true;
        before = b;
    }
    // 約 may stand before 月: "月約8件".
    if let Some(p) = ends_with_any(before, COMPARISON_PREFIXES) {
        q.comparison = Some(p.to_string());
        before = &before[..before.len() - p.len()];
    }
    let before = before.trim_end_matches(['で', ' ']);
    if let Some((p, per)) = PER_PREFIXES.iter().find(|(p, _)| before.ends_with(p)) {
        // "4月" at the end of a date is not a rate prefix: 2016年4月20件 is unusual enough.
        if !(p.starts_with('月')
            && before[..before.len() - p.len()].ends_with(|c: char| c.is_ascii_digit()))
        {
            q.per = Some((*per).to_string());
        }
    }
    let after = &text[q.range.end..];
    let after_trim = after.trim_start_matches([
        'ほ', 'ど', '程', '度', '弱', '強', '超', '以', '上', '下', '前', '後', '余', 'り', ' ',
        ')', '）',
    ]);
    if after_trim.starts_with("あたり")
        || after_trim.starts_with("当たり")
        || after_trim.starts_with("につき")
        || after_trim.starts_with("当り")
    {
        q.context.denominator = true;
        q.per = Some(q.unit.clone());
    }
    if after_trim.starts_with("から")
        || after_trim.starts_with("より")
        || after_trim.starts_with('→')
        || after_trim.starts_with("->")
    {
        q.context.from = true;
    }
    if let Some(prev) = found.last() {
        let between = &text[prev.range.end..q.range.start];
        let between = between
            .trim_matches([' ', '約'])
            .trim_start_matches(['以', '上', '超', '弱', '強', '程', '度', 'ほ', 'ど']);
        let connective = ["から", "より", "→", "->", "から約", "から月", "から年間"]
            .iter()
            .any(|c| between.starts_with(c) && between.len() <= c.len() + 9);
        if prev.context.from && connective {
            q.context.to = true;
        }
    }
    // 1時間早く, 2週間前倒し, 3割少なく: the number is the size of a change.
    if ["早く", "短く", "少なく", "前倒し", "早め", "早ま"]
        .iter()
        .any(|w| after_trim.starts_with(w))
    {
        q.context.change_word = true;
    }
    if after_trim.starts_with('の') {
        q.context.attributive = true;
    }
    // 5点満点, 5段階: the scale of a rating, not a measure.
    if after_trim.starts_with("満点") || q.unit == "段階" {
        q.context.denominator = true;
    }
    // 数秒で済む, 10分で完了する: the new duration of a process, a result.
    if let Some(rest) = after_trim.strip_prefix('で')
        && ["済", "でき", "完了", "終わ", "終え", "完結", "対応でき"]
            .iter()
            .any(|w| rest.starts_with(w))
        && q.context.period
    {
        q.context.change_word = true;
    }
    for marker in ["に", "へ", "まで", "と"] {
        if let Some(rest) = after_trim.strip_prefix(marker) {
            let next = sc.morph_at(text.len() - rest.len());
            if next.is_some_and(|m| m.pos == Pos::Verb || m.is_sahen_noun()) {
                q.context.target = true;
            }
        }
    }
}

/// Every number written in `text` (Arabic after width folding, kanji numerals where the
/// dictionary reads them as numbers), with its value, in order. Used to check that a composed
/// line carries no number the seeker did not give.
pub fn numbers(text: &str) -> Vec<f64> {
    let norm = super::normalize::Normalized::new(text);
    let text = norm.text.as_str();
    let morphs = super::morph::analyze(text);
    let sc = Scanner {
        text,
        morphs: &morphs,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if let Some((v, end)) = read_number(&sc, i) {
            out.push(v);
            i = end.max(i + 1);
            continue;
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::morph::analyze;
    use crate::text::normalize::Normalized;

    fn qs(s: &str) -> Vec<Quantity> {
        let n = Normalized::new(s).text;
        let m = analyze(&n);
        extract(&n, &m)
    }

    fn values(s: &str) -> Vec<(f64, String)> {
        qs(s).into_iter().map(|q| (q.value, q.unit)).collect()
    }

    #[test]
    fn kanji_numbers() {
        for (text, v) in [
            ("二百万円", 2_000_000.0),
            ("一万二千円", 12_000.0),
            ("三十五件", 35.0),
            ("二〇二四年", 2024.0),
            ("〇%", 0.0),
            ("〇件", 0.0),
            ("十件", 10.0),
            ("千五百円", 1500.0),
        ] {
            assert_eq!(values(text).first().map(|x| x.0), Some(v), "{text}");
        }
        assert_eq!(numbers("ミスを一%から〇%に"), vec![1.0, 0.0]);
    }

    #[test]
    fn units_and_widths() {
        let cases: &[(&str, f64, &str)] = &[
            ("作業時間を三割削減", 3.0, "割"),
            ("資材費を二百万円削減", 2_000_000.0, "円"),
            ("1.5倍に伸ばした", 1.5, "倍"),
            ("１２０％を達成", 120.0, "%"),
            ("年間120万円を削減", 1_200_000.0, "円"),
            ("1,200件を処理", 1200.0, "件"),
            ("3ヶ月で", 3.0, "か月"),
            ("15ポイント改善", 15.0, "ポイント"),
            ("5営業日に短縮", 5.0, "営業日"),
            ("売上を1億2千万円に", 120_000_000.0, "円"),
        ];
        for (text, v, u) in cases {
            let got = values(text);
            assert!(
                got.iter().any(|(gv, gu)| (gv - v).abs() < 1e-6 && gu == u),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn words_that_are_not_quantities() {
        for text in [
            "一覧で確認できる管理表",
            "管理表を一本化し",
            "一人前になりたい",
            "二重入力",
            "一次面接",
            "ISO9001を取得",
            "Windows11に移行",
        ] {
            assert!(qs(text).is_empty(), "{text}: {:?}", qs(text));
        }
    }

    #[test]
    fn change_words() {
        let q = qs("工数を半減させた");
        assert_eq!(
            (q[0].value, q[0].unit.as_str(), q[0].context.change_word),
            (0.5, "倍", true)
        );
        let q = qs("ミスをゼロ件にした");
        assert_eq!((q[0].value, q[0].unit.as_str()), (0.0, "件"));
        assert!(qs("発行漏れをなくした")[0].context.change_word);
    }

    #[test]
    fn dates_and_periods() {
        let q = qs("2016年4月入社");
        assert!(q.iter().all(|q| q.role == Role::Date), "{q:?}");
        let q = qs("令和2年10月から");
        assert_eq!(q[0].role, Role::Date);
        assert_eq!(q[0].text, "令和2年");
        let q = qs("2019/04〜2021/03");
        assert_eq!(q.len(), 2);
        assert!(q.iter().all(|q| q.role == Role::Date));
        let q = qs("前職には8年間勤めました");
        assert_eq!(q[0].role, Role::Period);
        let q = qs("4月から9月まで");
        assert!(q.iter().all(|q| q.role == Role::Date));
    }

    #[test]
    fn context_from_to_and_rates() {
        let q = qs("対応漏れを月8件から1件に減らした");
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].per.as_deref(), Some("月"));
        assert!(q[0].context.from);
        assert!(q[1].context.to && q[1].context.target);
        let q = qs("ミス率を7%→3%に改善");
        assert!(q[0].context.from && q[1].context.to);
        let q = qs("1件あたりの作成時間を60分から20分に短縮した");
        assert!(q[0].context.denominator);
        assert!(q[1].context.from && q[2].context.to);
        let q = qs("10名のチームで");
        assert!(q[0].context.attributive);
        let q = qs("是正指摘を３分の１に減らした");
        assert_eq!((q.len(), q[0].unit.as_str()), (1, "倍"));
        assert!((q[0].value - 1.0 / 3.0).abs() < 1e-9);
        assert!((qs("三分の一に")[0].value - 1.0 / 3.0).abs() < 1e-9);
        assert!(qs("閉店作業を1時間早く終えた")[0].context.change_word);
        let q = qs("売上を前年比120%に伸ばした");
        assert_eq!(q[0].comparison.as_deref(), Some("前年比"));
        assert!(q[0].context.target);
    }
}
