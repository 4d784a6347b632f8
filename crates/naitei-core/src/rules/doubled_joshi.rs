//! # doubled-joshi: 同じ助詞の連続
//!
//! ## 何を検出するか
//! 同じ文の一区切りの中で、同じ格助詞・係助詞（が・を・は）が、間に別の助詞を挟まずに続けて使われて
//! いる箇所（「私は営業は」「効率化を目的を」）。二度目を指摘します。「の」が4つ以上続く名詞句
//! （「貴社の法人のお客様の業務の効率化」）も指摘します。「〜で…〜の…〜で」のように別の助詞を
//! 挟んでいれば、読み手は迷わないので指摘しません。
//!
//! 区切りは語の形と品詞で見ます: 読点（、，,）、括弧、括弧の中の句点、接続助詞（て・ので・が）、
//! 「ず」「たら」、名詞を修飾する動詞・形容詞・形容動詞（「担当した経験」「作ることを」「重要な業務」）、
//! 連用中止（「表を作り入力ミスを」。辞書が名詞とする形「市場が冷え込み既存顧客の発注が」も含む）。
//! 二度目の助詞が名詞を修飾する節を始め、その名詞が別の助詞を取るとき（「処理をSQSを使った仕組みに
//! 作り替えた」）は、最初の助詞は文の述語にかかるので指摘しません。文章の段落では、改行で折り返した
//! 文も一文として見ます。
//! コード（`…`）は一語として読み、その中は見ません。URL は読みません。
//!
//! 「で」「に」は、名詞だけを挟んですぐに重なるとき（「研修で夜勤で」「夜勤明けに上司に」）だけ指摘
//! します。そのときは、動詞がどちらを受けるのか読み手が迷うからです。
//!
//! textlint の同名の規則との違い（応募書類での誤検知を減らすため）: 「で」「に」が名詞以外の語を挟んで
//! 重なるときは、時と場所のように別の役割のことが多い（「ピーク時間にレジ応援に入る」）ので数えません。
//! 副詞や目的の「に」（一緒に、中心に、せずに、までに、応援に）と、一字の名詞の慣用句（身につける、
//! 手に入れる）も数えません。
//! 「には」「では」「かも」などの連語も数えません。一方、「私は彼の鼻は好きだ」のように「の」を挟んだ
//! 「は」の二度使いは指摘します（職務経歴書では「私は営業は得意です」の形が推敲漏れとして多いため）。
//!
//! ## なぜ問題か
//! 「私は営業は得意です」「資料を作成をした」のように同じ助詞が重なると、どの語がどの述語に
//! かかるのかが曖昧になり、読みにくくなります。
//!
//! ## 例
//! NG: 「業務の効率化を目的をとした改善を行った。」
//! OK: 「業務の効率化を目的とした改善を行った。」
//!
//! ## 修正
//! 自動修正はありません。どちらかの助詞を言い換えるか、文を分けてください。

