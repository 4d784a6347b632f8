//! # summary-length: 職務要約が短すぎる・長すぎる
//!
//! ## 何を検出するか
//! 職務要約の本文が200字未満、または300字を超えるもの（しきい値は naitei.toml の
//! `thresholds.summary_min` / `summary_max` で変更可）。
//!
//! ## なぜ問題か
//! 短すぎる要約は経歴の全体像が伝わらず、長すぎる要約は最初の30秒で読まれません。目安は
//! 3〜5行・200〜300字です（REFERENCE.md §2）。
//!
//! ## 例
//! NG: 「事務を5年やってきました。」（13字）
//! OK: 経験年数・職種・業界、得意な業務、代表的な実績（数字つき）、次にやりたいことを200〜300字で
//!
//! ## 修正
//! 自動修正はありません。短い場合は代表的な実績を一つ数字つきで、長い場合は職務経歴と重なる
//! 説明を削ってください。

use super::{Advice, Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{LineKind, SectionKind};

pub struct SummaryLength;

impl Rule for SummaryLength {
    fn id(&self) -> &'static str {
        "summary-length"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("summary_length.rs")
    }
    fn advice(&self) -> Advice {
        Advice::Own {
            priority: 70,
            headline: |_n| "職務要約の長さを200〜300字に調整しましょう。".to_string(),
        }
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let doc = cx.doc;
        let Some(section) = doc.section_of(SectionKind::Summary) else {
            return;
        };
        let si = doc
            .sections
            .iter()
            .position(|s| std::ptr::eq(s, section))
            .unwrap_or(0);
        let body: Vec<usize> = section
            .lines
            .clone()
            .filter(|&i| {
                doc.lines[i].section == si
                    && !matches!(doc.lines[i].kind, LineKind::Blank | LineKind::Rule)
            })
            .collect();
        let Some((&first, &last)) = body.first().zip(body.last()) else {
            return;
        };
        let chars: usize = body
            .iter()
            .map(|&i| {
                doc.line_content(i)
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .count()
            })
            .sum();
        let t = &cx.config.thresholds;
        let span = doc.lines[first].content.start..doc.lines[last].content.end;
        if chars < t.summary_min {
            out.push(self.diag(span, format!("職務要約が{chars}字で短すぎます（目安は{}〜{}字）。経験年数・職種・得意分野に加えて、代表的な実績を一つ数字つきで書いてください。", t.summary_min, t.summary_max)));
        } else if chars > t.summary_max {
            out.push(self.diag(span, format!("職務要約が{chars}字で長すぎます（目安は{}〜{}字）。採用担当者は最初の30秒で判断します。職務経歴と重なる説明を削り、3〜5行にまとめてください。", t.summary_min, t.summary_max)));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "summary-length";

    #[test]
    fn valid() {
        let body = "あ".repeat(250);
        assert_ok(
            ID,
            &[&format!("■職務要約\n{body}\n■職務経歴\n・受注入力。")],
        );
    }

    #[test]
    fn invalid() {
        let long = "い".repeat(320);
        assert_ng(
            ID,
            &[
                (
                    "■職務要約\n事務を5年やってきました。\n■職務経歴\n・受注入力。",
                    "事務を5年やってきました。",
                ),
                (&format!("■職務要約\n{long}\n"), &long),
            ],
        );
        let f = findings(ID, "■職務要約\n事務を5年やってきました。\n");
        assert!(f[0].message.contains("13字"), "{}", f[0].message);
    }
}
