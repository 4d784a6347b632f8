//! # no-digital-skill: デジタル・AIのスキルに触れていない
//!
//! ## 何を検出するか
//! 職務経歴書のどこにも、PC・オフィスソフト・業務システム・クラウド・生成AIなどのデジタルスキル
//! （Excel、スプレッドシート、VBA、RPA、SQL、kintone、Salesforce、ChatGPT など）への言及がないもの。
//!
//! ## なぜ問題か
//! 事務・販売・製造・物流・介護のどの職種でも、今はシステムやツールを使う力が前提です。書かれて
//! いないと「使えない」と読まれます。使っているなら、具体的に書くだけで評価が変わります。
//!
//! ## 例
//! NG: スキル欄が「普通自動車免許」だけ
//! OK: 「Excel（VLOOKUP・ピボットテーブルで月次集計）、kintone、生成AIで議事録の下書き作成」
//!
//! ## 修正
//! 自動修正はありません。「活かせる経験・知識・スキル」に、使えるソフトと使い方（何に使ったか）を
//! 書いてください。

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::{Advice, Context, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{LineKind, SectionKind};

pub struct NoDigitalSkill;

/// Digital and AI skills, tools and words that show their use.
const DIGITAL: &[&str] = &[
    "excel",
    "エクセル",
    "word",
    "ワード",
    "powerpoint",
    "パワーポイント",
    "パワポ",
    "office",
    "outlook",
    "pc",
    "パソコン",
    "スプレッドシート",
    "google",
    "access",
    "vba",
    "マクロ",
    "rpa",
    "sql",
    "python",
    "java",
    "javascript",
    "php",
    "ruby",
    "c#",
    "aws",
    "azure",
    "gcp",
    "ai",
    "生成ai",
    "chatgpt",
    "copilot",
    "gemini",
    "kintone",
    "salesforce",
    "sap",
    "freee",
    "弥生",
    "奉行",
    "マネーフォワード",
    "slack",
    "teams",
    "zoom",
    "chatwork",
    "クラウド",
    "システム",
    "it",
    "dx",
    "タブレット",
    "ツール",
    "データ",
    "電子化",
    "ペーパーレス",
    "オンライン",
    "web",
    "ec",
    "sns",
    "cad",
    "erp",
    "crm",
    "tableau",
    "power bi",
    "ハンディ",
    "wms",
    "pos",
    "プログラミング",
    "アプリ",
    "チャット",
];

/// One case-insensitive pass over the document for every word of the list.
static MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(DIGITAL)
        .expect("valid patterns")
});

impl Rule for NoDigitalSkill {
    fn id(&self) -> &'static str {
        "no-digital-skill"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn source(&self) -> &'static str {
        include_str!("no_digital_skill.rs")
    }
    fn advice(&self) -> Advice {
        Advice::Own {
            priority: 80,
            headline: |_n| {
                "使えるデジタルツール（Excel・業務システム・生成AIなど）と使い方を書きましょう。"
                    .to_string()
            },
        }
    }
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let doc = cx.doc;
        if doc.lines.iter().all(|l| l.kind == LineKind::Blank) {
            return;
        }
        let text = doc.text();
        let mentions = MATCHER.find_overlapping_iter(text).any(|m| {
            let w = DIGITAL[m.pattern().as_usize()];
            // Short Latin words must stand alone: "ai" in "mail" or "it" in "item" do not count.
            !(w.is_ascii() && w.len() <= 3)
                || (!text[..m.start()]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_alphabetic())
                    && !text[m.end()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphabetic()))
        });
        if mentions {
            return;
        }
        let anchor = doc
            .section_of(SectionKind::Skills)
            .and_then(|s| s.heading)
            .or_else(|| doc.lines.iter().position(|l| l.kind != LineKind::Blank))
            .unwrap_or(0);
        out.push(self.diag(doc.lines[anchor].content.clone(), "デジタルスキル（Excel・業務システム・クラウド・生成AIなど）への言及がありません。使っているソフトと、それで何をしたか（例：「Excelのピボットテーブルで月次集計」）を書いてください。".to_string()));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "no-digital-skill";

    #[test]
    fn valid() {
        assert_ok(
            ID,
            &[
                "■スキル\n・Ｅｘｃｅｌ（関数、ピボット）",
                "・RPAで転記を自動化した。",
                "・生成AIで下書きを作成。",
            ],
        );
    }

    #[test]
    fn invalid() {
        assert_ng(
            ID,
            &[
                (
                    "■職務経歴\n・接客と販売。\n■活かせる経験・知識・スキル\n・普通自動車免許",
                    "活かせる経験・知識・スキル",
                ),
                ("・受付業務。メールの返信。", "受付業務。メールの返信。"),
            ],
        );
    }
}
