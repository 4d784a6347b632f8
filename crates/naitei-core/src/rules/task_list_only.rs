//! # task-list-only: 職歴が業務の列挙だけ（やったことリスト）
//!
//! ## 何を検出するか
//! 一つの職歴（会社・期間のまとまり）の行が、担当業務の列挙（〜を担当、〜に従事、〜業務）だけで、
//! 行動や結果を書いた行が一つもないもの。いわゆる「モブキャラ経歴書」です。派遣先やプロジェクト、
//! 期間の区切りは会社の職歴の一部として読みます。学歴や研修・職業訓練の期間には指摘しません。
//! メッセージには会社名（なければ職歴の見出し）を示します。分野・職種ごとにまとめたキャリア式の
//! 職務経歴書では、まとまりは会社ではないので、その分野の見出しを示して「経験」と呼びます。
//!
//! ## なぜ問題か
//! 業務の列挙は、同じ職種の誰にでも書けます。採用担当者が知りたいのは、その仕事をあなたが
//! どう工夫し、何が良くなったかです。書類選考で落ちる職務経歴書の典型です。
//!
//! ## 例
//! NG: 「・受注データの入力業務を担当。」「・請求書の発行。」だけの職歴
//! OK: 上に加えて「・入力ミスが月5件ほどあったため、ダブルチェック表を作り、ミスを月1件に減らした。」
//!
//! ## 修正
//! 自動修正はありません。各職歴に、課題→行動→結果の行を少なくとも一つ加えてください。
//! 実績が思い浮かばないときは `naitei goals` が業務から測れる目標を提案します。

use super::{Advice, Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub struct TaskListOnly;

impl Rule for TaskListOnly {
    fn id(&self) -> &'static str {
        "task-list-only"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("task_list_only.rs")
    }
    fn advice(&self) -> Advice {
        Advice::Own {
            priority: 20,
            headline: |n| {
                format!(
                    "業務の列挙だけの職歴が{n}つあります：各職歴に課題→行動→数字の実績を一つ以上加えましょう。"
                )
            },
        }
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for job in cx.doc.jobs.iter().filter(|j| !j.schooling) {
            // Items are in document order, like the job's lines: take the job's range.
            let first = job.items.first().copied().unwrap_or(usize::MAX);
            let last = job.items.last().copied().unwrap_or(0);
            let items: Vec<_> = cx
                .items
                .iter()
                .filter(|i| {
                    (first..=last).contains(&i.line) && job.items.binary_search(&i.line).is_ok()
                })
                .collect();
            if items.is_empty() || items.iter().any(|i| i.analysis.action || i.analysis.result) {
                continue;
            }
            let line = &cx.doc.lines[job.heading];
            let span = line.content.clone();
            let heading = cx.doc.line_content(job.heading).trim();
            let short = |h: &str| h.chars().take(30).collect::<String>();
            // A block by field (キャリア式) is no employer: name the field, call it 経験.
            let (name, what) = if job.field {
                let h = heading.trim_start_matches(|c: char| {
                    c.is_ascii_digit() || "〈〉<>＜＞()（）.．、①②③④⑤⑥■□◆◇●【】 ".contains(c)
                });
                (format!("「{}」の", short(h)), "経験")
            } else {
                (String::new(), "職歴")
            };
            let name = match job.company.as_deref() {
                _ if job.field => name,
                Some(c) => format!("「{c}」の"),
                None if !heading.is_empty()
                    && cx.doc.lines[job.heading].role
                        == Some(crate::document::LineRole::JobHeader) =>
                {
                    format!("「{}」の", short(heading))
                }
                None => String::new(),
            };
            out.push(self.diag(
                span,
                format!(
                    "{name}{what}が業務の列挙だけ（{}行）で、行動と結果を書いた行がありません。少なくとも一つ、課題→行動→数字の実績を加えてください（例：「〜に時間がかかっていたため、〜を作成し、作業時間を月10時間減らした」）。",
                    items.len()
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "task-list-only";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "## 職務経歴\n### 株式会社A\n・受注入力を担当。\n・入力ミスが多かったため、チェック表を作り、ミスを半減させた。",
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[(
                "## 職務経歴\n### 株式会社A（2019年4月〜現在）\n・受注入力を担当。\n・請求書の発行。\n・電話応対。",
                "株式会社A（2019年4月〜現在）",
            )],
        );
    }

    #[test]
    fn a_block_by_field_is_named_as_experience_not_as_an_employer() {
        let src = "## 職務経歴（キャリア式）\n〈1〉受注事務（通算約5年）\n・受注入力を担当。\n・電話応対。\n〈2〉経理補助（約3年）\n・入力ミスが多かったため、チェック表を作り、ミスを半減させた。\n■職歴\n2015年4月〜2020年3月 株式会社A\n2020年4月〜現在 株式会社B\n";
        let r = crate::review::review(src, &crate::config::Config::default());
        let msgs: Vec<&str> = r
            .diagnostics
            .iter()
            .filter(|d| d.rule == ID)
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(msgs.len(), 1, "{msgs:?}");
        assert!(
            msgs[0].starts_with("「受注事務")
                && msgs[0].contains("」の経験が業務の列挙だけ（2行）"),
            "{}",
            msgs[0]
        );
        assert!(!msgs[0].contains("株式会社"), "{}", msgs[0]);
    }
}
