//! # date-format-mixed: 西暦と和暦が混在している
//!
//! ## 何を検出するか
//! 同じ書類の中で、西暦（2019年、2019/4）と和暦（令和元年、平成31年、R1.5）の日付が混ざっているもの。
//! 少ないほうの書き方を指摘します。
//!
//! ## なぜ問題か
//! 日付の書き方は書類全体で一つに揃えるのが決まりです（REFERENCE.md §2）。混在していると、履歴書との
//! 照合で期間の食い違いを疑われたり、雑な印象を与えたりします。
//!
//! ## 例
//! NG: 「2016年4月 入社」と「令和2年3月 退職」
//! OK: 「2016年4月 入社」「2020年3月 退職」
//!
//! ## 修正
//! 自動修正はありません（元号の境目の年に注意が必要なため）。履歴書と同じ書き方に揃えてください。

use std::sync::LazyLock;

use regex::Regex;

use super::{Advice, Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::LineKind;

pub struct DateFormatMixed;

static SEIREKI: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])((?:19|20)\d{2})\s*(?:年|[/.](?:\d))").expect("valid regex")
});
static WAREKI: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:令和|平成|昭和)\s*(?:\d{1,2}|元)\s*年|(?:^|[^A-Za-z])[RHS]\d{1,2}[./]\d")
        .expect("valid regex")
});

impl Rule for DateFormatMixed {
    fn id(&self) -> &'static str {
        "date-format-mixed"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("date_format_mixed.rs")
    }
    fn advice(&self) -> Advice {
        Advice::Writing
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let mut seireki = Vec::new();
        let mut wareki = Vec::new();
        for line in &cx.doc.lines {
            if line.kind == LineKind::Blank {
                continue;
            }
            let text = cx.doc.slice(line.range.clone());
            // Every date form has a digit (or 元年); most lines have none.
            if !text.bytes().any(|b| b.is_ascii_digit()) && !text.contains("元年") {
                continue;
            }
            for c in SEIREKI.captures_iter(text) {
                let m = c.get(1).expect("group 1");
                seireki.push(line.range.start + m.start()..line.range.start + m.end());
            }
            for m in WAREKI.find_iter(text) {
                let trimmed = m.as_str().len()
                    - m.as_str()
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .len();
                wareki.push(line.range.start + m.start() + trimmed..line.range.start + m.end());
            }
        }
        if seireki.is_empty() || wareki.is_empty() {
            return;
        }
        let (minority, major, minor) = if wareki.len() <= seireki.len() {
            (wareki, "西暦", "和暦")
        } else {
            (seireki, "和暦", "西暦")
        };
        for span in minority {
            out.push(self.diag(span, format!("日付の書き方が混在しています。この日付は{minor}ですが、書類の多くは{major}です。{major}に揃えてください（履歴書とも合わせます）。")));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "date-format-mixed";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "2016年4月 入社\n2020年3月 退職",
                "令和2年4月 入社\n令和5年3月 退職",
                "売上を2000件にした。",
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[
                ("2016年4月 入社\n2018年4月 異動\n令和2年3月 退職", "令和2年"),
                ("R2.4 入社\nR4.3 異動\n2023/3 退職", "2023"),
            ],
        );
    }
}