use super::{Advice, Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::morph::{Morpheme, Pos};

pub struct DoubledJoshi;

/// The particles whose repetition confuses the reader (which noun is the subject, object or
/// topic). で and に are left out: two of them in one clause usually play different roles
/// (「ピーク時間にレジ応援に入る」: a time and a place).
const CHECKED: &[&str] = &["が", "を", "は"];

/// で and に are flagged only when they repeat around a bare noun phrase (「研修で厨房で」「夜勤明けに
/// 上司に」): with nothing but nouns between them, the reader cannot tell which one the verb takes.
const CLOSE: &[&str] = &["で", "に"];

/// Nouns that take で as a manner (自動で, 一人で, 一括で): how a thing is done, not a place or a
/// means, so a second で beside one is no repetition.
const MANNER_DE: &[&str] = &[
    "自動", "手動", "一括", "個別", "独自", "一人", "二人", "自分", "自力", "全員", "単独", "共同",
    "口頭", "無料", "無償", "交代", "順番", "手作業", "手書き",
];

/// A chain of this many の in one noun phrase (「貴社の法人のお客様の業務の効率化」) is flagged.
const NO_CHAIN: usize = 4;

/// Symbols that close a clause: commas (、，,), brackets and a sentence end inside brackets.
const BOUNDARY_CHARS: &[char] = &[
    '、', '，', ',', '､', '。', '．', '!', '?', '！', '？', '(', ')', '（', '）', '「', '」', '『',
    '』', '[', ']', '【', '】', '"', '“', '”',
];

/// A boundary symbol, alone or glued to an unknown word (iPhone，).
fn is_boundary(m: &Morpheme) -> bool {
    let mut cs = m.surface.chars();
    cs.next().is_some_and(|c| BOUNDARY_CHARS.contains(&c))
        || cs.next_back().is_some_and(|c| BOUNDARY_CHARS.contains(&c))
}

/// The morpheme ends a clause that modifies or precedes what follows.
fn closes_clause(m: &Morpheme, next: Option<&Morpheme>, after: Option<&Morpheme>) -> bool {
    // て / ので / が (接続): a new clause starts.
    if m.pos == Pos::Particle && m.pos1 == "接続助詞" {
        return true;
    }
    // 〜されず / 〜せず (negative 中止法) and 〜たら (conditional) end the clause.
    if m.pos == Pos::Auxiliary && (m.surface == "ず" || m.conj_form.starts_with("仮定")) {
        return true;
    }
    // A noun, or the honorific prefix of one (不足するおそれ is お + それ in IPADIC; ご要望).
    // An adjective stem before さ is a noun too (回す難しさ: 難し + さ).
    let before_noun = next.is_some_and(|n| {
        (n.pos == Pos::Noun && n.pos1 != "接尾")
            || n.pos == Pos::Prefix
            || (n.pos == Pos::Adjective && n.conj_form.starts_with("ガル接続"))
            // 働き＋方, 進め＋方: a verb stem with a noun suffix is a noun (支える働き方を…).
            || (n.pos == Pos::Verb
                && n.conj_form.starts_with("連用")
                && after.is_some_and(|a| a.pos == Pos::Noun && a.pos1 == "接尾"))
    });
    // A verb modifying a noun closes a relative clause (時間を短縮した経験を…,
    // 仕組みを作ることを…).
    if matches!(m.pos, Pos::Verb | Pos::Adjective | Pos::Auxiliary)
        && (m.conj_form.starts_with("基本形") || m.conj_form.starts_with("連体"))
        && before_noun
    {
        return true;
    }
    // 形容動詞＋な modifying a noun (重要な業務を…).
    if m.pos == Pos::Auxiliary
        && m.surface == "な"
        && m.conj_form.starts_with("体言接続")
        && before_noun
    {
        return true;
    }
    // 中止法 without a 読点 (表を作り入力ミスを…, ことが多く常に人手が…) also starts a new clause.
    (m.pos == Pos::Verb || m.pos == Pos::Adjective)
        && m.conj_form.starts_with("連用")
        && next.is_some_and(|n| {
            (n.pos == Pos::Noun && n.pos1 != "非自立" && n.pos1 != "接尾") || n.pos == Pos::Adverb
        })
}

/// A noun that IPADIC lists for a verb's 連用形 (冷え込み, 落ち込み, 伸び), right after a case
/// particle and before another noun: 「市場が冷え込み既存顧客の発注が減る」 is the 中止法 of
/// 冷え込む, which ends the clause of the first が. Such nouns are written in kanji with their
/// okurigana in hiragana.
fn deverbal_predicate(prev: Option<&Morpheme>, m: &Morpheme, next: Option<&Morpheme>) -> bool {
    let is_kanji = |c: char| matches!(c, '\u{4E00}'..='\u{9FFF}' | '々');
    let is_hiragana = |c: char| matches!(c, '\u{3041}'..='\u{309F}');
    m.pos == Pos::Noun
        && m.pos1 == "一般"
        && m.surface.chars().next().is_some_and(is_kanji)
        && m.surface.chars().next_back().is_some_and(is_hiragana)
        && prev.is_some_and(|p| p.pos == Pos::Particle && matches!(p.pos1, "格助詞" | "係助詞"))
        && next.is_some_and(|n| n.pos == Pos::Noun && n.pos1 != "非自立" && n.pos1 != "接尾")
}

/// に at `k` that makes an adverb or a time of the word before it (一緒に, ごとに, 前に, 正確に,
/// 三か月以内に): not the goal or place that a repeated に would confuse.
fn adverbial_ni(morphs: &[&Morpheme], k: usize) -> bool {
    morphs[k].surface == "に"
        && k > 0
        && (["副詞可能", "形容動詞語幹", "接尾", "非自立"].contains(&morphs[k - 1].pos1)
            // 一緒に, 応援に (入る): に after a サ変 noun is a manner or a purpose.
            || morphs[k - 1].is_sahen_noun()
            // せずに, までに: に after an auxiliary or a particle is adverbial.
            || matches!(morphs[k - 1].pos, Pos::Auxiliary | Pos::Particle)
            // 〜と一緒に, 〜を中心に: a noun taking と/を right before に is a compound adverb.
            || (k > 1
                && morphs[k - 2].pos == Pos::Particle
                && matches!(morphs[k - 2].surface.as_str(), "と" | "を")))
}

/// Does the repeated particle at `k` open a relative clause of its own, while the first one
/// belongs to the main predicate? 「処理を[SQSを使った]非同期処理に作り替えた」: the clause after the
/// second を ends in an adnominal verb, and its head noun takes another particle (に), so the main
/// verb is still free to take the first を. When the head noun takes the same particle again
/// (「効率化を目的をとした改善を行った」), the main verb cannot take two, so the repeat is real.
fn opens_relative_clause(morphs: &[&Morpheme], k: usize) -> bool {
    let particle = morphs[k].surface.as_str();
    let Some(close) = (k + 1..morphs.len()).find(|&j| {
        let m = morphs[j];
        is_boundary(m) || closes_clause(m, morphs.get(j + 1).copied(), morphs.get(j + 2).copied())
    }) else {
        return false;
    };
    let m = morphs[close];
    let adnominal = matches!(m.pos, Pos::Verb | Pos::Adjective | Pos::Auxiliary)
        && (m.conj_form.starts_with("基本形") || m.conj_form.starts_with("連体"));
    // The relative clause must have its own verb right after the particle's phrase (not と + する).
    let own_verb = morphs[k + 1..close].iter().all(|x| x.pos != Pos::Particle);
    if !adnominal || !own_verb {
        return false;
    }
    let head_end = (close + 1..morphs.len())
        .find(|&j| !matches!(morphs[j].pos, Pos::Noun | Pos::Prefix))
        .unwrap_or(morphs.len());
    head_end > close + 1
        && morphs
            .get(head_end)
            .is_some_and(|p| p.pos == Pos::Particle && p.pos1 == "格助詞" && p.surface != particle)
}

impl Rule for DoubledJoshi {
    fn id(&self) -> &'static str {
        "doubled-joshi"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("doubled_joshi.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Both
    }
    fn advice(&self) -> Advice {
        Advice::Writing
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (_, s) in cx.sentences() {
            // A sentence of a paragraph may run over hard-wrapped lines.
            let morphs: Vec<&Morpheme> = cx.doc.morphs_in(s).collect();
            let mut seen: Vec<&str> = Vec::new();
            let mut no_chain = 0usize;
            // The last で/に (case particle) and its index, for the CLOSE check.
            let mut close: Option<(usize, &str)> = None;
            for (k, m) in morphs.iter().enumerate() {
                let next = morphs.get(k + 1).copied();
                if m.pos == Pos::Particle && m.surface == "の" && m.pos1 == "連体化" {
                    // 「若手向けの」「拠点ごとの」: a suffix that makes an adnominal phrase is the
                    // rewrite this message proposes, not another link of the chain.
                    let adnominal_suffix = k > 0
                        && morphs[k - 1].pos1 == "接尾"
                        && matches!(morphs[k - 1].surface.as_str(), "向け" | "別" | "ごと" | "毎");
                    if !adnominal_suffix {
                        no_chain += 1;
                    }
                    if no_chain == NO_CHAIN {
                        out.push(self.diag(m.range.clone(), format!("助詞「の」が{NO_CHAIN}つ続いています。「〜における」「〜向けの」などに言い換えるか、語順を変えてください。")));
                    }
                    continue;
                }
                if !matches!(m.pos, Pos::Noun | Pos::Prefix) {
                    no_chain = 0;
                }
                let prev = k.checked_sub(1).map(|p| morphs[p]);
                if is_boundary(m)
                    || closes_clause(m, next, morphs.get(k + 2).copied())
                    || deverbal_predicate(prev, m, next)
                {
                    seen.clear();
                    close = None;
                    continue;
                }
                // では / には / でも: a compound particle on a topic phrase.
                if next.is_some_and(|n| {
                    n.pos == Pos::Particle && matches!(n.surface.as_str(), "は" | "も")
                }) && !CHECKED.contains(&m.surface.as_str())
                {
                    continue;
                }
                // 「Excelで自動で作る」「一人で」「一括で」: で of manner says how, not where or by
                // what, so it does not compete with a で of place or means.
                if m.surface == "で" && k > 0 && MANNER_DE.contains(&morphs[k - 1].surface.as_str()) {
                    continue;
                }
                // 正確に, 迅速に: に after a 形容動詞 stem is adverbial, not a particle.
                if m.surface == "に"
                    && k > 0
                    && morphs[k - 1].pos == Pos::Noun
                    && morphs[k - 1].pos1 == "形容動詞語幹"
                {
                    continue;
                }
                if m.pos == Pos::Particle
                    && m.pos1 == "格助詞"
                    && CLOSE.contains(&m.surface.as_str())
                    && !adverbial_ni(&morphs, k)
                {
                    // A one-character noun with に/で and a verb is an idiom (身につける, 手に入れる,
                    // 気にする), not a second goal or place.
                    let repeat = close.is_some_and(|(at, p)| {
                        p == m.surface
                            && morphs[at + 1..k]
                                .iter()
                                .map(|x| x.surface.chars().count())
                                .sum::<usize>()
                                >= 2
                            && morphs[at + 1..k].iter().all(|x| {
                                (matches!(x.pos, Pos::Noun | Pos::Prefix)
                                    && x.pos1 != "副詞可能"
                                    && x.pos1 != "非自立")
                                    // 「受付で読み取りのエラーで」「厨房とホールで」: a noun phrase
                                    // joined by の or a parallel と/や is still one bare phrase.
                                    || (x.pos == Pos::Particle
                                        && (x.pos1 == "連体化" || x.pos1 == "並立助詞"))
                            })
                    });
                    if repeat {
                        out.push(self.diag(m.range.clone(), format!("助詞「{}」が一つの区切りの中で二度使われています。どちらかを言い換えるか、文を分けてください。", m.surface)));
                        close = None;
                    } else {
                        close = Some((k, m.surface.as_str()));
                    }
                }
                let is_case = m.pos == Pos::Particle
                    && (m.pos1 == "格助詞" || m.pos1 == "係助詞")
                    && CHECKED.contains(&m.surface.as_str());
                if !is_case {
                    // Another particle between two equal ones breaks the repetition.
                    if m.pos == Pos::Particle && m.pos1 != "連体化" {
                        seen.push(&m.surface);
                    }
                    continue;
                }
                // 〜をもって (以て, 身をもって): a compound particle, not the object marker.
                if m.surface == "を"
                    && next.is_some_and(|n| n.surface == "もっ" || n.surface == "持っ")
                    && morphs.get(k + 2).is_some_and(|t| t.surface == "て")
                {
                    continue;
                }
                // では / には / とは: the は is a topic marker on a phrase, not a repeat.
                if m.surface == "は"
                    && k > 0
                    && matches!(morphs[k - 1].surface.as_str(), "で" | "に" | "と" | "から")
                {
                    continue;
                }
                // 「様子を写真を使って伝える」: the second particle belongs to a verb in て-form
                // right after it, an embedded clause of its own.
                let embedded = next.is_some_and(|v| v.pos == Pos::Verb)
                    && morphs.get(k + 2).is_some_and(|t| {
                        t.pos == Pos::Particle && matches!(t.surface.as_str(), "て" | "で")
                    });
                if seen.last() == Some(&m.surface.as_str())
                    && !embedded
                    // A topic は never stands inside a relative clause (「時間は店舗は混み合う」).
                    && (m.surface == "は" || !opens_relative_clause(&morphs, k))
                {
                    out.push(self.diag(m.range.clone(), format!("助詞「{}」が一つの区切りの中で二度使われています。どちらかを言い換えるか、文を分けてください。", m.surface)));
                    seen.retain(|p| *p != m.surface);
                } else {
                    seen.push(&m.surface);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "doubled-joshi";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "資料を作成した。",
                "私は営業が得意です。",
                "前職では、営業を担当し、売上を伸ばした。",
                "受付画面に入力チェックを追加した。",
                "現場の全員が同じ情報を見て動ける仕組みを作ることを大切にしてきました。",
                "ピーク時間にレジ応援に入れる体制をつくった。",
                // をもって is a compound particle (以て).
                "現場を回す難しさを身をもって知っています。",
                // お + それ after an adnominal verb is a noun: the clause is closed.
                "入金が遅れるため、資金が不足するおそれがあった。",
                // The second を opens a relative clause; the first belongs to 作り替えた.
                "取り込み処理をSQSを使った非同期処理に作り替えた。",
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[
                ("私は営業は得意です。", "は"),
                ("業務の効率化を目的をとした改善。", "を"),
                // The head noun takes を again: the main verb cannot take both.
                ("手順書を担当者を決めた表を作った。", "を"),
                ("貴社の法人のお客様の業務の効率化に活かしたい。", "の"),
            ],
        );
    }

    #[test]
    fn clause_boundaries_from_morphology() {
        assert_ok(
            ID,
            &[
                // 形容動詞＋な modifying a noun closes the clause.
                "顧客を担当することが重要な業務を担当した。",
                "私は重要な業務は一人で担った。",
                // 正確に is an adverb, not the particle に.
                "数値を正確に把握し、月次の報告に活かした。",
                // Full-width and half-width commas, and a 読点 after a code span.
                "これがiPhone，これがAndroidです。",
                "これがiPhone,これがAndroidです。",
                "関数宣言で関数`fn1`、関数式で関数`fn2`を定義する。",
                // A sentence inside brackets is its own clause.
                "「私は遅れた。私は謝った」と書いた。",
                // 冷え込み is 冷え込む's 中止法 although the dictionary lists it as a noun.
                "採用市場が冷え込み既存顧客の発注が減る下で、提案を見直した。",
            ],
        );
        assert_ng(
            ID,
            &[("これは`obj.method`は何をしているかを示します。", "は")],
        );
    }

    #[test]
    fn de_and_ni_around_a_bare_noun() {
        assert_ng(
            ID,
            &[
                ("前職では病棟で夜勤でミスをした。", "で"),
                ("本社に工場に指示を出した。", "に"),
            ],
        );
        assert_ok(
            ID,
            &[
                "ピーク時間にレジ応援に入れる体制をつくった。",
                "課長と一緒に説明に回った。",
                "業務を中心にホテル運営に携わった。",
                "確認をせずにお客様に伝えた。",
                "開店までに身につけておく。",
                "早めに身につけておく。",
                // 働き＋方 is a noun: the clause before it is closed.
                "仕組みで品質を支える働き方をしたい。",
            ],
        );
    }

    #[test]
    fn manner_de_suffix_no_and_adverb_after_a_chained_adjective() {
        // で of manner beside a で of means; の after 向け; 多く + adverb ends the clause.
        assert_ok(
            ID,
            &[
                "集計表をExcelで自動で作れるようにしました。",
                "社内の若手向けの施工管理の勉強会の講師を担当。",
                "新人が辞めることが多く常に人手が足りなかった。",
            ],
        );
        // Still repeats: two places with only nouns between them, and four plain の.
        assert_ng(
            ID,
            &[
                ("研修で厨房で包丁の使い方を教えた。", "で"),
                ("貴社の法人のお客様の業務の効率化に貢献したい。", "の"),
            ],
        );
    }

    #[test]
    fn a_hard_wrapped_sentence_is_one_sentence() {
        assert_ng(ID, &[("私は前職の\n営業は得意でした。", "は")]);
    }
}
