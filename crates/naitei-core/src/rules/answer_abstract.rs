//! # answer-abstract: 裏づけのない抽象的な長所
//!
//! ## 何を検出するか
//! 協調性・責任感・コミュニケーション能力・一生懸命・誰とでも協力できる、などの抽象的な長所を挙げて
//! いるのに、それを示すエピソードや数字がない回答。
//!
//! ## なぜ問題か
//! 抽象的な長所は誰でも言えるため、面接官の記憶に残りません。「その強みで何をして、何が良くなったか」
//! がないと、強みとして評価されません。
//!
//! ## 例
//! NG: 「私の長所は協調性です。誰とでも協力して仕事を進められます。」
//! OK: 「私の強みは調整力です。営業と倉庫の連絡をチャットに切り替え、出荷の行き違いを月10件から1件に減らしました。」
//!
//! ## 修正
//! 自動修正はありません。長所を示す具体的な行動と、その結果の数字を一つ加えてください。

use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};

pub struct AnswerAbstract;

impl Rule for AnswerAbstract {
    fn id(&self) -> &'static str {
        "answer-abstract"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("answer_abstract.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Answer
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(cx) = cx.answer else {
            return;
        };
        if !cx.signals.abstract_virtue {
            return;
        }
        let span = cx
            .evidence
            .virtues
            .iter()
            .min_by_key(|r| r.start)
            .cloned()
            .unwrap_or_else(|| super::whole(cx));
        let word = cx.doc.slice(span.clone()).to_string();
        out.push(self.diag(span, format!("「{word}」を示すエピソードがありません。その強みで何に対して何をして、何が良くなったかを一つ加えてください（数字があればさらに伝わります）。")));
    }
}

#[cfg(test)]
mod tests {
    use crate::answer::QuestionKind;
    use crate::answer::tests::rule_fires;

    #[test]
    fn table() {
        assert!(rule_fires(
            "answer-abstract",
            QuestionKind::Pr,
            "私の長所は協調性です。チームワークを大切にし、誰とでも協力して仕事を進められます。"
        ));
        assert!(rule_fires(
            "answer-abstract",
            QuestionKind::Strength,
            "責任感が強く、与えられた仕事は最後までやり遂げます。"
        ));
        assert!(!rule_fires(
            "answer-abstract",
            QuestionKind::Pr,
            "責任感の強さが強みです。棚卸差異の原因を追い、差異金額を年間で7割減らしました。"
        ));
    }
}
