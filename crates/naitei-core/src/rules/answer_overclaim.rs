//! # answer-overclaim: 裏づけのない断言
//!
//! ## 何を検出するか
//! 「必ず」「間違いなく」「確信しています」「〜してみせます」など強い断言があるのに、自分が何を
//! したか（エピソード）が語られていない回答。
//!
//! ## なぜ問題か
//! 根拠のない自信は、面接官には「自分を客観視できない人」と映ります。数字や御社への言及があっても、
//! 裏づけがなければ評価は上がりません。
//!
//! ## 例
//! NG: 「私なら必ず御社の売上を120%にできます。」
//! OK: 「担当エリアの既存顧客に使い方の提案を続け、解約率を半分にしました。御社でも既存顧客の継続率を高める提案から始めます。」
//!
//! ## 修正
//! 自動修正はありません。断言を控え、その自信の根拠になった行動を一つ話してください。

use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};

pub struct AnswerOverclaim;

impl Rule for AnswerOverclaim {
    fn id(&self) -> &'static str {
        "answer-overclaim"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("answer_overclaim.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Answer
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(cx) = cx.answer else {
            return;
        };
        if !cx.signals.overclaim {
            return;
        }
        let (span, q) = super::quote(cx, &cx.evidence.overclaim[0], 30);
        out.push(self.diag(span, format!("「{q}」と言い切っていますが、その根拠になる行動（自分が何をしたか）が語られていません。断言よりも、自信の裏づけになった経験を一つ話してください。")));
    }
}

#[cfg(test)]
mod tests {
    use crate::answer::QuestionKind;
    use crate::answer::tests::rule_fires;

    #[test]
    fn table() {
        assert!(rule_fires(
            "answer-overclaim",
            QuestionKind::Motive,
            "業界No.1の御社で売上に貢献したいです。私なら必ず御社の売上を120%にできます。"
        ));
    }
}
