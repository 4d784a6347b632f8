//! # answer-length: 話す長さが目安から外れている
//!
//! ## 何を検出するか
//! 1分あたり約300字として話す時間を見積もり、質問の種類ごとの目安から外れた回答。30秒未満は
//! 短すぎ（逆質問を除く）、2分（自己紹介は3分、逆質問は1分）を超えると長すぎです。目安の中なら
//! 何も言いません。
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

use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};

pub struct AnswerLength;

impl Rule for AnswerLength {
    fn id(&self) -> &'static str {
        "answer-length"
    }
    fn severity(&self) -> Severity {
        Severity::Info
    }
    fn source(&self) -> &'static str {
        include_str!("answer_length.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Answer
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(cx) = cx.answer else {
            return;
        };
        let seconds = cx.speaking_seconds;
        let (label, target) = (cx.kind.label(), cx.kind.target());
        if seconds < cx.kind.min_seconds() {
            out.push(self.diag(super::whole(cx), format!("{}字で、話すと約{seconds}秒です。{label}は{target}が目安です。結論に続けて、自分が何をしたかを一つ加えてください。", cx.characters)));
        } else if seconds > cx.kind.max_seconds() {
            let time = if seconds >= 60 {
                format!("約{}分{}秒", seconds / 60, seconds % 60)
            } else {
                format!("約{seconds}秒")
            };
            out.push(Diagnostic { severity: Severity::Warning, ..self.diag(super::whole(cx), format!("{}字で、話すと{time}かかります。{label}は{target}が目安です。結論を先に言い、補足を削ってください。", cx.characters)) });
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
        assert!(!rule_fires(
            "answer-length",
            QuestionKind::Reverse,
            "入社後に最初に担当する業務を教えていただけますか。"
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
