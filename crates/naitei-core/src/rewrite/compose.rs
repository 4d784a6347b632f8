//! Composing one achievement line from the seeker's answers, in 課題 → 行動 → 数字 order and in
//! the résumé's own style. Only the seeker's words and the original line go into the line; the
//! joining words of the templates here hold no numeral (tested), so no number can be invented.

use serde::{Deserialize, Serialize};

use crate::analysis::{PredicateKind, analyze_line};
use crate::document::Document;
use crate::text::morph::{self, Morpheme, Pos};
use crate::text::quantity;

/// How the résumé's lines end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ending {
    /// 体言止め: 「…を削減。」
    Noun,
    /// だ・である (plain past): 「…を削減した。」
    Plain,
    /// です・ます: 「…を削減しました。」
    Polite,
}

impl Ending {
    pub fn label(self) -> &'static str {
        match self {
            Ending::Noun => "体言止め",
            Ending::Plain => "だ・である調",
            Ending::Polite => "です・ます調",
        }
    }
}

/// The résumé's style: how its 職務経歴 lines end, and whether they end with 「。」.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Style {
    pub ending: Ending,
    pub period: bool,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            ending: Ending::Plain,
            period: true,
        }
    }
}

/// The ending of one line, from its last word.
fn ending_of(text: &str) -> Option<(Ending, bool)> {
    let trimmed = text.trim();
    let period = trimmed.ends_with(['。', '.']);
    let morphs = morph::analyze(trimmed);
    let last = morphs
        .iter()
        .rev()
        .find(|m| m.pos != Pos::Symbol && !(m.pos == Pos::Particle && m.pos1 == "終助詞"))?;
    let ending = match (last.pos, last.base.as_str()) {
        (Pos::Auxiliary, "ます" | "です") => Ending::Polite,
        (Pos::Auxiliary, "た" | "だ") => {
            // 「削減しました」: た after ます.
            let polite = morphs
                .iter()
                .any(|m| m.pos == Pos::Auxiliary && matches!(m.base.as_str(), "ます" | "です"));
            if polite {
                Ending::Polite
            } else {
                Ending::Plain
            }
        }
        (Pos::Verb | Pos::Adjective | Pos::Auxiliary, _) => Ending::Plain,
        (Pos::Noun, _) => Ending::Noun,
        _ => return None,
    };
    Some((ending, period))
}

/// Detects the style from the 職務経歴 lines (majority; ties go to 体言止め, then だ・である).
pub fn detect_style(doc: &Document) -> Style {
    let mut counts = [0usize; 3];
    let mut periods = (0usize, 0usize);
    for i in doc.career_items() {
        let text = doc.line_content(i);
        // Short noun lists (Excel、Word) say nothing about the style.
        if text.chars().count() < 8 {
            continue;
        }
        if let Some((e, p)) = ending_of(text) {
            counts[e as usize] += 1;
            if p {
                periods.0 += 1;
            } else {
                periods.1 += 1;
            }
        }
    }
    let ending = if counts.iter().all(|c| *c == 0) {
        Ending::Plain
    } else if counts[Ending::Noun as usize] >= counts[Ending::Plain as usize]
        && counts[Ending::Noun as usize] >= counts[Ending::Polite as usize]
    {
        Ending::Noun
    } else if counts[Ending::Plain as usize] >= counts[Ending::Polite as usize] {
        Ending::Plain
    } else {
        Ending::Polite
    };
    Style {
        ending,
        period: periods.0 >= periods.1,
    }
}

/// The seeker's answers for one line (the keys of an answers file).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    #[serde(default)]
    pub problem: Option<String>,
    #[serde(default)]
    pub action: Option<String>,
    #[serde(default)]
    pub measure: Option<String>,
    #[serde(default)]
    pub before: Option<String>,
    #[serde(default)]
    pub after: Option<String>,
    #[serde(default)]
    pub period: Option<String>,
}

fn clean(s: Option<&String>) -> Option<String> {
    let t = s?
        .trim()
        .trim_start_matches(['・', '-', '*'])
        .trim_end_matches(['。', '.', '、', ',', ' ', '　'])
        .trim();
    (!t.is_empty()).then(|| t.to_string())
}

