//! Pass 1: each line classified once — its kind (heading, bullet, table row, `key：value`,
//! prose), its heading style, indentation, a leading label (【成果】, 概要：) or result arrow
//! (→), and the byte range of its content. Then morphemes and sentences per line, once.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::vocab::{
    BARE_HEADING_SLACK_CHARS, COMPANY_MARKERS, EPISODE_KEYS, EpisodePart, IN_JOB_LABELS, INFO_KEYS,
    SECTION_NAMES, STRONG_SECTION_NAMES, WEAK_COMPANY_MARKERS,
};
use super::{LineKind, SectionKind};

static BULLET_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[・•\-\*\+◦▪▫※✓✔]|[●○◎◇◆▶▷★☆■□](?:\s|$)|[①-⑳]|\d{1,2}[.)](?:\s|$)|\(\d{1,2}\)|[a-zA-Z][.)]\s)\s*").expect("valid regex")
});
static HEADING_MARK_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([■□◆◇▼▽▶▷★☆●○◎])\s*(.+?)\s*$").expect("valid regex"));
/// The characters [`HEADING_MARK_RE`] can start with.
const HEADING_MARKS: [char; 13] = [
    '■', '□', '◆', '◇', '▼', '▽', '▶', '▷', '★', '☆', '●', '○', '◎',
];
/// The marks [`BULLET_RE`] can start with, besides digits (`\d`: any numeric character here),
/// Latin letters and `(`.
const BULLET_MARKS: &[char] = &[
    '・', '•', '-', '*', '+', '◦', '▪', '▫', '※', '✓', '✔', '●', '○', '◎', '◇', '◆', '▶', '▷', '★',
    '☆', '■', '□', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪', '⑫', '⑬', '⑭', '⑮', '⑯',
    '⑰', '⑱', '⑲', '⑳',
];
/// A result written under its action: 「→月40時間削減」, 「⇒」, 「└」.
static ARROW_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:→|⇒|➡|⇨|->|=>|└|┗)\s*").expect("valid regex"));

/// How a heading is marked, so that a section change inside 職務経歴 can require the
/// section's own level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HeadingStyle {
    #[default]
    None,
    /// `#` × level.
    Hash(u8),
    /// ■ □.
    Square,
    /// 【…】 and the other brackets.
    Bracket,
    /// ◆ ● ▼ ★ and similar lighter marks.
    Mark,
    /// A bare line naming a section.
    Bare,
}

pub struct Classified {
    pub kind: LineKind,
    pub level: u8,
    pub style: HeadingStyle,
    /// Offset of the content within the line (bytes) and its length.
    pub content: Range<usize>,
    /// The label before the content (【成果】, 成果：), offsets within the line.
    pub label: Option<Range<usize>>,
    pub arrow: bool,
    /// Leading whitespace, in columns (a full-width space counts 2).
    pub indent: usize,
}

impl Classified {
    fn new(kind: LineKind, content: Range<usize>) -> Classified {
        Classified {
            kind,
            level: 0,
            style: HeadingStyle::None,
            content,
            label: None,
            arrow: false,
            indent: 0,
        }
    }
}

/// Section of a heading title (substring match, in the order of [`SECTION_NAMES`]).
pub fn section_kind(title: &str) -> Option<SectionKind> {
    let t = if title.contains([' ', '　']) {
        std::borrow::Cow::Owned(title.replace([' ', '　'], ""))
    } else {
        std::borrow::Cow::Borrowed(title)
    };
    // Every name found in one pass; the first group of SECTION_NAMES with a name found wins.
    SECTION_NAME_MATCHER
        .0
        .find_overlapping_iter(t.as_ref())
        .map(|m| SECTION_NAME_MATCHER.1[m.pattern().as_usize()])
        .min()
        .map(|g| SECTION_NAMES[g].0)
}

