//! # achievement-no-problem: 実績の前提となる課題が書かれていない
//!
//! ## 何を検出するか
//! 行動と成果はあるのに、それが必要になった状況・課題（〜が多発していたため、〜に時間がかかって
//! いたので、〜の減少を受けて、属人化していた〜を）が書かれていない実績。複数行の実績
//! （【課題】【取り組み】【成果】など）は一つとして読み、指摘は一つの実績につき一回、最初の行に付きます。
//!
//! ## なぜ問題か
//! 課題→行動→結果の順に書くと、あなたが自分で問題を見つけて動ける人だと伝わります。課題がないと、
//! 指示された作業をこなしただけに見えることがあります。
//!
//! ## 例
//! NG: 「見積のテンプレートを整備し、作成時間を60分から20分に短縮した。」
//! OK: 「見積の作成に1件60分かかり返信が遅れていたため、テンプレートを整備し、20分に短縮した。」
//!
//! ## 修正
//! 自動修正はありません。行の頭に「どんな困りごとがあったか」を短く加えてください。情報レベルの指摘です。

use super::{Advice, Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub struct AchievementNoProblem;

impl Rule for AchievementNoProblem {
    fn id(&self) -> &'static str {
        "achievement-no-problem"
    }
    fn severity(&self) -> Severity {
        Severity::Info
    }
    fn source(&self) -> &'static str {
        include_str!("achievement_no_problem.rs")
    }
    fn advice(&self) -> Advice {
        Advice::Own {
            priority: 100,
            headline: |n| {
                format!(
                    "課題が書かれていない実績が{n}行あります：「〜が課題だったため」を行の頭に添えましょう。"
                )
            },
        }
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for ep in cx.episodes {
            let v = ep.verdict;
            if v.problem || !(v.action && v.result) {
                continue;
            }
            // The first line of the achievement under its title heading, if it has one.
            let Some(&k) = ep
                .items
                .iter()
                .find(|&&k| !cx.doc.lines[cx.items[k].line].title)
                .or(ep.items.first())
            else {
                continue;
            };
            out.push(self.diag(
                cx.doc.lines[cx.items[k].line].content.clone(),
                "行動と結果はそろっています。行の頭に、それが必要になった課題（例：「〜に時間がかかっていたため」）を加えると、課題→行動→結果の流れで伝わります。".to_string(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "achievement-no-problem";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "## 職務経歴\n・見積作成に時間がかかっていたため、テンプレートを整備し、作成時間を60分から20分に短縮した。",
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[(
                "## 職務経歴\n・見積のテンプレートを整備し、作成時間を60分から20分に短縮した。",
                "見積のテンプレートを整備し、作成時間を60分から20分に短縮した。",
            )],
        );
    }
}