impl Answers {
    pub fn problem(&self) -> Option<String> {
        clean(self.problem.as_ref())
    }
    pub fn action(&self) -> Option<String> {
        clean(self.action.as_ref())
    }
    pub fn measure(&self) -> Option<String> {
        clean(self.measure.as_ref())
            .map(|m| m.trim_end_matches(['を', 'が']).to_string())
            .filter(|m| !m.is_empty())
    }
    pub fn before(&self) -> Option<String> {
        clean(self.before.as_ref())
    }
    pub fn after(&self) -> Option<String> {
        clean(self.after.as_ref())
    }
    pub fn period(&self) -> Option<String> {
        clean(self.period.as_ref())
    }
    /// Every text the seeker typed, for the number check.
    pub fn texts(&self) -> Vec<&str> {
        [
            &self.problem,
            &self.action,
            &self.measure,
            &self.before,
            &self.after,
            &self.period,
        ]
        .into_iter()
        .filter_map(|s| s.as_deref())
        .collect()
    }
}

/// Why a line cannot be composed yet (Japanese, for the seeker).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Missing(pub String);

/// The 連用形 of a verb from its base form and 活用型 (IPADIC): 作る → 作り, まとめる → まとめ,
/// する → し, 来る → 来.
fn renyou(base: &str, conj_type: &str) -> Option<String> {
    if conj_type.starts_with("サ変") {
        return Some(format!("{}し", base.strip_suffix("する")?));
    }
    if conj_type.starts_with("カ変") {
        return Some(format!(
            "{}来",
            base.strip_suffix("来る")
                .or_else(|| base.strip_suffix("くる"))?
        ));
    }
    if conj_type.starts_with("一段") {
        return base.strip_suffix('る').map(str::to_string);
    }
    if conj_type.starts_with("五段") {
        let last = base.chars().last()?;
        let stem = &base[..base.len() - last.len_utf8()];
        let i = match last {
            'う' => 'い',
            'く' => 'き',
            'ぐ' => 'ぎ',
            'す' => 'し',
            'つ' => 'ち',
            'ぬ' => 'に',
            'ぶ' => 'び',
            'む' => 'み',
            'る' => 'り',
            _ => return None,
        };
        return Some(format!("{stem}{i}"));
    }
    None
}

/// The plain past of a verb: 作る → 作った, 書く → 書いた, 行く → 行った, いる → いた.
fn plain_past(base: &str, conj_type: &str) -> Option<String> {
    if conj_type.starts_with("サ変") {
        return Some(format!("{}した", base.strip_suffix("する")?));
    }
    if conj_type.starts_with("カ変") || conj_type.starts_with("一段") {
        return renyou(base, conj_type).map(|r| format!("{r}た"));
    }
    let last = base.chars().last()?;
    let stem = &base[..base.len() - last.len_utf8()];
    if base == "行く" || base.ends_with("いく") && conj_type.contains("促音便") {
        return Some(format!("{stem}った"));
    }
    Some(match last {
        'く' => format!("{stem}いた"),
        'ぐ' => format!("{stem}いだ"),
        'す' => format!("{stem}した"),
        'う' | 'つ' | 'る' => format!("{stem}った"),
        'ぬ' | 'ぶ' | 'む' => format!("{stem}んだ"),
        _ => return None,
    })
}

/// Index of the last morpheme that is not punctuation.
fn last_word(morphs: &[Morpheme]) -> Option<usize> {
    morphs.iter().rposition(|m| m.pos != Pos::Symbol)
}

/// The action clause in 連用形, ready to be followed by 「、」: 「チェックリストを作成した」→
/// 「チェックリストを作成し」, 「手順を見直しました」→「手順を見直し」, 「様式を統一」→「様式を統一し」.
pub fn action_clause(action: &str) -> String {
    clause(action, true)
}

/// A line of the résumé reused before another clause: a verb or サ変 noun ending in 連用形
/// (「…を導入。」→「…を導入し」); any other ending is kept as written (the caller adds 「、」),
/// so nothing is added to the seeker's text but the joining form.
pub fn reused_clause(text: &str) -> String {
    clause(text, false)
}

