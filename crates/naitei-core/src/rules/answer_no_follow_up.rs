//! # answer-no-follow-up: 失敗・短所のその後がない
//!
//! ## 何を検出するか
//! 失敗体験で、失敗から何を学び、その後の行動をどう変えたかがない回答。短所で、それをどう補って
//! いるか（続けている工夫）がない回答。「反省しています」「大切さを学びました」だけの回答も含みます。
//!
//! ## なぜ問題か
//! 失敗や短所の質問で面接官が見ているのは、失敗そのものではなく、振り返って行動を変えられる人か
//! どうかです。学びと変化がないと、同じ失敗を繰り返す人に見えます。
//!
//! ## 例
//! NG: 「納期の回答を間違えたことがあります。確認の大切さを学びました。」
//! OK: 「納期の回答を間違えたことがあります。それ以来、回答前に工場の予定表と照合し、照合した日時を記録するようにしています。」
//!
//! ## 修正
//! 自動修正はありません。失敗・短所の後に「それ以来、何をするようにしているか」を具体的に加えてください。

use super::{Context, Rule, Scope};
use crate::answer::QuestionKind;
use crate::diagnostic::{Diagnostic, Severity};

pub struct AnswerNoFollowUp;

impl Rule for AnswerNoFollowUp {
    fn id(&self) -> &'static str {
        "answer-no-follow-up"
    }
    fn severity(&self) -> Severity {
        Severity::Error
    }
    fn source(&self) -> &'static str {
        include_str!("answer_no_follow_up.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Answer
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(cx) = cx.answer else {
            return;
        };
        let s = cx.signals;
        let message = match cx.kind {
            // Said only when no lesson is stated at all (「大切さを学びました」 is one).
            QuestionKind::Failure
                if !s.lesson
                    && !["学び", "学ん", "気づ", "気付", "痛感", "反省", "教訓"]
                        .iter()
                        .any(|w| cx.doc.text().contains(w)) =>
            {
                "失敗から何を学び、その後どう行動を変えたかがありません。"
            }
            QuestionKind::Failure if !s.lesson => {
                "学んだことは語られていますが、その後に実際に何を変えたか（続けている行動）がありません。"
            }
            QuestionKind::Failure if !s.evidence => {
                "学んだことは語られていますが、その後に実際に何をするようになったか（具体的な行動）がありません。"
            }
            QuestionKind::Weakness if !s.managed => {
                "短所をどう補っているか（続けている工夫）がありません。"
            }
            _ => return,
        };
        out.push(self.diag(
            super::whole(cx),
            format!("{message}{}。", cx.kind.strong_answer()),
        ));
    }
}
