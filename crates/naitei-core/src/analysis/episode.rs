//! An achievement judged as a whole: the lines of one episode (an action line and its 「→」
//! result line, 【課題】【取り組み】【成果】 parts) have a problem, an action and a result when
//! any of their lines has it. The achievement rules read these verdicts, so an action on one
//! line and its number on the next make one complete achievement, not two broken lines.

use serde::Serialize;

use super::LineAnalysis;
use crate::text::quantity::{Quantity, Role};

/// The verdict on one episode.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub problem: bool,
    pub action: bool,
    pub result: bool,
}

#[derive(Debug, Clone)]
pub struct Episode {
    /// Indices into the review's items, in document order.
    pub items: Vec<usize>,
    pub verdict: Verdict,
    /// An outcome is claimed (削減した) and no line of the episode measures it.
    pub unmeasured_outcome: bool,
    /// Some line of the episode has a number (scale, period or outcome; not a date).
    pub has_number: bool,
}

impl Episode {
    /// Judges an episode from the analyses of its lines.
    pub fn judge<'a>(
        items: Vec<usize>,
        analyses: impl Iterator<Item = &'a LineAnalysis>,
    ) -> Episode {
        let mut v = Verdict::default();
        let mut claims = false;
        let mut has_number = false;
        for a in analyses {
            v.problem |= a.problem;
            v.action |= a.action;
            v.result |= a.result;
            claims |= a.unmeasured_outcome;
            has_number |= a.quantities.iter().any(|q| q.role != Role::Date);
        }
        Episode {
            items,
            verdict: v,
            unmeasured_outcome: claims && !v.result,
            has_number,
        }
    }
}

/// A line labelled as a part of an achievement (【課題】, 【取り組み】, 成果：) states that part
/// by its label: a 成果 line's number is the result even without an outcome verb
/// (「成果：新規開拓15社」), a 課題 line is the problem.
pub fn apply_label(a: &mut LineAnalysis, part: Option<crate::document::EpisodePart>) {
    use crate::document::EpisodePart;
    match part {
        Some(EpisodePart::Problem) => {
            // 【課題】: the line states the problem; its verbs and numbers describe the
            // situation (客数が前年比▲14%まで落ち込み), not an act or a result.
            a.problem = true;
            a.action = false;
            a.result = false;
            for q in &mut a.quantities {
                if q.role == Role::Outcome {
                    q.role = Role::Scale;
                }
            }
        }
        Some(EpisodePart::Action) => a.action |= !a.clauses.is_empty(),
        Some(EpisodePart::Result) => {
            let mut any = false;
            for q in &mut a.quantities {
                if matches!(q.role, Role::Scale) {
                    q.role = Role::Outcome;
                }
                any |= q.role == Role::Outcome;
            }
            a.result |= any;
        }
        None => return,
    }
    a.unmeasured_outcome &= !a.result;
    a.duty = !a.action && !a.result && !a.unmeasured_outcome && !a.problem;
}

/// A 「→」 line reports what followed the line above. When an earlier line of the same episode
/// already states the act (「入荷検品の手順を見直し」 then 「→ 遅れを取り戻し、予定どおり竣工」), the
/// arrow line's verbs describe the outcome, not a second act. When nothing above acted (a
/// problem line, then 「→ サービスを比較検討し、導入を提案。…短縮した」), the arrow line holds the act.
pub fn settle_arrow_lines(
    doc: &crate::document::Document,
    items: &mut [crate::rules::Item],
    groups: &[Vec<usize>],
) {
    for g in groups {
        let mut acted = false;
        for &k in g {
            let arrow = doc.lines[items[k].line].arrow;
            let a = &mut items[k].analysis;
            if arrow && acted && a.action {
                a.action = false;
                a.duty = !a.result && !a.unmeasured_outcome && !a.problem;
            }
            acted |= a.action;
        }
    }
}

/// 「作業指示書の記入ミスで刷り直しが年に６件あった」 and, joined under it, 「翌年の刷り直しは１件でした」:
/// a later line of the episode that counts again what the problem line counted (the same thing,
/// in the same unit) states the state after the act, so its number is the outcome even with no
/// outcome verb. Only lines that do not act themselves, and only when the thing counted (the
/// noun before は/が in front of the number) is named in the problem line.
pub fn settle_restated_counts(
    doc: &crate::document::Document,
    items: &mut [crate::rules::Item],
    groups: &[Vec<usize>],
) {
    let text = doc.text();
    for g in groups {
        for (pos, &k) in g.iter().enumerate().skip(1) {
            let a = &items[k].analysis;
            if a.action || a.result || a.problem {
                continue;
            }
            let restated: Vec<usize> = a
                .quantities
                .iter()
                .enumerate()
                .filter(|(_, q)| q.role == Role::Scale)
                .filter(|(_, q)| {
                    let Some(thing) =
                        counted_thing(text, doc.lines[items[k].line].content.start, q)
                    else {
                        return false;
                    };
                    g[..pos].iter().any(|&e| {
                        let before = &items[e].analysis;
                        let line = &doc.lines[items[e].line];
                        before.problem
                            && before
                                .quantities
                                .iter()
                                .any(|b| b.unit == q.unit && b.role != Role::Date)
                            && doc.slice(line.content.clone()).contains(thing)
                    })
                })
                .map(|(i, _)| i)
                .collect();
            if restated.is_empty() {
                continue;
            }
            let a = &mut items[k].analysis;
            for i in restated {
                a.quantities[i].role = Role::Outcome;
            }
            states_result(a);
        }
    }
}

