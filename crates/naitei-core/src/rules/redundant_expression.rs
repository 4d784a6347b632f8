//! # redundant-expression: 冗長な表現・重複表現
//!
//! ## 何を検出するか
//! 意味を変えずに短くできる表現と、同じ意味を重ねた表現、へりくだりすぎの表現。職務経歴書と面接の
//! 回答で同じ決まり（textlint の同名の規則と同じ範囲）で見ます。
//! - 「（サ変名詞）する＋こと＋が/も/は/を＋できる/可能」（解析することができる、省略することも可能です、
//!   省略する事は可能だ、実行することはできません、解析することが、できます）: 語の形と品詞で見るので、
//!   漢字・かな・活用・読点が違っても同じ表現として見つけます。「話をすることが可能」「1位にすることが
//!   できた」のように「する」が目的語や結果を受ける形も同じです。
//! - 「サ変名詞＋を＋行う/おこなう/実施する/実行する」（分析を行い → 分析し、確認を行っています →
//!   確認しています、研修を実施 → 研修する）。名詞が「を」のすぐ前にあるときだけです。
//! - 「であると言えます」「であると考えています」
//! - 重ねた表現（まず最初に、今現在、後で後悔、違和感を感じる）と、へりくだりすぎ（させていただきました）。
//!
//! 次の形は冗長とはしません（言い換えると意味やニュアンスが変わるか、短くならないため）。
//! - 「する」以外の動詞＋ことができる（減らすことができた、まとめることができました、迎えることが
//!   できました、育つことができない）と、使役の「させることができる」（両立させることができた）。
//! - 形容詞・形容動詞＋することができる（短くすることができる、明確にすることができる）。
//! - 「を」と「行う」の前の語がサ変名詞でないもの（医療事務を行う、聞き取りを行う、勉強会を実施）と、
//!   名詞と「を」、「を」と「行う」の間に別の語があるもの（集計を手作業で行っていた）。
//! - textlint と同じく、カタカナ・英字の語（テストを行う、チェックを行う）と「処理を行う」。
//!
//! コード（`…`）、URL、HTML、引用（> で始まる行）は文章として読みません。リンクの文字は読みます
//! （職務経歴書のリンク文字は本人の書いた言葉だからです。textlint の同名の規則はリンクの中を見ません）。
//!
//! ## なぜ問題か
//! 職務経歴書は限られた紙面で実績を伝える書類です。冗長な言い回しは文を長くし、要点をぼかします。
//!
//! ## 例
//! NG: 「手順書を作成することができるようになりました。」
//! OK: 「手順書を作成できるようになりました。」
//!
//! ## 修正
//! 意味が変わらない置き換え（することができる → できる、することが、できます → できます、
//! まず最初に → 最初に など）は安全な自動修正です（`--fix`）。「することもできる」「することは
//! できない」（強調の意味が残る）、「することが可能です」「確認を行う」「であると言えます」（語尾の
//! 言い換えが要る）、「させていただきました」は提案のみで、自動では直しません。

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::{Advice, Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::LineKind;
use crate::text::morph::{Morpheme, Pos};
use crate::text::phrase::{self, Class, Step};

pub struct RedundantExpression;

/// Literal phrases: (expression, replacement, safe). Safe replacements keep meaning and grammar
/// as they are. Doubled expressions as listed by common Japanese style guides (e.g. 共同通信社
/// 『記者ハンドブック』の「重複表現」, 2022年版).
const TABLE: &[(&str, &str, bool)] = &[
    ("まず最初に", "最初に", true),
    ("一番最初", "最初", true),
    ("一番最後", "最後", true),
    ("今現在", "現在", true),
    ("後で後悔", "後悔", true),
    ("あらかじめ予約", "予約", true),
    ("あらかじめ予定", "予定", true),
    ("違和感を感じ", "違和感を覚え", true),
    ("被害を被", "被害を受", true),
    ("過半数を超え", "過半数を占め", false),
    ("返事を返", "返事をし", false),
    ("従来から", "従来", false),
    ("すべて全部", "すべて", true),
    ("いまだに未", "未", false),
    ("まだ未", "未", true),
    ("各部署ごと", "部署ごと", true),
    ("各店舗ごと", "店舗ごと", true),
    ("各社員ごと", "社員ごと", true),
    ("約半数ほど", "約半数", true),
    ("させていただきました", "いたしました", false),
    ("させていただいております", "しております", false),
    ("という形で", "として", false),
    ("することにより", "により", false),
];

static MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(TABLE.iter().map(|(e, _, _)| e)).expect("valid patterns"));