/// All section names in one automaton, with the index in [`SECTION_NAMES`] of each name's group.
static SECTION_NAME_MATCHER: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let (names, groups): (Vec<&str>, Vec<usize>) = SECTION_NAMES
        .iter()
        .enumerate()
        .flat_map(|(g, (_, names))| names.iter().map(move |n| (*n, g)))
        .unzip();
    (
        AhoCorasick::new(names).expect("section names form a valid automaton"),
        groups,
    )
});

/// An automaton that tells whether any word of a list occurs in a text: one pass instead of
/// a substring search per word (these lists are tested on every line).
pub(super) fn any_of(words: &[&str]) -> AhoCorasick {
    AhoCorasick::new(words).expect("word lists form a valid automaton")
}

static COMPANY: LazyLock<AhoCorasick> = LazyLock::new(|| any_of(COMPANY_MARKERS));
static WEAK_COMPANY: LazyLock<AhoCorasick> = LazyLock::new(|| any_of(WEAK_COMPANY_MARKERS));
static INFO_KEY: LazyLock<AhoCorasick> = LazyLock::new(|| any_of(INFO_KEYS));

/// A title that is a section name and (almost) nothing else: 「活かせる経験・知識・スキル」,
/// 「保有資格」, 「職務経歴（サマリ）」 — but not 「開発技術習得」 or 「関連知識を活かし」.
pub fn is_full_section_name(title: &str) -> bool {
    if section_kind(title).is_none() || is_job_label(title) {
        return false;
    }
    let mut rest: String = title
        .chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '■' | '□'
                        | '◆'
                        | '◇'
                        | '●'
                        | '○'
                        | '▼'
                        | '▽'
                        | '★'
                        | '☆'
                        | '【'
                        | '】'
                        | '<'
                        | '>'
                        | '*'
                )
        })
        .collect::<String>();
    // Parenthesised qualifiers: 職務経歴（詳細）.
    if let Some(open) = rest.find(['(', '（']) {
        rest.truncate(open);
    }
    for (_, names) in SECTION_NAMES {
        for n in *names {
            rest = rest.replace(n, "");
        }
    }
    rest.retain(|c| {
        !matches!(
            c,
            '・' | '、' | '/' | '／' | 'の' | '及' | 'び' | ':' | '：' | '&' | '＆'
        )
    });
    rest.chars().count() <= BARE_HEADING_SLACK_CHARS
}

/// An in-job label (【担当業務】, 使用技術, プロジェクト概要, 主な成果): one of the labels with at
/// most a few characters around it, and no strong section name (活かせる経験・知識・技術 is a
/// section, not the label 技術).
pub fn is_job_label(title: &str) -> bool {
    let t = title.trim_matches([' ', ':', '：', '　']);
    let n = t.chars().count();
    if has_company(t) || STRONG_SECTION_NAMES.iter().any(|s| t.contains(s)) {
        return false;
    }
    if IN_JOB_LABELS
        .iter()
        .any(|l| t.contains(l) && n <= l.chars().count() + 4)
    {
        return true;
    }
    // A label over achievements qualified by the role or place they were won in
    // (「店長としての主な取り組み」「営業部での実績」「在籍中の主な成果」): still a label of the job,
    // not a title of its own. A bare 「〜の取り組み」 names one achievement and is left to the caller.
    if n <= 24
        && let Some(head) = [
            "主な取り組み",
            "主な実績",
            "主な成果",
            "取り組み",
            "実績",
            "成果",
        ]
        .iter()
        .find_map(|l| t.strip_suffix(l))
        && ["としての", "での", "時代の", "における", "在籍中の"]
            .iter()
            .any(|q| head.ends_with(q))
    {
        return true;
    }
    // Labels joined together: 主な実績・成果, 使用技術／ツール.
    let mut rest = t.to_string();
    let mut found = false;
    for l in IN_JOB_LABELS {
        if rest.contains(l) {
            found = true;
            rest = rest.replace(l, "");
        }
    }
    rest.retain(|c| {
        !matches!(
            c,
            '・' | '、' | '/' | '／' | '&' | '＆' | 'と' | 'の' | '主' | 'な'
        )
    });
    found && rest.chars().count() <= 2
}