/// A line whose figures were just found to measure the outcome states the result.
fn states_result(a: &mut LineAnalysis) {
    a.result = true;
    a.unmeasured_outcome = false;
    a.duty = false;
}

/// 「→ 表示時間は最大でも1.5秒ほどに」「控えを探す時間は１０分前後から１分ほどに」「在庫は前年の約6割に」:
/// under an act, a line that ends in a figure + に with its verb left out (短縮した, 減った) states
/// where the act brought things: its figures are the outcome.
pub fn settle_elided_results(
    doc: &crate::document::Document,
    items: &mut [crate::rules::Item],
    groups: &[Vec<usize>],
) {
    const QUALIFIERS: &[&str] = &[
        "ほど", "程度", "前後", "以下", "以内", "未満", "台", "弱", "強", "まで",
    ];
    let text = doc.text();
    for g in groups {
        let mut acted = false;
        for &k in g {
            let a = &items[k].analysis;
            let range = doc.lines[items[k].line].content.clone();
            let content = text[range.clone()].trim_end_matches(['。', '、', ' ', '　', '.']);
            let end = range.start + content.len();
            // Only qualifiers (ほど, 前後, 以下 …) between the last figure and the closing に.
            let elided = acted
                && !a.action
                && !a.result
                && !a.problem
                && content.ends_with('に')
                && a.quantities.iter().any(|q| {
                    q.role != Role::Date && q.range.end <= end && {
                        let mut between = &text[q.range.end..end - 'に'.len_utf8()];
                        while let Some(w) = QUALIFIERS.iter().find(|w| between.starts_with(**w)) {
                            between = &between[w.len()..];
                        }
                        between.is_empty()
                    }
                });
            acted |= a.action;
            if elided {
                let a = &mut items[k].analysis;
                for q in &mut a.quantities {
                    if matches!(q.role, Role::Scale | Role::Period) {
                        q.role = Role::Outcome;
                    }
                }
                states_result(a);
            }
        }
    }
}