use Step::{One, Opt};

const KOTO: Class = Class::Noun(&["こと", "事", "コト"]);
const CAN: Class = Class::Base(&["できる", "出来る"]);
const POSSIBLE: Class = Class::Surface(&["可能", "不可能", "可", "不可", "不能"]);
const DE: Class = Class::Surface(&["で"]);
const ARU: Class = Class::Base(&["ある", "有る"]);
const TO: Class = Class::Particle(&["と"]);
/// The verbs that only carry a サ変 noun (行う) or that are サ変 nouns doing the same (実施, 実行).
const DO: Class = Class::Base(&["行う", "おこなう", "実施", "実行"]);

/// The morphological phrase table (patterns after the phrase dictionary of
/// textlint-rule-ja-no-redundant-expression, github.com/textlint-ja, read 2026-11-30).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// する＋こと＋が＋できる: safe to drop 「することが」.
    SuruKotoGaDekiru,
    /// する＋こと＋も/は/を＋できる: the particle adds emphasis; a suggestion.
    SuruKotoDekiru,
    /// する＋こと＋助詞＋可能: the ending must change (可能です → できます).
    SuruKotoKanou,
    /// であると言えます.
    DearuToIeru,
    /// であると考えています.
    DearuToKangaeteiru,
    /// サ変名詞＋を＋行う/実施/実行 (調整を行い → 調整し), the noun directly before を.
    SahenWoOkonau,
}

const PATTERNS: &[(Kind, &[Step])] = &[
    (
        Kind::SuruKotoGaDekiru,
        &[
            One(Class::SuruBase),
            One(KOTO),
            One(Class::Particle(&["が"])),
            Opt(Class::Comma),
            One(CAN),
        ],
    ),
    (
        Kind::SuruKotoDekiru,
        &[
            One(Class::SuruBase),
            One(KOTO),
            One(Class::Particle(&["も", "は", "を"])),
            Opt(Class::Comma),
            One(CAN),
        ],
    ),
    (
        Kind::SuruKotoKanou,
        &[
            One(Class::SuruBase),
            One(KOTO),
            One(Class::Particle(&["が", "も", "は", "を"])),
            Opt(Class::Comma),
            One(POSSIBLE),
        ],
    ),
    (
        Kind::DearuToIeru,
        &[
            One(DE),
            One(ARU),
            Opt(Class::Comma),
            One(TO),
            Opt(Class::Comma),
            One(Class::Base(&["言える", "いえる"])),
        ],
    ),
    (
        Kind::DearuToKangaeteiru,
        &[
            One(DE),
            One(ARU),
            Opt(Class::Comma),
            One(TO),
            Opt(Class::Comma),
            One(Class::Base(&["考える"])),
            One(Class::Surface(&["て"])),
            Opt(Class::Comma),
            One(Class::Base(&["いる", "おる"])),
        ],
    ),
    (
        Kind::SahenWoOkonau,
        &[
            One(Class::SahenNoun),
            One(Class::Particle(&["を"])),
            Opt(Class::Comma),
            One(DO),
        ],
    ),
];

/// The する at `at` turns an adjective into a change of state: 短く＋する, 明確＋に＋する.
fn makes_it_so(morphs: &[&Morpheme], at: usize) -> bool {
    let prev = morphs[at - 1];
    if prev.pos == Pos::Adjective {
        return true;
    }
    prev.pos == Pos::Particle
        && prev.surface == "に"
        && at >= 2
        && morphs[at - 2].pos == Pos::Noun
        && morphs[at - 2].pos1 == "形容動詞語幹"
}

/// textlint's exceptions to サ変名詞＋を＋行う: a noun in katakana or Latin letters (テストを行う,
/// チェックを行う) and 処理を行う, where the plain する-verb reads no better.
fn allowed_sahen(noun: &Morpheme) -> bool {
    let s = noun.surface.as_str();
    s == "処理"
        || s.chars().all(|c| matches!(c, 'ァ'..='ヶ' | 'ー'))
        || s.chars().all(|c| c.is_ascii_alphabetic())
}

