//! # answer-status-only: 理由が雇用形態・安定だけ
//!
//! ## 何を検出するか
//! 転職理由や志望動機が「正社員になりたい」「安定したい」「長く働きたい」「残業が少ない」など、雇用形態・
//! 給与・時間・休日・福利厚生・安定だけで、
//! 仕事で何をしてきたか・何をしたいか・どう貢献するかがない回答。正社員に触れていても、経験と貢献を
//! 語っている回答は対象外です。
//!
//! ## なぜ問題か
//! 面接官が知りたいのは「この人が入社して何をしてくれるか」です。雇用形態だけの理由では、仕事の姿が
//! 浮かばず、「どこでもいいのでは」と受け取られます。一次面接で落ちる典型です。
//!
//! ## 例
//! NG: 「契約社員なので、正社員として安定して働きたいと思い応募しました。」
//! OK: 「契約社員として受発注を3年担当し、入力ミスを月10件から1件に減らしました。正社員として発注業務全体に責任を持ち、御社の在庫の適正化に貢献したいと考えています。」
//!
//! ## 修正
//! 自動修正はありません。雇用形態の話は一言にとどめ、「したこと（数字）→ やりたいこと → 御社への貢献」を話してください。

use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};

pub struct AnswerStatusOnly;

impl Rule for AnswerStatusOnly {
    fn id(&self) -> &'static str {
        "answer-status-only"
    }
    fn severity(&self) -> Severity {
        Severity::Error
    }
    fn source(&self) -> &'static str {
        include_str!("answer_status_only.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Answer
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(cx) = cx.answer else {
            return;
        };
        if !cx.signals.status_only {
            return;
        }
        if cx.kind == crate::answer::QuestionKind::Reverse {
            // The 逆質問 rule says it, with questions to ask instead.
            return;
        }
        let span = cx
            .evidence
            .status
            .iter()
            .min_by_key(|r| r.start)
            .cloned()
            .unwrap_or_else(|| super::whole(cx));
        let word = cx.doc.slice(span.clone()).to_string();
        out.push(self.diag(span, format!("理由が「{word}」など条件（雇用形態・給与・時間・休日・安定）だけになっています。面接官には、入社して何をしてくれるかが見えません。{}。", cx.kind.strong_answer())));
    }
}

#[cfg(test)]
mod tests {
    use crate::answer::QuestionKind;
    use crate::answer::tests::rule_fires;

    #[test]
    fn table() {
        assert!(rule_fires(
            "answer-status-only",
            QuestionKind::Reason,
            "今はアルバイトなので、正社員として働ける会社を探しています。"
        ));
        assert!(rule_fires(
            "answer-status-only",
            QuestionKind::Reason,
            "有期雇用で先が見えないため、長く安心して働ける職場に移りたいです。"
        ));
        assert!(
            rule_fires(
                "answer-status-only",
                QuestionKind::Motive,
                "大手で安定しており、休日も多いので志望しました。"
            ),
            "a company that is stable, with many holidays, is still only conditions"
        );
        assert!(!rule_fires(
            "answer-status-only",
            QuestionKind::Reason,
            "派遣社員として経理を3年担当し、締めを2日短縮しました。正社員として決算全体に責任を持ち、御社の決算早期化に貢献したいと考えています。"
        ));
    }
}
