//! Property tests over whole reviews and answers: every finding points at the user's own
//! characters (span on character boundaries, text equal to the source there, line and column
//! consistent with the span), and no input makes the engine panic.

use naitei_core::text::normalize::LineIndex;
use naitei_core::{Config, answer, review};
use proptest::prelude::*;

/// Résumé-like text: headings, bullets, tables, full-width and half-width forms, kanji
/// numerals, 和暦, stray markers.
fn resume_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "■職務要約\n",
        "## 職務経歴\n",
        "### 株式会社テスト（2019年4月〜現在）\n",
        "【実績】\n",
        "・",
        "- ",
        "① ",
        "| 期間 | 業務 |\n|---|---|\n| ",
        "受注入力を担当。",
        "ミスが多かったため、",
        "チェック表を作成し、",
        "ミスを月１０件から２件に減らした。",
        "売上を前年比120%に伸ばした。",
        "三割削減",
        "令和2年",
        "2020/4",
        "見れる",
        "することができる",
        "と思います。",
        "ｶﾞｲﾄﾞ",
        "㈱",
        "〜",
        "、",
        "。",
        "\n",
        "\r\n",
        " ",
        "　",
        "（",
        "）",
        "「",
        "」",
        "①",
        "Ｅｘｃｅｌ",
        "😀",
        "\u{FEFF}",
        "ゼロ件",
        "半減",
        "1,200件",
        "年間120万円",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

/// Prose with inline Markdown (links, images, code spans, emphasis, HTML, quotes, bare URLs),
/// with the byte ranges that are not prose: URLs and code spans that hide phrases the writing
/// rules would flag if they read them as prose. Backticks only come in pairs, so the code
/// spans are exactly the generated ones.
fn markdown_like() -> impl Strategy<Value = (String, Vec<std::ops::Range<usize>>)> {
    let pieces = prop::sample::select(vec![
        "■自己PR\n",
        "## 職務経歴\n",
        "・",
        "[ポートフォリオ](https://example.com/することができる)",
        "[",
        "](https://example.com/a_b)",
        "![図](https://example.com/ないことはない.png)",
        "`することができると思います`",
        "`見れる`",
        "**",
        "*",
        "_",
        "~~",
        "<b>",
        "</b>",
        "<a href=\"https://example.com/見れる\">",
        "</a>",
        "https://example.com/a_b?q=1 ",
        "<https://example.com/一応>",
        "\\*",
        "&amp;",
        "受注入力を担当し、",
        "手順書を作成することができる。",
        "経験がないわけではありません。",
        "活かせると思います。",
        "すぐに見れる。",
        "私は営業は得意です。",
        "今現在、",
        "。",
        "、",
        "\n",
        "\n\n",
        "　",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| {
        let mut text = String::new();
        let mut hidden = Vec::new();
        for p in v {
            let at = text.len();
            if p.starts_with('`') {
                hidden.push(at..at + p.len());
            } else if let Some(u) = p.find("https://") {
                let end = p[u..].find(' ').map_or(p.len(), |e| u + e);
                hidden.push(at + u..at + end);
            }
            text.push_str(p);
        }
        (text, hidden)
    })
}

/// Rules that point at a phrase: their findings never cover a URL or a code span.
const PHRASE_RULES: &[&str] = &[
    "double-negative",
    "doubled-joshi",
    "ra-nuki",
    "redundant-expression",
    "weak-phrase",
];

fn check_findings(src: &str, findings: &[naitei_core::Finding]) -> Result<(), TestCaseError> {
    let index = LineIndex::new(src);
    for f in findings {
        let r = &f.source_range;
        prop_assert!(r.start <= r.end && r.end <= src.len(), "{f:?}");
        prop_assert!(
            src.is_char_boundary(r.start) && src.is_char_boundary(r.end),
            "{f:?}"
        );
        prop_assert_eq!(&src[r.clone()], f.text.as_str());
        prop_assert_eq!(index.position(src, r.start), (f.line, f.column));
        if let Some(fix) = &f.fix {
            prop_assert!(
                src.is_char_boundary(fix.source_range.start)
                    && src.is_char_boundary(fix.source_range.end)
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn review_spans_point_at_source_characters(src in resume_like()) {
        let r = review(&src, &Config::default());
        check_findings(&src, &r.diagnostics)?;
        for item in &r.items {
            prop_assert!(item.line >= 1);
        }
    }

    #[test]
    fn answer_spans_point_at_source_characters(src in resume_like()) {
        let r = answer::review(&src, answer::QuestionKind::Reason, &Config::default());
        check_findings(&src, &r.diagnostics)?;
        prop_assert!(r.score <= 100);
    }

    #[test]
    fn markdown_spans_point_at_prose((src, hidden) in markdown_like()) {
        let r = review(&src, &Config::default());
        check_findings(&src, &r.diagnostics)?;
        for f in r.diagnostics.iter().filter(|f| PHRASE_RULES.contains(&f.rule)) {
            let s = &f.source_range;
            for h in &hidden {
                prop_assert!(s.end <= h.start || s.start >= h.end, "{} read a URL or code span as prose: {:?} in {:?}", f.rule, f.text, src);
            }
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(src in "\\PC{0,200}") {
        let r = review(&src, &Config::default());
        check_findings(&src, &r.diagnostics)?;
    }

    #[test]
    fn safe_fixes_converge(src in resume_like()) {
        let (fixed, _) = naitei_core::review::fix_until_stable(&src, &Config::default(), 8);
        let again = review(&fixed, &Config::default());
        prop_assert!(again.diagnostics.iter().all(|d| d.fix.as_ref().is_none_or(|f| !f.safe)), "fixes left after convergence");
    }
}
