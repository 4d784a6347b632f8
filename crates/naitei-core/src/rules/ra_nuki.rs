//! # ra-nuki: ら抜き言葉
//!
//! ## 何を検出するか
//! 一段動詞・カ変動詞の可能形から「ら」が抜けた形（見れる・来れる・食べれる・考えれる）。
//! 形態素解析で「一段/カ変動詞の未然形＋れる」と、辞書に載っているら抜き形（見れる・来れる）を見ます。
//! 補助動詞の形（帰ってこれる・続けてこれた・やってみれる）も同じく指摘します。
//! 五段動詞の受け身・可能（書かれる・行ける）は対象外です。
//! コード（`…`）、URL、HTML、画像、引用（> で始まる行）は文章として読みません（リンクの文字は読みます）。
//!
//! ## なぜ問題か
//! 話し言葉では広く使われますが、書き言葉では誤りとされます。応募書類では「言葉づかいが雑」と
//! 受け取られます。
//!
//! ## 例
//! NG: 「現場の状況をすぐに見れる仕組みを作った。」
//! OK: 「現場の状況をすぐに見られる仕組みを作った。」
//!
//! ## 修正
//! 安全な自動修正があります（「ら」を補う）。`naitei review --fix` で直せます。

use super::{Advice, Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::morph::Pos;

pub struct RaNuki;

/// Potential forms that IPADIC lists as words of their own.
const LEXICALIZED: &[&str] = &[
    "見れる",
    "みれる",
    "来れる",
    "これる",
    "着れる",
    "居れる",
    "寝れる",
    "出れる",
];

impl Rule for RaNuki {
    fn id(&self) -> &'static str {
        "ra-nuki"
    }
    fn severity(&self) -> Severity {
        Severity::Error
    }
    fn source(&self) -> &'static str {
        include_str!("ra_nuki.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Both
    }
    fn advice(&self) -> Advice {
        Advice::Writing
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for line in &cx.doc.lines {
            let m = &line.morphs;
            for i in 0..m.len() {
                let v = &m[i];
                if v.pos != Pos::Verb {
                    continue;
                }
                // 食べ + れる; also the auxiliary verbs after て (帰って + こ + れる).
                if matches!(v.pos1, "自立" | "非自立")
                    && (v.conj_type.starts_with("一段") || v.conj_type.starts_with("カ変"))
                    && v.conj_form == "未然形"
                    && m.get(i + 1)
                        .is_some_and(|n| n.pos == Pos::Verb && n.pos1 == "接尾" && n.base == "れる")
                {
                    let span = v.range.start..m[i + 1].range.end;
                    let wrong = cx.doc.slice(span.clone()).to_string();
                    let right = format!("{}ら{}", v.surface, m[i + 1].surface);
                    // Markup between the two words (食べ**れる**) makes the edit unsafe.
                    let plain = wrong == format!("{}{}", v.surface, m[i + 1].surface);
                    out.push(self.diag_fix(
                        span,
                        format!("「{wrong}」はら抜き言葉です。「{right}」と書いてください。"),
                        right,
                        plain,
                    ));
                    continue;
                }
                // 見れる (one word in the dictionary)
                if LEXICALIZED.contains(&v.base.as_str()) {
                    let stem = v.base.trim_end_matches("れる");
                    if let Some(rest) = v
                        .surface
                        .strip_prefix(stem)
                        .and_then(|s| s.strip_prefix('れ'))
                    {
                        let right = format!("{stem}られ{rest}");
                        let plain = cx.doc.slice(v.range.clone()) == v.surface;
                        out.push(self.diag_fix(
                            v.range.clone(),
                            format!(
                                "「{}」はら抜き言葉です。「{right}」と書いてください。",
                                v.surface
                            ),
                            right,
                            plain,
                        ));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "ra-nuki";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "現場の状況をすぐに見られる。",
                "資料を書かれる。",
                "どこでも行ける。",
                "会議に来られる方。",
                "意見を入れる。",
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[
                ("状況をすぐに見れる仕組み。", "見れる"),
                ("朝早く起きれなかった。", "起きれ"),
                ("何でも食べれる。", "食べれる"),
                ("明日も来れる。", "来れる"),
                // The auxiliary くる after て.
                ("安全に帰ってこれる職場。", "これる"),
                ("事故なく続けてこれたのは点検のおかげだ。", "これ"),
                ("一度やってみれると思う。", "みれる"),
            ],
        );
    }

    #[test]
    fn fix_inserts_ra() {
        assert_eq!(
            fixed(ID, "すぐに見れるようにした。"),
            "すぐに見られるようにした。"
        );
        assert_eq!(
            fixed(ID, "朝早く起きれなかった。"),
            "朝早く起きられなかった。"
        );
    }
}
