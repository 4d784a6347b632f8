//! # redundant-expression: 冗長な表現・重複表現
//!
//! ## 何を検出するか
//! 意味を変えずに短くできる表現と、同じ意味を重ねた表現、へりくだりすぎの表現。
//! - 「する＋こと＋が/も/は/を＋できる/可能」（することができる、することも可能です、する事は可能だ、
//!   することはできません、することが、できます）: 語の形と品詞で見るので、漢字・かな・活用・読点が
//!   違っても同じ表現として見つけます。
//! - 「であると言えます」「であると考えています」
//! - 重ねた表現（まず最初に、今現在、後で後悔、違和感を感じる）と、へりくだりすぎ（させていただきました）。
//!
//! 職務経歴書では、さらに次の形も指摘します（書類は短く書くほど読みやすいため）。
//! - 「する」以外の動詞＋ことができた（減らすことができた → 減らせた・減らした、防ぐことができるように
//!   なった → 防げるようになった、短縮させることができた → 短縮できた）。打ち消し（育つことができない）と、
//!   できることを申し出る形（現場の言葉で話し合うことができます）は対象外です。
//! - できることを「と思う」「と考える」で包んだ形（見つけることができると考えています → 見つけられると
//!   考えています）。
//!
//! 面接の回答（話し言葉）では、「する」以外の動詞＋ことができた（「つなげることができました」）は
//! 指摘しません。話すときの丁寧な言い方として自然だからです（textlint の同名の規則も「する」の形だけを
//! 見ます）。代わりに、textlint と同じく「サ変名詞＋を＋行う/実施する/実行する」（調整を行い → 調整し、
//! 調査を実施して → 調査して）を指摘します。話し言葉では書き言葉の硬い言い回しが回りくどく聞こえる
//! ためです。textlint と同じく、カタカナ・英字の語（チェックを行う、テストを行う）と「処理を行う」は
//! 対象外です。
//!
//! コード（`…`）、URL、HTML、引用（> で始まる行）は文章として読みません。リンクの文字は読みます
//! （職務経歴書のリンク文字は本人の書いた言葉だからです。textlint の同名の規則はリンクの中を見ません）。
//!
//! textlint の同名の規則との違い: 職務経歴書では「サ変名詞＋を＋行う/実行する」（確認を行う、検査を
//! 実行する）を指摘しません。職務経歴書では「〜の提案を行い」「〜の確認を行っています」が業務を書く
//! 普通の形で、採用担当者が読みにくいと感じる表現ではないためです（書類の添削例で、この形を直すべき
//! 誤りとしたものはありませんでした。ラベル付きの職務経歴書64件でも、約20か所のどれも誤りとされて
//! いません）。逆に、「する」以外の動詞＋ことができた と、と思う/と考える で包んだ「〜ことができる」は
//! textlint は見ませんが、職務経歴書では指摘します（ラベル付きの職務経歴書では、この形はすべて直すべき
//! 点とされ、実績を短く言い切る書き方が求められるためです）。
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
/// The causative suffix after a verb (短縮さ＋せる, 両立さ＋せる): the phrase's verb ends in it.
const CAUSATIVE: Class = Class::Base(&["せる", "させる"]);
/// できる in its dictionary form (an ability stated, not achieved).
const CAN_PLAIN: Class = Class::Surface(&["できる", "出来る"]);
const THINK: Class = Class::Base(&["思う", "考える"]);
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
    /// 動詞＋こと＋が＋できた (achieved, not negated): 減らすことができた → 減らせた. Written
    /// documents only: in speech it is the ordinary polite way to tell a result.
    VerbKotoGaDekiru,
    /// 動詞＋こと＋が＋できる＋と思う/考える: an ability wrapped in a thought (見つけることができると
    /// 考えています → 見つけられると考えています). Written documents only.
    HedgedAbility,
    /// サ変名詞＋を＋行う/実施/実行 (調整を行い → 調整し). Spoken answers only: in a résumé it is
    /// the usual way to write a duty.
    SahenWoOkonau,
}

