//! # achievement-no-action: 成果はあるが、自分の行動が書かれていない
//!
//! ## 何を検出するか
//! 結果の数字（売上を前年比120%に伸ばした、新規契約30件を獲得）はあるのに、その結果を生むために
//! あなたが何をしたか（導入した・見直した・提案した・作成した）が書かれていない実績。行動の行とその下の
//! 「→」の結果の行は一つの実績として読み、指摘は一つの実績につき一回、結果の行に付きます。
//!
//! ## なぜ問題か
//! 数字だけでは、市場や会社の追い風による結果なのか、あなたの工夫による結果なのかが分かりません。
//! 面接官が知りたいのは「次の職場でも再現できるやり方」です。
//!
//! ## 例
//! NG: 「担当エリアの売上を前年比120%に伸ばした。」
//! OK: 「休眠顧客のリストを作り直して訪問順を見直し、担当エリアの売上を前年比120%に伸ばした。」
//!
//! ## 修正
//! 自動修正はありません。結果の前に「何を・どう変えたか」を一文で加えてください。

use super::{Advice, Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub struct AchievementNoAction;

impl Rule for AchievementNoAction {
    fn id(&self) -> &'static str {
        "achievement-no-action"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("achievement_no_action.rs")
    }
    fn advice(&self) -> Advice {
        Advice::Own {
            priority: 40,
            headline: |n| {
                format!(
                    "自分の行動が書かれていない成果が{n}行あります：何を・どう変えたかを加えましょう。"
                )
            },
        }
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for ep in cx.episodes {
            let v = ep.verdict;
            if v.action || !(v.result || ep.unmeasured_outcome) {
                continue;
            }
            let at = ep
                .items
                .iter()
                .find(|&&k| {
                    let a = &cx.items[k].analysis;
                    a.result || a.unmeasured_outcome
                })
                .or(ep.items.first());
            let Some(&k) = at else { continue };
            out.push(self.diag(
                cx.doc.lines[cx.items[k].line].content.clone(),
                "成果は書かれていますが、それを生んだあなたの行動がありません。「何を・どう変えたか」（例：手順を見直し、ツールを導入し）を結果の前に加えてください。".to_string(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "achievement-no-action";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "## 職務経歴\n・訪問順を見直し、売上を前年比120%に伸ばした。",
                "## 職務経歴\n・経理事務を担当。",
            ],
        );
    }

    #[test]
    fn a_result_line_under_its_action_is_not_flagged() {
        assert_ok(
            ID,
            &["## 職務経歴\n・請求チェックのツールを設計・開発。\n→月40時間の作業削減を達成\n"],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[
                (
                    "## 職務経歴\n・担当エリアの売上を前年比120%に伸ばした。",
                    "担当エリアの売上を前年比120%に伸ばした。",
                ),
                (
                    "## 職務経歴\n・個人売上で支店内1位を獲得。",
                    "個人売上で支店内1位を獲得。",
                ),
            ],
        );
    }
}
