//! # answer-no-episode: その質問で見られる中身がない（自己PR・長所・成功体験・自己紹介）
//!
//! ## 何を検出するか
//! 質問ごとに面接官が見る中身がない回答。自己PR・長所は強みを発揮したエピソード（自分が何に
//! 何をしたか）、成功体験は自分の行動とその結果、自己紹介は経歴の要約（どんな仕事を何年）。
//! 志望動機・転職理由の「貢献」はここでは求めません（answer-no-contribution が見ます）。
//!
//! ## なぜ問題か
//! 強みは言葉ではなく行動で伝わります。「何をしたか」がない回答は、誰が言っても同じに聞こえ、
//! 面接官は評価の材料を持てません。
//!
//! ## 例
//! NG: 「私の強みは行動力です。どんな仕事にも全力で取り組みます。」
//! OK: 「私の強みは行動力です。発注漏れが続いたとき、申請フォームを作って発注状況を一覧にし、漏れをなくしました。」
//!
//! ## 修正
//! 自動修正はありません。自分が何に対して何をしたかを一つ、具体的に加えてください。数字は
//! なくても構いませんが、あるとさらに伝わります。

use super::{Context, Rule, Scope};
use crate::answer::QuestionKind;
use crate::diagnostic::{Diagnostic, Severity};

pub struct AnswerNoEpisode;

impl Rule for AnswerNoEpisode {
    fn id(&self) -> &'static str {
        "answer-no-episode"
    }
    fn severity(&self) -> Severity {
        Severity::Error
    }
    fn source(&self) -> &'static str {
        include_str!("answer_no_episode.rs")
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
            QuestionKind::Pr | QuestionKind::Strength if !s.evidence => {
                "強みを発揮したエピソード（自分が何に対して何をしたか）がありません。".to_string()
            }
            QuestionKind::Success if !s.evidence => {
                "自分が何をしたか（行動）が語られていません。".to_string()
            }
            QuestionKind::Success if !s.result => {
                let (_, q) = super::quote(cx, &cx.evidence.experience[0], 30);
                format!("「{q}」という行動の結果（何がどう変わったか）がありません。")
            }
            QuestionKind::Intro if !s.career => {
                "経歴の要約（どんな仕事を、何年、どんな役割で）がありません。".to_string()
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
    use crate::answer::QuestionKind;
    use crate::answer::tests::rule_fires;

    #[test]
    fn table() {
        assert!(rule_fires(
            "answer-no-episode",
            QuestionKind::Strength,
            "私の強みは行動力です。どんな仕事にも全力で取り組みます。"
        ));
        assert!(!rule_fires(
            "answer-no-episode",
            QuestionKind::Strength,
            "私の強みは行動力です。発注漏れが続いたとき、申請フォームを作って発注状況を一覧にまとめ、漏れをなくしました。"
        ));
        assert!(rule_fires(
            "answer-no-follow-up",
            QuestionKind::Failure,
            "お客様との約束の時間を間違えてしまったことがあります。今でも反省しています。"
        ));
        assert!(rule_fires(
            "answer-no-follow-up",
            QuestionKind::Weakness,
            "私の短所は心配性なところです。"
        ));
    }
}