impl Kind {
    /// Whether the phrase is a fault in a written document (résumé) or in speech (answer).
    fn applies(self, speech: bool) -> bool {
        match self {
            Kind::VerbKotoGaDekiru | Kind::HedgedAbility => !speech,
            Kind::SahenWoOkonau => speech,
            _ => true,
        }
    }
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
        Kind::HedgedAbility,
        &[
            One(Class::Verb),
            One(KOTO),
            One(Class::Particle(&["が"])),
            Opt(Class::Comma),
            One(CAN_PLAIN),
            One(TO),
            Opt(Class::Comma),
            One(THINK),
        ],
    ),
    (
        Kind::VerbKotoGaDekiru,
        &[
            One(Class::Verb),
            One(KOTO),
            One(Class::Particle(&["が"])),
            Opt(Class::Comma),
            One(CAN),
        ],
    ),
    (
        Kind::VerbKotoGaDekiru,
        &[
            One(CAUSATIVE),
            One(KOTO),
            One(Class::Particle(&["が"])),
            Opt(Class::Comma),
            One(CAN),
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

/// Where the verb of a phrase starts: a causative suffix takes the verb before it, and a
/// する-form the サ変 noun before that (短縮＋さ＋せる).
fn verb_start(morphs: &[&Morpheme], at: usize) -> usize {
    let mut start = at;
    if morphs[at].pos1 == "接尾" && start > 0 && morphs[start - 1].pos == Pos::Verb {
        start -= 1;
    }
    if morphs[start].base == "する" && start > 0 && morphs[start - 1].is_sahen_noun() {
        start -= 1;
    }
    start
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
            Kind::VerbKotoGaDekiru => {
                // 育つことができない: a negated ability reads differently when shortened.
                let negated = morphs.get(r.end).is_some_and(|m| {
                    matches!(m.base.as_str(), "ない" | "ぬ" | "ん")
                        || (m.surface == "ませ"
                            && morphs.get(r.end + 1).is_some_and(|n| n.surface == "ん"))
                });
                // An ability claimed (決めることができます) is how a seeker offers a skill; only
                // the achieved form (できた, できました, できるようになった) is padding.
                let achieved = morphs.get(r.end).is_some_and(|m| {
                    m.base == "た"
                        || m.surface == "よう"
                        || (m.base == "ます"
                            && morphs.get(r.end + 1).is_some_and(|n| n.base == "た"))
                });
                if negated || !achieved {
                    return;
                }
                let start = verb_start(morphs, r.start);
                let span = phrase::span(morphs, start..r.end);
                let found = cx.doc.slice(span.clone()).to_string();
                let verb: String = morphs[start..r.start + 1]
                    .iter()
                    .map(|m| m.surface.as_str())
                    .collect();
                out.push(self.diag(
                    span,
                    format!("「{found}」は冗長です。「{verb}」の可能形（例: 減らすことができた → 減らせた）か、言い切りの形（減らした）で短く書けます。"),
                ));
            }
            Kind::HedgedAbility => {
                // The redundant part is the verb with ことができる; the thought stays.
                let can = (r.start..r.end)
                    .find(|&i| CAN_PLAIN.matches(morphs[i]))
                    .unwrap_or(r.end - 1);
                let span = phrase::span(morphs, r.start..can + 1);
                let found = cx.doc.slice(span.clone()).to_string();
                let verb = morphs[r.start].surface.as_str();
                out.push(self.diag(
                    span,
                    format!("「{found}」は冗長です。「{verb}」の可能形（例: 見つけることができると考えています → 見つけられると考えています）で短く書けます。"),
                ));
            }
            Kind::SahenWoOkonau => {
                let noun = morphs[r.start];
                if allowed_sahen(noun) {
                    return;
                }
                out.push(self.diag(
                    span,
                    format!("「{found}」は回りくどく聞こえます。「{}する」（{}し、{}しました）と言うほうが簡潔です。", noun.surface, noun.surface, noun.surface),
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
        // A spoken answer and a written résumé call for different phrases (see the doc).
        let speech = cx.answer.is_some();
        let active: Vec<&(Kind, &[Step])> =
            PATTERNS.iter().filter(|(k, _)| k.applies(speech)).collect();
        let patterns: Vec<&[Step]> = active.iter().map(|(_, p)| *p).collect();
        for line in &cx.doc.lines {
            if matches!(line.kind, LineKind::Blank | LineKind::Rule) || line.morphs.is_empty() {
                continue;
            }
            // Every morphological pattern needs a こと or a で (or, in speech, a を): lines with
            // none (most) skip the phrase matcher. Most lines hold none of the literal phrases
            // either: look in the raw line before building the prose index.
            let has = |c: &Class| line.morphs.iter().any(|m| c.matches(m));
            let phrases = has(&KOTO) || has(&DE) || (speech && has(&DO));
            let literal = MATCHER.is_match(cx.doc.slice(line.content.clone()));
            if !phrases && !literal {
                continue;
            }
            // Each pattern needs こと with できる/可能, で with ある and と, or a サ変 noun with
            // 行う/実施: without them the matcher cannot find anything on the line.
            let phrases = phrases
                && ((has(&KOTO) && (has(&CAN) || has(&POSSIBLE)))
                    || (has(&DE) && has(&ARU) && has(&TO))
                    || (speech && has(&DO)));
            let morphs: Vec<&Morpheme> = line.morphs.iter().collect();
            if phrases {
                for (r, k) in phrase::find_all(&morphs, &patterns) {
                    self.morph_phrase(cx, &morphs, r, active[k].0, out);
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
                // Not する＋こと: 育つことができない is the only way to say it.
                "人は一人では育つことができない。",
                "期限までに終えることができませんでした。",
                "作業者の言葉で対策を決めることができます。",
                // 〜を行う is the usual way to write a duty in a résumé.
                "テストを行った。",
                "在庫の確認を行った。",
                "改善の提案を行い、工期を短縮した。",
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
                ("破損事故を3件に減らすことができた。", "減らすことができ"),
                (
                    "漏れを防ぐことができるようになりました。",
                    "防ぐことができる",
                ),
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
    fn written_documents_only() {
        assert_ng(
            ID,
            &[
                // A causative サ変 verb: the whole verb is quoted.
                (
                    "作業時間を1時間に短縮させることができました。",
                    "短縮させることができ",
                ),
                // An ability wrapped in a thought.
                (
                    "工夫の余地を見つけることができると考えています。",
                    "見つけることができる",
                ),
            ],
        );
        // An ability offered plainly is how a seeker states a skill.
        assert_ok(ID, &["現場の声を聞き、対策を決めることができます。"]);
    }

    #[test]
    fn spoken_answers() {
        assert_answer_spans(
            ID,
            &[
                // The polite way to tell a result in speech: not padding.
                ("試作を重ね、量産につなげることができました。", &[]),
                ("作業時間を短縮させることができました。", &[]),
                // する＋ことができる is redundant in speech too.
                (
                    "業務改善を提案することができる環境で働きたいです。",
                    &["することができる"],
                ),
                // サ変名詞＋を＋行う/実施 sounds roundabout when spoken.
                (
                    "協力会社との調整を行い、工期を守りました。",
                    &["調整を行い"],
                ),
                (
                    "入社後はアンケート調査を実施して改善につなげます。",
                    &["調査を実施"],
                ),
                // textlint's exceptions: katakana and Latin nouns, 処理を行う.
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