/// A legal entity named in the line (株式会社, 医療法人 …), the only employer evidence a
/// bullet line can give.
pub fn has_legal_entity(s: &str) -> bool {
    COMPANY.is_match(s)
}

pub fn has_company(s: &str) -> bool {
    COMPANY.is_match(s)
        || (WEAK_COMPANY.is_match(s) && s.chars().count() <= 40 && !s.contains(['を', '、', '。']))
}

/// Splits `【title】rest`, `[title] rest`.
pub fn bracket_title(s: &str) -> Option<(&str, &str)> {
    // [text](url), <a href>, <https://…>: inline Markdown, not a label.
    if crate::text::inline::starts_with_markup(s) {
        return None;
    }
    for (open, close) in [
        ("【", "】"),
        ("[", "]"),
        ("<", ">"),
        ("〈", "〉"),
        ("《", "》"),
        ("〔", "〕"),
    ] {
        if let Some(rest) = s.strip_prefix(open)
            && let Some(end) = rest.find(close)
        {
            return Some((&rest[..end], rest[end + close.len()..].trim()));
        }
    }
    None
}

/// A date or a period and nothing else (「2024年」「令和3年4月〜令和5年3月」「二〇二二年度」).
fn is_date_only(s: &str) -> bool {
    static DATE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
        let date = r"(?:\d{4}|(?:令和|平成|昭和)(?:\d{1,2}|元))年(?:度|\d{1,2}月(?:\d{1,2}日)?)?";
        Regex::new(&format!(
            r"^\s*{date}(?:\s*[〜~\-ー]\s*(?:{date}|現在)?)?\s*$"
        ))
        .expect("valid regex")
    });
    DATE_ONLY.is_match(&crate::text::date::kanji_dates(s))
}

fn looks_like_title(s: &str) -> bool {
    let n = s.chars().count();
    n <= 40 && !s.contains('。') && !s.ends_with("した") && !s.ends_with("ました")
}

/// The part of an achievement a label announces (【課題】, 成果：).
pub fn episode_part(label: &str) -> Option<EpisodePart> {
    let l = label.trim();
    let short = l.chars().count() <= 6;
    EPISODE_KEYS
        .iter()
        .find(|(k, _)| l.starts_with(k) || (short && l.contains(k)))
        .map(|(_, p)| *p)
}

/// The part a label line above the text announces: only the bare part names of a
/// 【課題】【取り組み】【成果】 layout. 「主な実績」「実績」 head a list of achievements, each its own.
pub fn heading_part(title: &str) -> Option<EpisodePart> {
    let t = title.trim_matches([' ', ':', '：', '　', '【', '】']);
    if t.contains("実績") || t.contains("主な") || t.chars().count() > 5 {
        return None;
    }
    episode_part(t)
}

/// Key of a `key：value` line that holds facts, not work (事業内容：, 使用技術：, 概要：).
pub fn is_info_key(key: &str) -> bool {
    let key = key.trim();
    key.chars().count() <= 10 && INFO_KEY.is_match(key) && episode_part(key).is_none()
}

fn indent_of(line: &str) -> usize {
    line.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '　' { 2 } else { 1 })
        .sum()
}

pub fn classify_line(line: &str) -> Classified {
    let trimmed_start = line.len() - line.trim_start().len();
    let t = line.trim();
    let whole = trimmed_start..trimmed_start + t.len();
    let at = |sub: &str| -> Range<usize> {
        // `sub` is a subslice of `line`.
        let start = sub.as_ptr() as usize - line.as_ptr() as usize;
        start..start + sub.len()
    };
    let indent = indent_of(line);
    let mut c = classify_trimmed(t, whole, &at);
    c.indent = indent;
    c
}

