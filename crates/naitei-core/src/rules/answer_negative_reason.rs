//! # answer-negative-reason: 前職への不満が理由になっている
//!
//! ## 何を検出するか
//! 上司・人間関係・給料・残業・評価・会社の方針などへの不満（パワハラ、給料が上がらない、残業が
//! 多い、評価に疑問を感じ）が語られている回答。不満を自分で解決した実績として語っている文は対象外です。
//!
//! ## なぜ問題か
//! 面接官は「うちでも同じ不満で辞めるのでは」と考えます。事実であっても、不満は前向きな理由に
//! 言い換えるのが基本です。柔らかい言い方（少し難しさを感じ）でも同じように受け取られます。
//!
//! ## 例
//! NG: 「給料が上がらず、残業代も出ないので、待遇の良い会社に移りたいと思いました。」
//! OK: 「受注処理の自動化で処理時間を3割減らしてきました。成果が評価に結びつく環境で、業務改善の幅を広げ、御社の生産性向上に貢献したいと考えています。」
//!
//! ## 修正
//! 自動修正はありません。不満の裏にある「実現したいこと」を取り出し、経験と貢献の話に置き換えてください。

use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};

pub struct AnswerNegativeReason;

impl Rule for AnswerNegativeReason {
    fn id(&self) -> &'static str {
        "answer-negative-reason"
    }
    fn severity(&self) -> Severity {
        Severity::Error
    }
    fn source(&self) -> &'static str {
        include_str!("answer_negative_reason.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Answer
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(cx) = cx.answer else {
            return;
        };
        if !cx.signals.negative {
            return;
        }
        for span in &cx.evidence.negative {
            let (span, q) = super::quote(cx, span, 30);
            out.push(self.diag(span, format!("「{q}」は前職への不満に聞こえます。面接官は「うちでも同じ理由で辞めるのでは」と考えます。不満の後に、自分がどう動いたか、次に何を実現したいかを続けてください。")));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::answer::QuestionKind;
    use crate::answer::tests::rule_fires;

    #[test]
    fn table() {
        assert!(rule_fires(
            "answer-negative-reason",
            QuestionKind::Reason,
            "上司のパワハラがひどく、会社の評価制度も不公平だったので退職しました。"
        ));
        assert!(rule_fires(
            "answer-negative-reason",
            QuestionKind::Reason,
            "評価の仕組みに疑問を感じ、正当に見てもらえる環境に移りたいと考えました。"
        ));
        assert!(rule_fires(
            "answer-negative-reason",
            QuestionKind::Reason,
            "職場の人間関係に少し難しさを感じることがありました。"
        ));
        assert!(
            !rule_fires(
                "answer-negative-reason",
                QuestionKind::Pr,
                "残業が多かったため、集計をマクロで自動化し、残業を月20時間減らしました。"
            ),
            "a problem the seeker solved"
        );
        assert!(!rule_fires(
            "answer-negative-reason",
            QuestionKind::Reason,
            "現職では採用数が限られます。成長中の企業で採用の仕組みづくりに貢献したいと考えました。"
        ));
    }
}
