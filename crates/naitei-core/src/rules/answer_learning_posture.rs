//! # answer-learning-posture: 学ばせてもらう姿勢（甘え）
//!
//! ## 何を検出するか
//! 「教えていただきながら成長したい」「研修制度が充実している」「成長させてもらえる環境」「一から
//! 勉強させていただきたい」など、会社を「教えてもらう場」として評価していて、貢献が語られていない
//! 回答。自分で学びながら経験を活かして貢献する回答や、逆質問での丁寧な「〜を教えていただけますか」は
//! 対象外です。
//!
//! ## なぜ問題か
//! 中途採用は教育の場ではなく、即戦力を求める採用です。学ばせてほしいという姿勢は「給料をもらって
//! 勉強したい」と受け取られ、新卒のような印象になります。
//!
//! ## 例
//! NG: 「未経験ですが、御社で教えていただきながら一日も早く成長したいです。」
//! OK: 「事務の経験はありませんが、店長として売上管理をExcelで行い、集計時間を半分にしました。この数字の扱いを御社の営業事務で活かし、入社前から簿記の学習も進めています。」
//!
//! ## 修正
//! 自動修正はありません。学ぶ意欲は「自分で何をしているか」で示し、回答の中心は経験と貢献にしてください。

use super::{Context, Rule, Scope};
use crate::diagnostic::{Diagnostic, Severity};

pub struct AnswerLearningPosture;

impl Rule for AnswerLearningPosture {
    fn id(&self) -> &'static str {
        "answer-learning-posture"
    }
    fn severity(&self) -> Severity {
        Severity::Error
    }
    fn source(&self) -> &'static str {
        include_str!("answer_learning_posture.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Answer
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(cx) = cx.answer else {
            return;
        };
        if !cx.signals.learning {
            return;
        }
        for span in &cx.evidence.learning {
            let (span, phrase) = super::quote(cx, span, 30);
            out.push(self.diag(span.clone(), format!("「{phrase}」は、中途採用では「教わる前提」の甘えと受け取られます。学ぶ意欲は自分で進めている学習で示し、経験をどう活かして貢献するかを中心に話してください。")));
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
            "answer-learning-posture",
            QuestionKind::Motive,
            "経験はありませんが、御社でいろいろなことを教えていただきながら成長したいです。"
        ));
        assert!(rule_fires(
            "answer-learning-posture",
            QuestionKind::Motive,
            "御社の充実した研修で知識を身につけ、一人前になりたいと考えています。"
        ));
        assert!(
            !rule_fires(
                "answer-learning-posture",
                QuestionKind::Reverse,
                "入社後に最初に担当する業務について、教えていただけますか。"
            ),
            "a polite question is not a learning posture"
        );
        assert!(!rule_fires(
            "answer-learning-posture",
            QuestionKind::Motive,
            "経理として8年間、仕訳の自動化で月次締めを3日短縮してきました。新しい機能は自分で学びながら、導入支援で貢献したいと考えています。"
        ));
    }
}