fn classify_trimmed(t: &str, whole: Range<usize>, at: &dyn Fn(&str) -> Range<usize>) -> Classified {
    if t.is_empty() {
        return Classified::new(LineKind::Blank, 0..0);
    }
    if t.starts_with('|') || (t.contains('|') && t.ends_with('|')) || t.matches('|').count() >= 2 {
        let inner = t.trim_matches('|');
        if inner.chars().all(|c| matches!(c, '-' | ':' | '|' | ' ')) {
            return Classified::new(LineKind::Rule, 0..0);
        }
        return Classified::new(LineKind::TableRow, at(inner.trim()));
    }
    if t.len() >= 3
        && (t.chars().all(|c| c == '-')
            || t.chars().all(|c| c == '=')
            || t.chars().all(|c| c == '*')
            || t.chars().all(|c| c == '_')
            || t.chars().all(|c| c == '─' || c == '━'))
    {
        return Classified::new(LineKind::Rule, 0..0);
    }
    // **株式会社A**（2015年4月〜）: bold text is emphasis, not a bullet.
    if let Some(inner) = t.strip_prefix("**")
        && inner.contains("**")
    {
        let inner = inner.trim();
        if inner.ends_with("**") && !inner[..inner.len() - 2].contains("**") {
            let title = inner.trim_end_matches('*').trim();
            if looks_like_title(title) {
                let mut c = Classified::new(LineKind::Heading, at(title));
                c.level = 3;
                c.style = HeadingStyle::Mark;
                return c;
            }
        }
        return Classified::new(LineKind::Text, at(inner));
    }
    let hashes = t.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
        let title = t[hashes..].trim();
        let title = bracket_title(title)
            .filter(|(_, r)| r.is_empty())
            .map_or(title, |(x, _)| x);
        let mut c = Classified::new(LineKind::Heading, at(title));
        c.level = hashes as u8;
        c.style = HeadingStyle::Hash(hashes as u8);
        return c;
    }
    // The regexes are anchored at the first character: most lines start with none of their
    // marks and skip them (a regex search costs more than the test).
    if t.starts_with(['→', '⇒', '➡', '⇨', '└', '┗', '-', '='])
        && let Some(m) = ARROW_RE.find(t)
        && m.end() < t.len()
    {
        let mut c = Classified::new(LineKind::Bullet, at(&t[m.end()..]));
        c.arrow = true;
        return c;
    }
    if let Some((title, rest)) = bracket_title(t) {
        if rest.is_empty()
            || looks_like_title(rest)
                && section_kind(title).is_some()
                && rest.chars().count() < 25
                && is_full_section_name(title)
        {
            let mut c = Classified::new(LineKind::Heading, at(title.trim()));
            c.level = 2;
            c.style = HeadingStyle::Bracket;
            return c;
        }
        // 【2024年】出荷ミスの削減, 【2021年4月〜2023年3月】基幹システム刷新: a heading dated by its
        // bracket (a dated achievement or project inside the employer), not a line labelled 2024年.
        if !rest.is_empty() && looks_like_title(rest) && is_date_only(title) {
            let mut c = Classified::new(LineKind::Heading, whole);
            c.level = 3;
            c.style = HeadingStyle::Bracket;
            return c;
        }
        // 【株式会社A】2020年4月〜現在: an employer line.
        if has_company(title) {
            return Classified::new(LineKind::Text, whole);
        }
        // 【実績】売上を…: a labelled line; 【使用技術】Java: a labelled fact.
        let kind = if is_info_key(title) {
            LineKind::Meta
        } else {
            LineKind::Bullet
        };
        let mut c = Classified::new(kind, at(rest));
        c.label = Some(at(title));
        return c;
    }
    if t.starts_with(HEADING_MARKS)
        && let Some(cap) = HEADING_MARK_RE.captures(t)
    {
        let mark = cap.get(1).map_or("", |m| m.as_str());
        let title = cap.get(2).map_or("", |m| m.as_str());
        let strong = matches!(mark, "■" | "□");
        if looks_like_title(title) && (strong || title.chars().count() <= 30) {
            let title = bracket_title(title)
                .filter(|(_, r)| r.is_empty())
                .map_or(title, |(x, _)| x);
            let mut c = Classified::new(LineKind::Heading, at(title.trim()));
            c.level = if strong { 2 } else { 3 };
            c.style = if strong {
                HeadingStyle::Square
            } else {
                HeadingStyle::Mark
            };
            return c;
        }
    }
    if t.starts_with(|c: char| {
        BULLET_MARKS.contains(&c) || c.is_numeric() || c.is_ascii_alphabetic() || c == '('
    }) && let Some(m) = BULLET_RE.find(t)
        && m.end() < t.len()
    {
        let mut inner = &t[m.end()..];
        // 「・→ 原価を約二千六百万円圧縮」: a bullet that reports what followed the line above.
        let mut arrow = false;
        if inner.starts_with(['→', '⇒', '➡', '⇨'])
            && let Some(a) = ARROW_RE.find(inner)
            && a.end() < inner.len()
        {
            inner = &inner[a.end()..];
            arrow = true;
        }
        let mut c = Classified::new(LineKind::Bullet, at(inner));
        c.arrow = arrow;
        if let Some((title, rest)) = bracket_title(inner)
            && !rest.is_empty()
        {
            if is_info_key(title) {
                c.kind = LineKind::Meta;
            } else {
                c.content = at(rest);
            }
            c.label = Some(at(title));
        } else if let Some((key, value)) = inner.split_once(['：', ':'])
            && !value.trim().is_empty()
            && key.chars().count() <= 10
        {
            if is_info_key(key) {
                c.kind = LineKind::Meta;
                c.label = Some(at(key));
            } else if episode_part(key).is_some() {
                c.content = at(value.trim());
                c.label = Some(at(key));
            }
        }
        return c;
    }
    let bare = t.trim_end_matches([':', '：']);
    if bare.chars().count() <= 20
        && !bare.contains('。')
        && !bare.contains('、')
        && is_full_section_name(bare)
    {
        let mut c = Classified::new(LineKind::Heading, at(bare));
        c.level = 2;
        c.style = HeadingStyle::Bare;
        return c;
    }
    if let Some((key, value)) = t.split_once([':', '：']) {
        let k = key.trim();
        if k.chars().count() <= 10 {
            if is_info_key(k) {
                let mut c = Classified::new(LineKind::Meta, whole);
                c.label = Some(at(key));
                return c;
            }
            // 「担当業務：営業事務」: a role name under a label, not a duty sentence.
            let v = value.trim();
            if is_job_label(k)
                && !v.is_empty()
                && v.chars().count() <= 12
                && !v.contains(['を', '。', '、'])
            {
                let mut c = Classified::new(LineKind::Meta, whole);
                c.label = Some(at(key));
                return c;
            }
            if episode_part(k).is_some() && !value.trim().is_empty() {
                let mut c = Classified::new(LineKind::Bullet, at(value.trim()));
                c.label = Some(at(key));
                return c;
            }
            if value.trim().is_empty() && k.chars().count() <= 10 {
                // 「主な業務：」 alone: a label for the lines below.
                let mut c = Classified::new(LineKind::Heading, at(k));
                c.level = 4;
                c.style = HeadingStyle::Mark;
                return c;
            }
        }
    }
    Classified::new(LineKind::Text, whole)
}

