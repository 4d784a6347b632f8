//! # achievement-no-result: 実績に数字（結果）がない
//!
//! ## 何を検出するか
//! 職務経歴の実績で、行動（導入した・見直した など）や成果（改善した・向上させた）は書かれているのに、
//! その結果を測る数字（%・割・件・時間・円・pt・前年比・半減・ゼロ・N点満点 など）がないもの。規模や
//! 期間の数字（20名の部署、約80社を担当、3年間）は結果とは数えません。実績は、行動の行とその下の
//! 「→」の行、【課題】【取り組み】【成果】の行のように、複数行で一つとして読みます（どれかの行に数字が
//! あれば指摘しません）。指摘は一つの実績につき一回、成果を述べた行（なければ行動の行）に付きます。
//!
//! ## なぜ問題か
//! 採用担当者は職務経歴書を30〜60秒で読みます。数字のない実績は「どれだけ良くなったのか」が伝わらず、
//! 再現性のある力として評価されません。事務職でも、作業時間・ミス件数・処理件数は数えられます。
//!
//! ## 例
//! NG: 「問い合わせ管理表を作成し、対応漏れを減らした。」
//! OK: 「問い合わせ管理表を作成し、対応漏れを月8件から1件に減らした。」
//!
//! ## 修正
//! 自動修正はありません（数字はあなたにしか分かりません）。メッセージが、その行に合う数字の種類
//! （作業時間・ミス件数・売上・金額・率）を提案します。

use super::{Advice, Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub struct AchievementNoResult;

/// Which kind of number fits a line, from the words in it.
pub(crate) fn number_hint(text: &str) -> &'static str {
    const HINTS: &[(&[&str], &str)] = &[
        (
            &[
                "ミス",
                "漏れ",
                "誤り",
                "エラー",
                "不備",
                "クレーム",
                "苦情",
                "事故",
                "不良",
            ],
            "ミスや漏れの件数（例：月10件→1件、ゼロ件に）",
        ),
        (
            &["コスト", "費用", "経費", "仕入", "資材", "単価", "予算"],
            "金額（例：年間120万円削減、単価を15%下げた）",
        ),
        (
            &[
                "売上", "受注", "契約", "新規", "顧客", "営業", "成約", "販売",
            ],
            "売上や件数（例：前年比120%、新規契約30件）",
        ),
        (
            &["採用", "離職", "定着", "研修", "教育", "育成", "応募"],
            "人数や率（例：離職率20%→8%、応募数2倍）",
        ),
        (
            &[
                "時間",
                "作業",
                "工数",
                "効率",
                "自動",
                "マクロ",
                "テンプレート",
                "手順",
                "業務",
                "処理",
                "電子化",
                "システム",
            ],
            "作業時間（例：1件60分→20分、月20時間削減）",
        ),
    ];
    HINTS
        .iter()
        .find(|(words, _)| words.iter().any(|w| text.contains(w)))
        .map_or("変化を表す数字（%・件数・時間・金額）", |(_, hint)| hint)
}

impl Rule for AchievementNoResult {
    fn id(&self) -> &'static str {
        "achievement-no-result"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("achievement_no_result.rs")
    }
    fn advice(&self) -> Advice {
        Advice::Own {
            priority: 30,
            headline: |n| {
                format!(
                    "数字のない実績が{n}行あります：作業時間・件数・金額・率で結果を書き足しましょう。"
                )
            },
        }
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for ep in cx.episodes {
            let v = ep.verdict;
            if v.result || !(v.action || ep.unmeasured_outcome) {
                continue;
            }
            // Point at the line that claims the outcome, else the last line with the act.
            let at = ep
                .items
                .iter()
                .rev()
                .find(|&&k| cx.items[k].analysis.unmeasured_outcome)
                .or_else(|| {
                    ep.items
                        .iter()
                        .rev()
                        .find(|&&k| cx.items[k].analysis.action)
                })
                .or(ep.items.first());
            let Some(&k) = at else { continue };
            let line = cx.items[k].line;
            let text: String = ep
                .items
                .iter()
                .map(|&k| cx.doc.line_content(cx.items[k].line))
                .collect();
            let message = if ep.has_number {
                format!(
                    "書かれている数字は規模や期間で、取り組みの結果（どれだけ変わったか）を測っていません。{}を加えると、成果の大きさが伝わります。",
                    number_hint(&text)
                )
            } else {
                format!(
                    "結果を示す数字がありません。この実績なら{}を加えると、成果の大きさが伝わります。",
                    number_hint(&text)
                )
            };
            out.push(self.diag(cx.doc.lines[line].content.clone(), message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "achievement-no-result";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "## 職務経歴\n・見積のテンプレートを作り、作成時間を1件60分から20分に短縮した。",
                "## 職務経歴\n・受発注業務を担当。",
                "## 職務経歴\n・年間で新規契約120件を獲得。",
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[
                (
                    "## 職務経歴\n・新しい勤怠システムの導入を提案した。",
                    "新しい勤怠システムの導入を提案した。",
                ),
                (
                    "## 職務経歴\n・20名のチームで業務フローを見直した。",
                    "20名のチームで業務フローを見直した。",
                ),
                (
                    "## 職務経歴\n・請求書のチェック手順を改善した。",
                    "請求書のチェック手順を改善した。",
                ),
            ],
        );
    }

    #[test]
    fn an_episode_over_two_lines_is_one_achievement() {
        assert_ok(
            ID,
            &["## 職務経歴\n・請求チェックのツールを設計・開発。\n→月40時間の作業削減を達成\n"],
        );
        let f = findings(ID, "## 職務経歴\n・20名のチームで業務フローを見直した。\n");
        assert!(f[0].message.contains("規模や期間"), "{}", f[0].message);
        assert!(
            !f[0].message.contains("数字がありません"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn hint_fits_the_line() {
        let f = findings(
            ID,
            "## 職務経歴\n・入力ミスを防ぐチェックリストを作成した。",
        );
        assert!(
            f[0].message.contains("ミスや漏れの件数"),
            "{}",
            f[0].message
        );
    }
}