impl RedundantExpression {
    fn morph_phrase(
        &self,
        cx: &Context<'_>,
        morphs: &[&Morpheme],
        r: std::ops::Range<usize>,
        kind: Kind,
        out: &mut Vec<Diagnostic>,
    ) {
        // 「する」 phrases: する must be the verb of a サ変 noun (解析する) or of an object or a
        // goal (話をする, 1位にする). After an adjective (短くすることができる, 明確にすることが
        // できる) する means "make it so", and the convention leaves it alone.
        let suru = matches!(
            kind,
            Kind::SuruKotoGaDekiru | Kind::SuruKotoDekiru | Kind::SuruKotoKanou
        );
        if suru && r.start > 0 && makes_it_so(morphs, r.start) {
            return;
        }
        let span = phrase::span(morphs, r.clone());
        let found = cx.doc.slice(span.clone()).to_string();
        let last = morphs[r.end - 1];
        // An edit is safe only over plain text (no markup between the words).
        let plain = morphs[r.clone()]
            .iter()
            .map(|m| m.surface.as_str())
            .collect::<String>()
            == found;
        match kind {
            Kind::SuruKotoGaDekiru => out.push(self.diag_fix(
                span,
                format!("「{found}」は「{}」で十分です。短くすると実績が読みやすくなります。", last.surface),
                last.surface.to_string(),
                plain,
            )),
            Kind::SuruKotoDekiru => out.push(self.diag_fix(
                span,
                format!("「{found}」は冗長です。「{}」と短くできます（「も」「は」の意味を残したいときは文を見直してください）。", last.surface),
                last.surface.to_string(),
                false,
            )),
            Kind::SuruKotoKanou => {
                let instead = if last.surface.starts_with('不') { "できない" } else { "できる" };
                out.push(self.diag_fix(
                    span,
                    format!("「{found}」は冗長です。「{instead}」などに言い換えられます（語尾に合わせて調整してください）。"),
                    instead.to_string(),
                    false,
                ));
            }
            Kind::DearuToIeru | Kind::DearuToKangaeteiru => out.push(self.diag(
                span,
                format!("「{found}」は冗長です。「である」か「と言えます／と考えています」のどちらかを省き、言い切ってください。"),
            )),
            Kind::SahenWoOkonau => {
                let noun = morphs[r.start];
                if allowed_sahen(noun) {
                    return;
                }
                out.push(self.diag(
                    span,
                    format!("「{found}」は回りくどい言い方です。「{}する」（{}し、{}しました）と書くほうが簡潔です。", noun.surface, noun.surface, noun.surface),
                ));
            }
        }
    }
}

