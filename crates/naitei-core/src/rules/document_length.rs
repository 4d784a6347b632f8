//! # document-length: 職務経歴書が長すぎる（A4で3枚超）
//!
//! ## 何を検出するか
//! 文字数と行数から見積もったA4の枚数が3枚（`thresholds.max_pages`）を超える職務経歴書。
//! 1枚あたり約1,350字（一般的なレイアウトで1,200〜1,500字）、または45行として数えます。
//!
//! ## なぜ問題か
//! 職務経歴書はA4で1〜2枚、多くても3枚が一般的です。4枚以上は読まれにくく、要点をまとめる力が
//! ないと受け取られることもあります（REFERENCE.md §2）。
//!
//! ## 例
//! NG: 10年分の全業務を細かく列挙して5枚
//! OK: 応募先に関係する職歴と実績に絞って2枚
//!
//! ## 修正
//! 自動修正はありません。応募先に関係の薄い業務の列挙を削り、実績は代表的なものに絞ってください。

use super::{Advice, Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::LineKind;

pub struct DocumentLength;

impl Rule for DocumentLength {
    fn id(&self) -> &'static str {
        "document-length"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("document_length.rs")
    }
    fn advice(&self) -> Advice {
        Advice::Own {
            priority: 60,
            headline: |_n| {
                "分量を減らす：A4で2枚程度を目安に、応募先に関係する実績に絞りましょう。"
                    .to_string()
            },
        }
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let t = &cx.config.thresholds;
        let pages = estimated_pages(cx);
        if pages > t.max_pages {
            let first = cx
                .doc
                .lines
                .iter()
                .find(|l| l.kind != LineKind::Blank)
                .map_or(0..0, |l| l.content.clone());
            out.push(self.diag(first, format!("A4で約{pages:.1}枚の分量です（目安は1〜2枚、多くても{}枚）。応募先に関係の薄い業務の列挙を削り、実績を代表的なものに絞ってください。", t.max_pages)));
        }
    }
}

/// Estimated A4 pages: the larger of the character-based and the line-based estimate.
pub fn estimated_pages(cx: &Context<'_>) -> f64 {
    let t = &cx.config.thresholds;
    let chars = cx.doc.visible_chars as f64 / t.chars_per_page.max(1) as f64;
    let lines = cx
        .doc
        .lines
        .iter()
        .filter(|l| l.kind != LineKind::Blank)
        .count() as f64
        / t.lines_per_page.max(1) as f64;
    chars.max(lines)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "document-length";

    #[test]
    fn valid() {
        assert_ok(ID, &[&"・受注入力を担当。\n".repeat(40)]);
    }

    #[test]
    fn invalid() {
        let text = format!(
            "# 職務経歴書\n{}",
            "・受注データの入力と請求書の発行を担当し、月末の締め処理を行う。\n".repeat(200)
        );
        let f = findings(ID, &text);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("A4で約"), "{}", f[0].message);
        assert_eq!(f[0].line, 1);
    }
}