fn clause(action: &str, answer: bool) -> String {
    let text = action.trim().trim_end_matches(['。', '.', '、']);
    if !answer && text.ends_with(['）', ')', '」']) {
        return text.to_string();
    }
    let morphs = morph::analyze(text);
    let Some(mut end) = last_word(&morphs).map(|i| i + 1) else {
        return text.to_string();
    };
    // Drop the auxiliaries of the ending: た, ます/ました, ている/ていた/ています.
    while let Some(m) = end.checked_sub(1).map(|i| &morphs[i]) {
        let aux = m.pos == Pos::Auxiliary && matches!(m.base.as_str(), "た" | "ます" | "だ");
        let progressive = m.pos == Pos::Verb
            && m.pos1 == "非自立"
            && matches!(m.base.as_str(), "いる" | "おる")
            && end >= 2
            && matches!(morphs[end - 2].surface.as_str(), "て" | "で");
        if aux {
            end -= 1;
        } else if progressive {
            end -= 2;
        } else {
            break;
        }
    }
    let Some(last) = end.checked_sub(1).map(|i| &morphs[i]) else {
        return text.to_string();
    };
    let head = &text[..last.range.start];
    match last.pos {
        Pos::Verb => {
            let form = if last.conj_form.starts_with("連用形") {
                Some(last.surface.to_string())
            } else {
                renyou(&last.base, last.conj_type)
            };
            match form {
                Some(f) => format!("{head}{f}"),
                None => text[..last.range.end].to_string(),
            }
        }
        Pos::Noun if last.is_sahen_noun() || (last.pos1 == "接尾" && last.pos2 == "サ変接続") =>
        {
            // 「手順の改善」 is a noun phrase: 「手順の改善し」 would be wrong.
            let mut head = end - 1;
            while head > 0 && morphs[head - 1].pos == Pos::Noun {
                head -= 1;
            }
            let after_no = head > 0 && morphs[head - 1].surface == "の";
            match (after_no, answer) {
                (false, _) => format!("{}し", &text[..last.range.end]),
                (true, true) => format!("{}を行い", &text[..last.range.end]),
                (true, false) => text[..last.range.end].to_string(),
            }
        }
        Pos::Noun if answer => format!("{}に取り組み", &text[..last.range.end]),
        _ => text[..last.range.end].to_string(),
    }
}

/// The problem clause, ready to be followed by 「ため、」: 「差し戻しが続いていました」→
/// 「差し戻しが続いていた」, 「人手不足」→「人手不足が課題だった」.
pub fn problem_clause(problem: &str) -> String {
    let mut text = problem
        .trim()
        .trim_end_matches(['。', '.', '、'])
        .to_string();
    for suffix in ["ため", "ので", "から"] {
        if let Some(t) = text.strip_suffix(suffix) {
            text = t.to_string();
        }
    }
    let morphs = morph::analyze(&text);
    let Some(li) = last_word(&morphs) else {
        return text;
    };
    let last = &morphs[li];
    // でした → だった; 多かったです → 多かった.
    if let Some(t) = text.strip_suffix("でした") {
        if li >= 1 && morphs[li - 1].pos == Pos::Auxiliary && morphs[li - 1].base == "た" {
            return t.to_string();
        }
        return format!("{t}だった");
    }
    if let Some(t) = text.strip_suffix("です") {
        return if matches!(
            morphs.get(li.wrapping_sub(1)).map(|m| m.pos),
            Some(Pos::Adjective | Pos::Auxiliary)
        ) {
            t.to_string()
        } else {
            format!("{t}だった")
        };
    }
    // …していました / …しました: the verb before ます in plain past.
    if last.pos == Pos::Auxiliary && matches!(last.base.as_str(), "た" | "ます") {
        let verb = morphs[..=li]
            .iter()
            .rposition(|m| m.pos == Pos::Auxiliary && m.base == "ます")
            .and_then(|mi| mi.checked_sub(1))
            .map(|i| &morphs[i])
            .filter(|v| v.pos == Pos::Verb);
        if let Some(p) = verb.and_then(|v| plain_past(&v.base, v.conj_type).map(|p| (v, p))) {
            return format!("{}{}", &text[..p.0.range.start], p.1);
        }
        return text;
    }
    match last.pos {
        Pos::Noun => format!("{text}が課題だった"),
        _ => text,
    }
}

