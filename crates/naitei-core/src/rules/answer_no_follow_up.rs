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
        let learnt = cx
            .evidence
            .learnt
            .first()
            .map(|span| super::quote(cx, span, 30).1);
        let message = match (cx.kind, learnt) {
            // Said only when no lesson is stated at all.
            (QuestionKind::Failure, None) if !s.lesson => {
                "失敗から何を学び、その後どう行動を変えたかがありません。".to_string()
            }
            (QuestionKind::Failure, Some(q)) if !s.lesson => format!(
                "「{q}」と学んだことは語られていますが、その後に実際に何を変えたか（続けている行動）がありません。"
            ),
            (QuestionKind::Failure, _) if !s.evidence => {
                "失敗の後のことは語られていますが、その後に実際に何をするようになったか（何に対して何をしたか）がありません。".to_string()
            }
            (QuestionKind::Weakness, _) if !s.managed => {
                "短所をどう補っているか（続けている工夫）がありません。".to_string()
            }
            _ => return,
        };
        out.push(self.diag(
            super::whole(cx),
            format!("{message}{}。", cx.kind.strong_answer()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::answer::{QuestionKind, review};
    use crate::config::Config;

    fn message(text: &str) -> Option<String> {
        review(text, QuestionKind::Failure, &Config::default())
            .diagnostics
            .into_iter()
            .find(|d| d.rule == "answer-no-follow-up")
            .map(|d| d.message)
    }

    #[test]
    fn says_a_lesson_is_there_only_when_one_is_said() {
        let learnt =
            message("発注の数を間違えたことがあります。確認の大切さを学びました。").unwrap();
        assert!(learnt.contains("「確認の大切さを学び"), "{learnt}");
        // 気づかず is no lesson: the message must not claim one.
        let none = message("発注の数を間違えたことに気づかず、取引先に迷惑をかけました。").unwrap();
        assert!(!none.contains("語られています"), "{none}");
        assert!(none.starts_with("失敗から何を学び"), "{none}");
    }
}
