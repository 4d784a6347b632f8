//! # answer-no-contribution: 貢献が語られていない
//!
//! ## 何を検出するか
//! 回答の中に、①これまでにしたこと（数字や具体的な行動）と、②それを御社でどう活かす・貢献するか
//! （活かしたい、貢献できます、高めたい）の両方がそろっていない回答。
//!
//! ## なぜ問題か
//! 中途採用は即戦力の採用です。面接官は「入社後に何をしてくれるか」を知りたいので、経験だけ・
//! 意欲だけの回答は評価されません。どの質問でも、最後は貢献に結びつけるのが基本です。
//!
//! ## 例
//! NG: 「御社の温かい雰囲気に惹かれ、ここで働きたいと強く思いました。」
//! OK: 「前職で倉庫の動線を見直し歩行距離を3割減らした経験を、御社の新拠点の立ち上げで活かし、早期の安定稼働に貢献したいと考えています。」
//!
//! ## 修正
//! 自動修正はありません。「したこと（数字つき）」と「御社で何をするか」を一文ずつ加えてください。

use super::{AnswerContext, AnswerRule};
use crate::diagnostic::{Diagnostic, Severity};

pub struct AnswerNoContribution;

impl AnswerRule for AnswerNoContribution {
    fn id(&self) -> &'static str {
        "answer-no-contribution"
    }
    fn severity(&self) -> Severity {
        Severity::Error
    }
    fn source(&self) -> &'static str {
        include_str!("no_contribution.rs")
    }
    fn check(&self, cx: &AnswerContext<'_>, out: &mut Vec<Diagnostic>) {
        let s = cx.signals;
        if s.contribution {
            return;
        }
        let missing = match (s.evidence, s.future) {
            (false, false) => {
                "これまでにしたこと（数字つき）も、御社でどう貢献するかも語られていません"
            }
            (true, false) => {
                "経験は語られていますが、それを御社でどう活かし、どう貢献するかがありません"
            }
            (false, true) => {
                "貢献したい気持ちは伝わりますが、その裏づけとなる経験（数字や具体的な行動）がありません"
            }
            (true, true) => "経験と貢献のつながりが見えません",
        };
        out.push(self.diag(
            super::whole(cx),
            format!("{missing}。{}。", cx.kind.strong_answer()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::answer::QuestionKind;
    use crate::answer::tests::rule_fires;

    #[test]
    fn table() {
        assert!(rule_fires(
            "answer-no-contribution",
            QuestionKind::Motive,
            "御社の理念に深く共感し、志望いたしました。"
        ));
        assert!(
            rule_fires(
                "answer-no-contribution",
                QuestionKind::Motive,
                "御社の発展に貢献したいと考えています。"
            ),
            "will without evidence"
        );
        assert!(
            rule_fires(
                "answer-no-contribution",
                QuestionKind::Reason,
                "前職で処理時間を3割減らしましたが、会社が変わる気がないため転職を決めました。"
            ),
            "evidence without a future"
        );
        assert!(!rule_fires(
            "answer-no-contribution",
            QuestionKind::Pr,
            "コールセンターで応対スクリプトを改訂し、一次解決率を15ポイント上げました。御社のサポート部門でも品質向上に貢献できます。"
        ));
    }
}