/// The thing a number counts, written as the topic or subject right before it: 「翌年の刷り直し
/// は１件」 → 刷り直し. None when the number has no such noun in front of it.
fn counted_thing<'t>(text: &'t str, line_start: usize, q: &Quantity) -> Option<&'t str> {
    let head = &text[line_start..q.range.start];
    // 「月に０～１件」: the lower end of a range, 約 and the rate basis come between.
    let head = head.trim_end_matches(|c: char| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || matches!(
                c,
                '～' | '〜' | '~' | '-' | '.' | '約' | '年' | '月' | 'に' | 'で' | ' ' | '　'
            )
    });
    let head = head
        .strip_suffix('は')
        .or_else(|| head.strip_suffix('が'))?;
    let start = head
        .rfind(['の', '、', '。', ' ', '　', '・'])
        .map_or(0, |at| {
            at + head[at..].chars().next().map_or(1, char::len_utf8)
        });
    let thing = &head[start..];
    (thing.chars().count() >= 2 && !thing.chars().all(|c| ('ぁ'..='ゖ').contains(&c)))
        .then_some(thing)
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::review::review;

    /// The episode of the item whose text holds `needle`.
    fn episode_of(r: &crate::review::Review, needle: &str) -> usize {
        r.items
            .iter()
            .find(|i| i.text.contains(needle))
            .unwrap()
            .episode
    }

    fn action_of(src: &str, needle: &str) -> bool {
        let r = review(src, &Config::default());
        r.items
            .iter()
            .find(|i| i.text.contains(needle))
            .unwrap_or_else(|| panic!("{needle} in {:?}", r.items))
            .action
    }

    #[test]
    fn an_arrow_line_after_the_act_reports_the_outcome() {
        let src = "■職務経歴\n株式会社A（2018年4月〜現在）\n・工期が遅れていたため、工程を組み直した\n　→ 遅れを取り戻し、予定どおり竣工\n";
        assert!(action_of(src, "組み直した"));
        assert!(!action_of(src, "取り戻し"));
        // With no act above, the arrow line holds it.
        let src = "■職務経歴\n株式会社A（2018年4月〜現在）\n・書類の回収に平均2週間かかっていた\n　→ クラウドサービスを比較検討し、導入を提案。回収期間は平均3日に短縮した\n";
        assert!(action_of(src, "導入を提案"));
    }

    #[test]
    fn a_count_restated_after_the_act_is_the_result() {
        let src = "■職務経歴\n株式会社A（2015年4月〜現在）\n・指示書の記入ミスで刷り直しが年に６件あったため、記入例を作りました\n・翌年の刷り直しは１件でした\n";
        let r = review(src, &Config::default());
        let line = r.items.iter().find(|i| i.text.contains("翌年")).unwrap();
        assert!(line.result, "{line:?}");
        assert!(
            !r.diagnostics
                .iter()
                .any(|d| d.rule == "achievement-no-result")
        );
        // A count of something the problem did not name stays the size of the work.
        let src = "■職務経歴\n株式会社A（2015年4月〜現在）\n・指示書の記入ミスで刷り直しが年に６件あったため、記入例を作りました\n・翌年の担当顧客は１２件でした\n";
        let r = review(src, &Config::default());
        let line = r.items.iter().find(|i| i.text.contains("翌年")).unwrap();
        assert!(!line.result, "{line:?}");
    }

    #[test]
    fn sibling_bullets_of_one_achievement_are_judged_together() {
        // A bullet that only states the trouble, then the act; the act, then what came of it.
        let src = "■職務経歴\n株式会社A（2015年4月〜現在）\n・衛生点検を店長一人で見て回っていて、忙しい日には抜けてしまうことがあった\n・点検表を見直し、スタッフが交代で確認する形にした\n・申請の受付を共有フォルダの申請表に切り替えました\n・申請の集計に毎週半日かかっていたのが、数分で終わるようになりました\n";
        let r = review(src, &Config::default());
        let ep = |needle: &str| episode_of(&r, needle);
        assert_eq!(ep("衛生点検"), ep("点検表"));
        assert_eq!(ep("申請表"), ep("数分"));
        assert_ne!(ep("点検表"), ep("申請表"));
        assert!(!r.diagnostics.iter().any(|d| {
            d.rule == "achievement-no-problem"
                && d.line
                    == r.items
                        .iter()
                        .find(|i| i.text.contains("点検表"))
                        .unwrap()
                        .line
        }));
    }

    #[test]
    fn a_second_result_on_the_thing_named_above_joins_it() {
        // The bullet measures the cost the achievement above named; a new figure in another year
        // and a bullet opened by また stay their own.
        let src = "■職務経歴\n株式会社A（2015年4月〜現在）\n・帳票の種類が多く印刷費がかさんでいたため、帳票を統合し電子化を進めた\n・帳票の印刷費を年間約90万円から30万円に削減\n・また、2024年度は売上を前年比112%に伸ばした\n";
        let r = review(src, &Config::default());
        let ep = |needle: &str| episode_of(&r, needle);
        assert_eq!(ep("電子化"), ep("30万円"));
        // An act added with も that gives the result of the achievement above joins it.
        let src2 = "■職務経歴\n株式会社A（2015年4月〜現在）\n・誤配送が続く中で、配送先ごとの注意点を一覧にして朝礼で読み合わせる形を提案しました\n・伝票の色分けも荷主ごとに決め直し、誤配送は月8件から1件に減りました\n";
        let r2 = review(src2, &Config::default());
        assert_eq!(r2.items[0].episode, r2.items[1].episode, "{:?}", r2.items);
        assert_ne!(ep("電子化"), ep("112%"));
        assert!(
            !r.diagnostics
                .iter()
                .any(|d| d.rule == "achievement-no-action" && d.text.contains("30万円"))
        );
    }

    #[test]
    fn a_figure_ending_in_ni_under_the_act_is_the_result() {
        let src = "■職務経歴\n株式会社A（2015年4月〜現在）\n- 予約一覧の表示に10秒以上かかり、問い合わせが続いていました\n- 遅いクエリを洗い出し、一覧をページ単位で読み込む形に変えました\n  → 表示時間は最大でも1.5秒ほどに\n";
        let r = review(src, &Config::default());
        let line = r.items.iter().find(|i| i.text.contains("1.5秒")).unwrap();
        assert!(line.result, "{line:?}");
        assert!(
            !r.diagnostics
                .iter()
                .any(|d| d.rule == "achievement-no-result")
        );
        // Without an act above, a figure + に is no result.
        let src = "■職務経歴\n株式会社A（2015年4月〜現在）\n・担当は3名に\n";
        let r = review(src, &Config::default());
        assert!(!r.items[0].result);
    }
}
