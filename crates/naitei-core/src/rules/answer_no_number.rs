//! # answer-no-number: 数字があるとさらに強くなる（通用する回答への上乗せ）
//!
//! ## 何を検出するか
//! 経験（自分が何をしたか）が具体的に語られていて、回答としては通用するが、件数・期間・割合などの
//! 数字が一つもない回答。弱い回答とは扱いません（情報）。
//!
//! ## なぜ問題か
//! 転職サイトの例文でも、数字のない良い回答は多くあります。ただ、数字が一つあると規模や成果が
//! 面接官に伝わりやすく、印象に残ります。
//!
//! ## 例
//! 通用する: 「申請フォームを作り、発注状況を一覧にまとめたところ、漏れがほとんどなくなりました。」
//! さらに強い: 「申請フォームを作り、発注漏れを月8件から1件に減らしました。」
//!
//! ## 修正
//! 自動修正はありません。覚えている範囲で、件数・期間・割合などを一つ加えてください。

use super::{Context, Rule, Scope};
use crate::answer::QuestionKind;
use crate::diagnostic::{Diagnostic, Severity};

pub struct AnswerNoNumber;

impl Rule for AnswerNoNumber {
    fn id(&self) -> &'static str {
        "answer-no-number"
    }
    fn severity(&self) -> Severity {
        Severity::Info
    }
    fn source(&self) -> &'static str {
        include_str!("answer_no_number.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Answer
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(cx) = cx.answer else {
            return;
        };
        let s = cx.signals;
        if cx.weak
            || !s.evidence
            || s.number
            || matches!(
                cx.kind,
                QuestionKind::Reverse | QuestionKind::Weakness | QuestionKind::Failure
            )
        {
            return;
        }
        let (span, q) = super::quote(cx, &cx.evidence.experience[0], 30);
        out.push(self.diag(span, format!("「{q}」と、したことが具体的に語られていて、このままでも通用する回答です。件数・期間・割合などの数字を一つ加えると、さらに強くなります。")));
    }
}

#[cfg(test)]
mod tests {
    use crate::answer::QuestionKind;
    use crate::answer::tests::rule_fires;

    #[test]
    fn table() {
        let no_number = "私の強みは、現場の声を仕組みに変えることです。前職の総務では、発注の申請フォームを作り、発注状況を全員が見られる一覧にまとめたところ、発注漏れがほとんどなくなりました。";
        assert!(rule_fires("answer-no-number", QuestionKind::Pr, no_number));
        assert!(!rule_fires(
            "answer-no-number",
            QuestionKind::Pr,
            "私の強みは、現場の声を仕組みに変えることです。前職の総務では、発注の申請フォームを作り、発注漏れを月8件から1件に減らしました。"
        ));
    }
}
