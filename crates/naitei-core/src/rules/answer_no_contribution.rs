//! # answer-no-contribution: 貢献が語られていない
//!
//! ## 何を検出するか
//! 転職理由・志望動機（とその他の質問）で、御社で何に取り組むか（御社で〜に活かす、〜として〜を
//! 担う）が語られていない回答。「貢献したい」「即戦力として」だけで何をするかがない回答も含みます。
//! 自己PR・長所・成功体験などは、それぞれの中身で判定します（answer-no-episode など）。
//!
//! ## なぜ問題か
//! 中途採用は即戦力の採用です。転職理由と志望動機で面接官が知りたいのは「入社後に何をしてくれる
//! か」なので、経験だけ・意欲だけの回答は評価されません。
//!
//! ## 例
//! NG: 「御社の温かい雰囲気に惹かれ、ここで働きたいと強く思いました。」
//! OK: 「前職で倉庫の動線を見直し歩行距離を3割減らした経験を、御社の新拠点の立ち上げで活かし、早期の安定稼働に貢献したいと考えています。」
//!
//! ## 修正
//! 自動修正はありません。「したこと（数字つき）」と「御社で何をするか」を一文ずつ加えてください。

use super::{Context, Rule, Scope};
use crate::answer::QuestionKind;
use crate::diagnostic::{Diagnostic, Severity};

pub struct AnswerNoContribution;

impl Rule for AnswerNoContribution {
    fn id(&self) -> &'static str {
        "answer-no-contribution"
    }
    fn severity(&self) -> Severity {
        Severity::Error
    }
    fn source(&self) -> &'static str {
        include_str!("answer_no_contribution.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Answer
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(cx) = cx.answer else {
            return;
        };
        let s = cx.signals;
        // Only 転職理由, 志望動機 and other questions are judged on the contribution; a 長所 or a
        // 成功体験 is judged on its own content (answer-no-episode).
        let needed = match cx.kind {
            QuestionKind::Reason | QuestionKind::Motive => true,
            QuestionKind::Other => !s.evidence,
            _ => false,
        };
        if s.contribution || !needed {
            return;
        }
        let ev = cx.evidence;
        let missing = if let Some(span) = ev.experience.first() {
            let (_, q) = super::quote(cx, span, 30);
            format!(
                "「{q}」という経験は語られていますが、それを御社のどの仕事にどう活かすかがありません"
            )
        } else if let Some(span) = ev.wishes.first() {
            let (_, q) = super::quote(cx, span, 30);
            format!(
                "「{q}」と実現したいことは語られていますが、御社で具体的に何をするかがありません"
            )
        } else {
            "これまでにしたことも、御社で具体的に何をするかも語られていません".to_string()
        };
        // Said only when the answer does speak of contributing.
        let bare = if cx.doc.text().contains("貢献") {
            "「貢献」と言うだけでは、何をするかが伝わりません。御社で何に取り組むかを一言で言えると伝わります。"
        } else {
            ""
        };
        out.push(self.diag(
            super::whole(cx),
            format!("{missing}。{bare}{}。", cx.kind.strong_answer()),
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
            "a bare wish names no work"
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
            QuestionKind::Motive,
            "前職で見積書のテンプレートを整備し、作成時間を短縮しました。御社では受発注業務の効率化に取り組みたいと考えています。"
        ));
        assert!(!rule_fires(
            "answer-no-contribution",
            QuestionKind::Pr,
            "コールセンターで応対スクリプトを改訂し、一次解決率を15ポイント上げました。御社のサポート部門でも品質向上に貢献できます。"
        ));
    }
}
