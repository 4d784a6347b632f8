//! # summary-missing: 職務要約がない
//!
//! ## 何を検出するか
//! 「職務要約」（職務概要・経歴要約など）の見出しがない、または見出しの下に本文がない職務経歴書。
//!
//! ## なぜ問題か
//! 採用担当者は最初に職務要約を読み、続きを読むかを決めます。要約がないと、経歴全体を読み解く
//! 手間を相手に押しつけることになり、書類選考で不利です。
//!
//! ## 例
//! NG: いきなり「■職務経歴」から始まる
//! OK: 「■職務要約」に、経験年数・職種・得意分野・代表的な実績を200〜300字で書く
//!
//! ## 修正
//! 自動修正はありません。冒頭に「■職務要約」を置き、3〜5行（200〜300字）で経歴をまとめてください。

use super::{Advice, Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{LineKind, SectionKind};

pub struct SummaryMissing;

impl Rule for SummaryMissing {
    fn id(&self) -> &'static str {
        "summary-missing"
    }
    fn severity(&self) -> Severity {
        Severity::Error
    }
    fn source(&self) -> &'static str {
        include_str!("summary_missing.rs")
    }
    fn advice(&self) -> Advice {
        Advice::Own {
            priority: 10,
            headline: |_n| {
                "職務要約を書く：冒頭に200〜300字で、経験年数・職種・代表的な実績をまとめましょう。"
                    .to_string()
            },
        }
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let doc = cx.doc;
        if doc.lines.iter().all(|l| l.kind == LineKind::Blank) {
            return;
        }
        match doc.section_of(SectionKind::Summary) {
            Some(section) => {
                let empty = section.lines.clone().all(|i| {
                    doc.lines[i].kind == LineKind::Blank
                        || doc.lines[i].section != doc.lines[section.heading.unwrap_or(0)].section
                });
                if empty {
                    let h = section.heading.unwrap_or(0);
                    out.push(self.diag(doc.lines[h].content.clone(), "職務要約の見出しはありますが、本文がありません。経験年数・職種・得意分野・代表的な実績を200〜300字で書いてください。".to_string()));
                }
            }
            None => {
                let first = doc
                    .lines
                    .iter()
                    .find(|l| l.kind != LineKind::Blank)
                    .map_or(0..0, |l| l.content.clone());
                out.push(self.diag(first, "職務要約がありません。冒頭に「■職務要約」を置き、経験年数・職種・得意分野・代表的な実績を200〜300字（3〜5行）でまとめてください。".to_string()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "summary-missing";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "■職務要約\n営業事務として5年間、受発注を担当してきました。\n■職務経歴\n・受注入力。",
                "",
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[
                ("■職務経歴\n・受注入力。", "職務経歴"),
                ("## 職務要約\n\n## 職務経歴\n・受注入力。", "職務要約"),
            ],
        );
    }
}