impl Rule for RedundantExpression {
    fn id(&self) -> &'static str {
        "redundant-expression"
    }
    fn severity(&self) -> Severity {
        Severity::Info
    }
    fn source(&self) -> &'static str {
        include_str!("redundant_expression.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Both
    }
    fn advice(&self) -> Advice {
        Advice::Writing
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let patterns: Vec<&[Step]> = PATTERNS.iter().map(|(_, p)| *p).collect();
        for line in &cx.doc.lines {
            if matches!(line.kind, LineKind::Blank | LineKind::Rule) || line.morphs.is_empty() {
                continue;
            }
            // Each pattern needs こと with できる/可能, で with ある and と, or a サ変 noun with
            // 行う/実施: without them the matcher cannot find anything on the line (most lines).
            // The rarest word of each group is looked for first (ある before the common で).
            let has = |c: &Class| line.morphs.iter().any(|m| c.matches(m));
            let phrases = (has(&KOTO) && (has(&CAN) || has(&POSSIBLE)))
                || (has(&ARU) && has(&DE) && has(&TO))
                || has(&DO);
            // Most lines hold none of the literal phrases either: look in the raw line before
            // building the prose index.
            let literal = MATCHER.is_match(cx.doc.slice(line.content.clone()));
            if !phrases && !literal {
                continue;
            }
            let morphs: Vec<&Morpheme> = line.morphs.iter().collect();
            if phrases {
                for (r, k) in phrase::find_all(&morphs, &patterns) {
                    self.morph_phrase(cx, &morphs, r, PATTERNS[k].0, out);
                }
            }
            if !literal {
                continue;
            }
            let prose = phrase::ProseIndex::new(&morphs, cx.doc.text());
            for m in MATCHER.find_overlapping_iter(&prose.text) {
                let (expr, replacement, safe) = &TABLE[m.pattern().as_usize()];
                let span = prose.to_source(m.start()..m.end());
                // Markup inside the phrase (まず**最初**に) makes the edit unsafe.
                let safe = *safe && cx.doc.slice(span.clone()) == *expr;
                let msg = if safe {
                    format!(
                        "「{expr}」は「{replacement}」で十分です。短くすると実績が読みやすくなります。"
                    )
                } else {
                    format!(
                        "「{expr}」は冗長です。「{replacement}」などに言い換えられます（語尾に合わせて調整してください）。"
                    )
                };
                out.push(self.diag_fix(span, msg, (*replacement).to_string(), safe));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "redundant-expression";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "手順書を作成できる。",
                "最初に手順を見直した。",
                "現在は経理を担当。",
                // Not a サ変 noun＋する: another verb, a causative, an adjective.
                "人は一人では育つことができない。",
                "破損事故を3件に減らすことができた。",
                "社内Wikiに手順をまとめることができました。",
                "漏れを防ぐことができるようになりました。",
                "学校の行事と工事を両立させることができました。",
                "待ち時間を短くすることができるようになった。",
                "手順を明確にすることができた。",
                "工夫の余地を見つけることができると考えています。",
                // を＋行う after a noun that is not サ変, or with a word between.
                "正確な医療事務を行う。",
                "勉強会を実施した。",
                "集計を手作業で行っていた。",
                // textlint's exceptions: katakana and Latin nouns, 処理を行う.
                "テストを行った。",
                "夜間に処理を行う仕組みを作った。",
                // Code spans and URLs are not prose.
                "`することができる`という表現。",
                "資料は https://example.com/dekiru-koto にある。",
                // A quotation is someone else's words.
                "> 省略することが可能だ。",
            ],
        );
    }

    #[test]
    fn every_spelling_of_the_same_phrase() {
        assert_ng(
            ID,
            &[
                ("省略することも可能です。", "することも可能"),
                ("省略する事は可能だ。", "する事は可能"),
                ("解析することはできません。", "することはでき"),
                ("解析することもできます。", "することもでき"),
                ("解析することが、できます。", "することが、でき"),
                ("必要であると言えます。", "であると言え"),
                ("大切であると考えています。", "であると考えてい"),
                // する with an object or a goal is the same phrase.
                ("現場と同じ言葉で話をすることが可能です。", "することが可能"),
                ("販売台数を1位にすることが出来ました。", "することが出来"),
            ],
        );
    }

    #[test]
    fn sahen_noun_with_okonau() {
        assert_ng(
            ID,
            &[
                ("在庫の確認を行った。", "確認を行っ"),
                ("改善の提案を行い、工期を短縮した。", "提案を行い"),
                ("売上の分析を行い、メニューを見直した。", "分析を行い"),
                ("年に2回、避難訓練を実施。", "訓練を実施"),
                ("衛生点検の実施を行っています。", "実施を行っ"),
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[
                ("手順書を作成することができる。", "することができる"),
                ("今現在、経理を担当。", "今現在"),
            ],
        );
    }

    #[test]
    fn safe_fix() {
        assert_eq!(
            fixed(ID, "手順書を作成することができるようになった。"),
            "手順書を作成できるようになった。"
        );
        assert_eq!(
            fixed(ID, "まず最初に、手順を整理することができた。"),
            "最初に、手順を整理できた。"
        );
        assert_eq!(
            fixed(ID, "必要なら解析することが、できます。"),
            "必要なら解析できます。"
        );
    }

    #[test]
    fn spoken_answers() {
        assert_answer_spans(
            ID,
            &[
                // Another verb＋ことができた is not the phrase, in speech as in writing.
                ("試作を重ね、量産につなげることができました。", &[]),
                ("作業時間を短縮させることができました。", &[]),
                (
                    "業務改善を提案することができる環境で働きたいです。",
                    &["することができる"],
                ),
                (
                    "協力会社との調整を行い、工期を守りました。",
                    &["調整を行い"],
                ),
                (
                    "入社後はアンケート調査を実施して改善につなげます。",
                    &["調査を実施"],
                ),
                ("ダブルチェックを行うルールを作りました。", &[]),
                ("夜間に処理を行う仕組みを作りました。", &[]),
            ],
        );
    }

    #[test]
    fn unsafe_is_not_applied() {
        assert_eq!(
            fixed(ID, "対応することが可能です。"),
            "対応することが可能です。"
        );
        // も keeps a meaning (also); the suggestion is not applied.
        assert_eq!(
            fixed(ID, "解析することもできます。"),
            "解析することもできます。"
        );
    }
}