/// A list of tools or technologies (Java / Spring / MySQL, Excel・Word・PowerPoint): names
/// written in Latin letters or katakana, separated by 、・/ or commas, with no predicate.
pub fn is_tool_list(content: &str) -> bool {
    // The cheap tests first: most lines are sentences with kana.
    if content.contains('。') || content.chars().any(|c| ('ぁ'..='ゖ').contains(&c)) {
        return false;
    }
    let parts = content
        .split(['、', ',', '，', '/', '／', '・', '|', ' ', '　'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .take(2)
        .count();
    if parts < 2 {
        return false;
    }
    let (mut latin, mut total) = (0usize, 0usize);
    for c in content.chars() {
        if c.is_whitespace()
            || matches!(
                c,
                '、' | ',' | '，' | '/' | '／' | '・' | '|' | '(' | ')' | '（' | '）'
            )
        {
            continue;
        }
        total += 1;
        if c.is_ascii_alphanumeric()
            || ('ァ'..='ヺ').contains(&c)
            || c == 'ー'
            || c == '.'
            || c == '+'
            || c == '#'
        {
            latin += 1;
        }
    }
    total > 0 && latin * 10 >= total * 8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_section_names() {
        for t in [
            "活かせる経験・知識・スキル",
            "保有資格",
            "資格・免許",
            "職務経歴（サマリ）",
            "PCスキル",
            "学歴",
        ] {
            assert!(is_full_section_name(t), "{t}");
        }
        for t in [
            "開発技術習得",
            "関連知識を活かした提案",
            "スキルアップのための自己学習",
        ] {
            assert!(!is_full_section_name(t), "{t}");
        }
    }

    #[test]
    fn an_arrow_after_a_bullet_mark() {
        let c = classify_line("・→ 原価を約二千六百万円圧縮し、予算の範囲内で竣工");
        assert_eq!(c.kind, LineKind::Bullet);
        assert!(c.arrow);
        assert!(!classify_line("・原価を圧縮").arrow);
    }

    #[test]
    fn labels_and_arrows() {
        let l = "【成果】月40時間削減";
        let c = classify_line(l);
        assert_eq!(c.kind, LineKind::Bullet);
        assert_eq!(&l[c.content.clone()], "月40時間削減");
        assert_eq!(&l[c.label.clone().unwrap()], "成果");
        let l = "  →月40時間の作業削減を達成";
        let c = classify_line(l);
        assert!(c.arrow);
        assert_eq!(&l[c.content.clone()], "月40時間の作業削減を達成");
        assert_eq!(c.indent, 2);
        assert_eq!(
            classify_line("【使用技術】Java, Spring").kind,
            LineKind::Meta
        );
        assert_eq!(
            classify_line("概要：受発注システムの刷新").kind,
            LineKind::Meta
        );
        assert_eq!(classify_line("開発技術習得").kind, LineKind::Text);
    }

    #[test]
    fn achievement_labels_qualified_by_role() {
        for t in [
            "副店長としての主な取り組み",
            "経理課での実績",
            "在籍中の主な成果",
            "主な実績・成果",
        ] {
            assert!(is_job_label(t), "{t}");
        }
        // One achievement's own title, and a company: not labels of the job.
        for t in [
            "売場づくりの取り組み",
            "株式会社ミドリでの実績",
            "出荷ミスの削減",
        ] {
            assert!(!is_job_label(t), "{t}");
        }
    }

    #[test]
    fn bracketed_dates_head_a_title() {
        for l in [
            "【2024年】出荷ミスの削減",
            "【令和3年4月〜令和5年3月】基幹システムの刷新",
            "【二〇二二年】店舗の立て直し",
        ] {
            let c = classify_line(l);
            assert_eq!(c.kind, LineKind::Heading, "{l}");
            assert_eq!(&l[c.content.clone()], l, "{l}");
        }
        // A labelled line and a dated line that is a sentence stay what they were.
        assert_eq!(classify_line("【成果】月40時間削減").kind, LineKind::Bullet);
        assert_ne!(
            classify_line("【2024年】出荷ミスを月3件に減らしました").kind,
            LineKind::Heading
        );
    }

    #[test]
    fn tool_lists() {
        assert!(is_tool_list("Java / Spring Boot / MySQL"));
        assert!(is_tool_list("Excel、Word、PowerPoint"));
        assert!(!is_tool_list("受注入力、請求書発行、電話応対"));
        assert!(!is_tool_list("Excelでマクロを作成し、集計を自動化"));
    }
}
