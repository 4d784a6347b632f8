//! # max-ten: 一文の読点が多すぎる
//!
//! ## 何を検出するか
//! 一文の中に読点（、，）が4つ以上ある文（`thresholds.max_ten` を超えるもの）。数字の桁区切り
//! （1,200）は数えません。
//!
//! ## なぜ問題か
//! 読点が多い文は、いくつもの内容を詰め込んだ文です。読み手はどこが要点か分からなくなります。
//!
//! ## 例
//! NG: 「受注、発注、在庫管理、請求、入金確認、電話応対を担当し、…」
//! OK: 「受発注と在庫管理を担当。請求から入金確認までを一人で行う。」
//!
//! ## 修正
//! 自動修正はありません。文を分けるか、列挙は箇条書きや「〜など」にまとめてください。

use super::{Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub struct MaxTen;

impl Rule for MaxTen {
    fn id(&self) -> &'static str {
        "max-ten"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("max_ten.rs")
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let max = cx.config.thresholds.max_ten;
        for (_, s) in cx.sentences() {
            let text = cx.doc.slice(s.clone());
            let bytes = text.as_bytes();
            let tens: Vec<usize> = text
                .char_indices()
                .filter(|&(i, c)| {
                    c == '、'
                        || (c == ','
                            && !(i > 0
                                && bytes[i - 1].is_ascii_digit()
                                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
                })
                .map(|(i, _)| i)
                .collect();
            if tens.len() > max {
                let at = s.start + tens[max];
                out.push(self.diag(at..at + text[tens[max]..].chars().next().map_or(1, char::len_utf8), format!("一文に読点が{}個あります（目安は{max}個まで）。文を分けるか、列挙は箇条書きにまとめてください。", tens.len())));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "max-ten";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "受注、発注、在庫管理を担当。",
                "売上1,200,000円、利益300,000円を達成。",
            ],
        );
    }

    #[test]
    fn invalid() {
        let f = findings(ID, "受注、発注、在庫管理、請求、入金確認を担当。");
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].column, f[0].text.as_str()), (14, "、"));
    }
}