/// The direction of a change and the verb that says it.
fn result_verb(
    measure: &str,
    before: f64,
    after: f64,
    unit_text: &str,
    ending: Ending,
) -> &'static str {
    let time = ["分", "時間", "日", "秒", "週", "か月", "ヶ月", "カ月"]
        .iter()
        .any(|u| unit_text.contains(u))
        && !unit_text.contains('件')
        || measure.contains("時間")
        || measure.contains("日数");
    let rate = unit_text.contains('%')
        || unit_text.contains('％')
        || unit_text.contains('割')
        || measure.ends_with('率');
    let (noun, plain, polite) = if after < before {
        if time {
            ("短縮", "短縮した", "短縮しました")
        } else if rate {
            ("低減", "低減させた", "低減させました")
        } else {
            ("削減", "削減した", "削減しました")
        }
    } else if rate {
        ("向上", "向上させた", "向上させました")
    } else {
        ("増加", "増やした", "増やしました")
    };
    match ending {
        Ending::Noun => noun,
        Ending::Plain => plain,
        Ending::Polite => polite,
    }
}

/// The last number written in a figure (「1件30分」→ 30): the measured value.
fn figure_value(text: &str) -> Option<f64> {
    quantity::numbers(text).last().copied()
}

/// The result clause 「{期間で}{何}を{前}から{後}に{動詞}」, or what is missing.
pub fn result_clause(
    answers: &Answers,
    default_name: &str,
    ending: Ending,
) -> Result<String, Missing> {
    let (Some(before), Some(after)) = (answers.before(), answers.after()) else {
        return Err(Missing("before-after".into()));
    };
    let (Some(b), Some(a)) = (figure_value(&before), figure_value(&after)) else {
        return Err(Missing("before-after".into()));
    };
    if (a - b).abs() < f64::EPSILON {
        return Err(Missing(
            "取り組む前と後の数字が同じです。変化した数字（例: 月8件 → 月1件）を教えてください。"
                .into(),
        ));
    }
    let unit_only = |s: &str| {
        s.chars().all(|c| {
            c.is_ascii_digit() || ('０'..='９').contains(&c) || matches!(c, '.' | ',' | '，' | '．')
        })
    };
    if unit_only(&before) || unit_only(&after) {
        return Err(Missing(
            "数字に単位と期間を付けてください（例: 「8」ではなく「月8件」「1件30分」）。".into(),
        ));
    }
    let measure = answers
        .measure()
        .unwrap_or_else(|| default_name.to_string());
    let period = answers
        .period()
        .map(|p| {
            if p.ends_with('で') || p.ends_with("間に") {
                p
            } else {
                format!("{p}で")
            }
        })
        .unwrap_or_default();
    let verb = result_verb(&measure, b, a, &format!("{before}{after}"), ending);
    Ok(format!("{period}{measure}を{before}から{after}に{verb}"))
}

/// Whether a line of the résumé stops mid-sentence (a hard wrap: 「…接客の基本動作を」), so
/// the next line continues it without a joining word.
pub fn is_wrapped(text: &str) -> bool {
    let t = text.trim_end();
    let morphs = morph::analyze(t);
    morphs
        .last()
        .is_some_and(|m| m.pos == Pos::Particle && m.pos1 != "終助詞" && m.range.end == t.len())
}

/// Whether an action answer says only that the seeker held a duty (担当した, 従事した).
pub fn is_duty_only(action: &str) -> bool {
    let morphs = morph::analyze(action);
    let a = analyze_line(action, &morphs);
    let predicates: Vec<_> = a.clauses.iter().flat_map(|c| &c.predicates).collect();
    !predicates.is_empty()
        && predicates
            .iter()
            .all(|p| p.kind == PredicateKind::Duty || p.kind == PredicateKind::Effort)
}

/// Adds the sentence ending of the style to a clause that ends in a サ変 noun or a verb form.
pub fn finish(line: String, style: Style) -> String {
    if style.period {
        format!("{line}。")
    } else {
        line
    }
}

/// Joining words used by the composer: checked to hold no numeral.
pub const TEMPLATE_WORDS: &[&str] = &[
    "ため、",
    "、",
    "を",
    "から",
    "に",
    "で",
    "し",
    "に取り組み",
    "が課題だった",
    "だった",
    "。",
    "短縮",
    "短縮した",
    "短縮しました",
    "低減",
    "低減させた",
    "低減させました",
    "削減",
    "削減した",
    "削減しました",
    "向上",
    "向上させた",
    "向上させました",
    "増加",
    "増やした",
    "増やしました",
    "件数",
    "作業時間",
    "ミスの件数",
    "金額",
    "割合",
    "人数",
    "所要日数",
];
