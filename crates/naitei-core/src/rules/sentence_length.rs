//! # sentence-length: 一文が長すぎる
//!
//! ## 何を検出するか
//! 100字（`thresholds.sentence_length`）を超える文。箇条書きと表の一行は一つの項目として、文章の段落は
//! 改行をまたいで一文として数えます（行の途中で折り返した文も一文です）。
//!
//! 数えるのは読み手が読む文字です: リンクは表示される文字だけ、URL・HTML のタグ・強調の記号（**）・
//! 引用の記号（>）は数えず、コード（`…`）は中身の文字数で数えます。一行がリンクだけの行（参考資料や
//! ポートフォリオの題名）と引用（> で始まる行）は本人の文ではないので数えません。
//!
//! ## なぜ問題か
//! 長い文は主語と述語が離れ、何をして何が良くなったのかが読み取りにくくなります。採用担当者は
//! 一通を30〜60秒で読みます。
//!
//! ## 例
//! NG: 「前職では営業事務として受発注業務と請求業務と在庫管理を担当しており、その中で…（120字）」
//! OK: 二つか三つの文に分け、一文一義にする
//!
//! ## 修正
//! 自動修正はありません。「〜し、〜し、」と続く所で文を切り、課題・行動・結果を別の文にしてください。

use super::{Advice, Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};

pub struct SentenceLength;

impl Rule for SentenceLength {
    fn id(&self) -> &'static str {
        "sentence-length"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("sentence_length.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Both
    }
    fn advice(&self) -> Advice {
        Advice::Writing
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let max = cx.config.thresholds.sentence_length;
        for (_, s) in cx.sentences() {
            let n = cx.doc.prose_chars(s.clone());
            if n > max {
                out.push(self.diag(s, format!("一文が{n}字あります（目安は{max}字以内）。「〜し、」で続く所で文を切り、一文に一つのことを書いてください。")));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "sentence-length";

    #[test]
    fn valid() {
        assert_ok(ID, &[&"あ".repeat(100), "短い文。短い文。"]);
    }

    #[test]
    fn invalid() {
        let long = format!("{}。", "受注入力を担当し".repeat(13));
        assert_ng(ID, &[(&long, &long)]);
        let f = findings(ID, &long);
        assert!(f[0].message.contains("105字"), "{}", f[0].message);
    }

    #[test]
    fn counts_what_a_reader_reads() {
        // 95 characters of prose plus a long URL, emphasis and a link: not too long.
        let prose = "受注入力を担当し".repeat(11);
        let text = format!(
            "{}**成果**は[資料](https://example.com/{})にまとめた。",
            &prose[..prose.len() - 3 * 8],
            "a".repeat(80)
        );
        assert_ok(ID, &[&text]);
        // A line that is one link is a reference, not a sentence.
        assert_ok(
            ID,
            &[&format!("[{}](https://example.com)", "資料".repeat(60))],
        );
    }

    #[test]
    fn a_hard_wrapped_paragraph_is_counted_across_lines() {
        let half = "受注入力を担当し".repeat(7);
        let text = format!("■自己PR\n{half}\n{half}。");
        let f = findings(ID, &text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("114字"), "{}", f[0].message);
        // Bullets stay one item each.
        assert_ok(ID, &[&format!("・{half}\n・{half}。")]);
    }
}
