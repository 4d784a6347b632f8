//! # answer-length: 話す長さが目安から外れている
//!
//! ## 何を検出するか
//! 1分あたり約300字として話す時間を見積もり、30秒未満（短すぎる）または2分（自己紹介は3分）を
//! 超える（長すぎる）回答。
//!
//! ## なぜ問題か
//! 一つの質問への回答は1〜2分が目安です（REFERENCE.md §1）。短すぎると具体性がなく、長すぎると
//! 要点が伝わらず、面接官が次の質問をしにくくなります。
//!
//! ## 例
//! NG: 「御社の雰囲気に惹かれました。」（約3秒）
//! OK: 「したこと（数字つき）→ 実現したいこと → 御社への貢献」を300〜600字（1〜2分）で
//!
//! ## 修正
//! 自動修正はありません。短い場合は実績と貢献を一つずつ加え、長い場合は結論を先に言って補足を削ってください。

use super::{AnswerContext, AnswerRule};
use crate::diagnostic::{Diagnostic, Severity};

pub struct AnswerLength;

impl AnswerRule for AnswerLength {
    fn id(&self) -> &'static str {
        "answer-length"
    }
    fn severity(&self) -> Severity {
        Severity::Info
    }
    fn source(&self) -> &'static str {
        include_str!("length.rs")
    }
    fn check(&self, cx: &AnswerContext<'_>, out: &mut Vec<Diagnostic>) {
        let seconds = (cx.characters * 60) / super::super::CHARS_PER_MINUTE;
        let max = cx.kind.max_seconds() as usize;
        if seconds < 30 {
            out.push(self.diag(super::whole(cx), format!("{}字で、話すと約{seconds}秒です。1〜2分（300〜600字）が目安です。実績（数字つき）と御社への貢献を一つずつ加えてください。", cx.characters)));
        } else if seconds > max {
            out.push(Diagnostic { severity: Severity::Warning, ..self.diag(super::whole(cx), format!("{}字で、話すと約{}分{}秒かかります（目安は{}分以内）。結論を先に言い、補足を削ってください。", cx.characters, seconds / 60, seconds % 60, max / 60)) });
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
            "answer-length",
            QuestionKind::Motive,
            "御社の雰囲気に惹かれました。"
        ));
        assert!(rule_fires(
            "answer-length",
            QuestionKind::Pr,
            &"受発注の処理時間を三割減らしました。".repeat(40)
        ));
        assert!(!rule_fires(
            "answer-length",
            QuestionKind::Pr,
            &"受発注の処理時間を三割減らしました。".repeat(12)
        ));
        assert!(
            !rule_fires(
                "answer-length",
                QuestionKind::Intro,
                &"受発注の処理時間を三割減らしました。".repeat(40)
            ),
            "自己紹介 may take 3 minutes"
        );
    }
}
