//! # answer-reverse-question: 逆質問が仕事への関心を示していない
//!
//! ## 何を検出するか
//! 逆質問で「特にありません」と答えている、給与・休日・残業など条件だけを聞いている、求人票や
//! 会社のサイトを見れば分かること（事業内容、主力商品）や選考結果を聞いている回答。丁寧な
//! 「〜を教えていただけますか」は問題にしません。
//!
//! ## なぜ問題か
//! 逆質問は、入社後の働き方を具体的に思い描こうとしているかを見る場面です（二次面接では特に）。
//! 質問がない・条件だけ・調べれば分かる質問は、志望度が低いと受け取られます。
//!
//! ## 例
//! NG: 「特にありません。」「年間休日は何日ですか。」
//! OK: 「入社後の最初の3か月で、どのような役割や成果を期待されていますか。」
//!
//! ## 修正
//! 自動修正はありません。仕事の進め方・期待される役割・チームについての質問を1〜2問用意してください。

use super::{Context, Rule, Scope};
use crate::answer::{QuestionKind, lexicon};
use crate::diagnostic::{Diagnostic, Severity};

pub struct AnswerReverseQuestion;

impl Rule for AnswerReverseQuestion {
    fn id(&self) -> &'static str {
        "answer-reverse-question"
    }
    fn severity(&self) -> Severity {
        Severity::Error
    }
    fn source(&self) -> &'static str {
        include_str!("answer_reverse_question.rs")
    }
    fn scope(&self) -> Scope {
        Scope::Answer
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(cx) = cx.answer else {
            return;
        };
        if cx.kind != QuestionKind::Reverse || cx.signals.question {
            return;
        }
        let ev = cx.evidence;
        let (span, problem) = if let Some(r) = ev.no_question.first() {
            (
                r.clone(),
                "質問がないと、入社への関心が薄いと受け取られます。",
            )
        } else if let Some(r) = ev.conditions.first() {
            (
                r.clone(),
                "条件（給与・休日・残業など）だけの質問は、仕事より待遇に関心があると受け取られます。",
            )
        } else if let Some(r) = ev.posting.first() {
            (
                r.clone(),
                "求人票や会社のサイトで分かること・選考についての質問は、仕事への関心を示せません。",
            )
        } else {
            (super::whole(cx), "仕事についての質問になっていません。")
        };
        let examples: Vec<String> = lexicon::SUGGESTED_QUESTIONS
            .iter()
            .map(|q| format!("「{q}」"))
            .collect();
        out.push(self.diag(
            span,
            format!(
                "{problem}入社後の仕事の姿をそろえる質問を用意してください。例：{}",
                examples.join("")
            ),
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
            "answer-reverse-question",
            QuestionKind::Reverse,
            "特にありません。"
        ));
        assert!(rule_fires(
            "answer-reverse-question",
            QuestionKind::Reverse,
            "年間休日は何日ですか。また、土日は必ず休めますか。"
        ));
        assert!(!rule_fires(
            "answer-reverse-question",
            QuestionKind::Reverse,
            "入社後に最初に担当する業務について、教えていただけますか。"
        ));
    }
}
