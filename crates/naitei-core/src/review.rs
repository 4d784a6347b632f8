//! The review of one résumé: parse once, analyse the 職務経歴 lines, run the rules, resolve
//! every span to the user's lines and character columns.

use serde::Serialize;

use crate::analysis::episode::{Episode, Verdict, apply_label};
use crate::analysis::{LineAnalysis, analyze_line};
use crate::cancel::{self, Cancel, Cancelled};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Finding, Fix, Severity};
use crate::document::{Document, SectionKind};
use crate::rules::{self, Context, Item};
use crate::text::quantity::Quantity;

/// One duty/achievement line, as SPEC.md's `items`.
#[derive(Debug, Clone, Serialize)]
pub struct ItemReport {
    pub line: usize,
    pub text: String,
    pub problem: bool,
    pub action: bool,
    pub result: bool,
    /// Only a duty (no act, no result, no problem).
    pub duty: bool,
    pub quantities: Vec<Quantity>,
    /// The achievement the line belongs to (1-based; the lines of one achievement share it).
    pub episode: usize,
    /// The verdict on the whole achievement (any of its lines).
    pub episode_verdict: Verdict,
    /// Company of the job block the line belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<usize>,
    /// Where the line is in the original document ("p.2 ¶5", "Sheet1!C12").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Lines in the 職務経歴 part.
    pub items: usize,
    /// Lines with an action or a result.
    pub achievements: usize,
    /// Lines with all three: problem, action and result.
    pub complete: usize,
    pub with_result: usize,
    pub duties: usize,
    pub jobs: usize,
    pub characters: usize,
    pub estimated_pages: f64,
    pub sections: Vec<SectionKind>,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// The three things to fix first, in Japanese.
    pub top: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Review {
    pub kind: &'static str,
    pub summary: Summary,
    pub items: Vec<ItemReport>,
    pub diagnostics: Vec<Finding>,
}

impl Review {
    /// Attaches where each line came from in the original document (one entry per line of
    /// the reviewed text, as a reader of Word, Excel or PDF files gives them) to the items
    /// and findings on that line.
    pub fn attach_sources(&mut self, sources: &[Option<String>]) {
        let at = |line: usize| {
            line.checked_sub(1)
                .and_then(|i| sources.get(i))
                .cloned()
                .flatten()
        };
        for item in &mut self.items {
            item.source = at(item.line);
        }
        for f in &mut self.diagnostics {
            f.source = at(f.line);
        }
    }
}

/// Reviews a résumé text with a configuration. Never fails: odd input gives findings.
pub fn review(text: &str, config: &Config) -> Review {
    cancel::never(review_cancellable(text, config, Cancel::NEVER))
}

/// [`review`], stopping between lines and rules once `cancel` is set (the web server sets it
/// when the client goes away).
pub fn review_cancellable(
    text: &str,
    config: &Config,
    cancel: Cancel<'_>,
) -> Result<Review, Cancelled> {
    let doc = Document::parse_cancellable(text, cancel)?;
    review_document_cancellable(&doc, config, cancel)
}

pub fn review_document(doc: &Document, config: &Config) -> Review {
    cancel::never(review_document_cancellable(doc, config, Cancel::NEVER))
}

/// [`review_document`], stopping between lines and rules once `cancel` is set.
pub fn review_document_cancellable(
    doc: &Document,
    config: &Config,
    cancel: Cancel<'_>,
) -> Result<Review, Cancelled> {
    let mut item_of_line = vec![usize::MAX; doc.lines.len()];
    let items: Vec<Item> = doc
        .career_items()
        .into_iter()
        .enumerate()
        .map(|(k, line)| {
            cancel.check()?;
            let l = &doc.lines[line];
            item_of_line[line] = k;
            let mut analysis = analyze_line_in(doc, l);
            apply_label(&mut analysis, l.part);
            Ok(Item {
                line,
                analysis,
                episode: l.episode.unwrap_or(0),
            })
        })
        .collect::<Result<_, Cancelled>>()?;
    let mut items = items;
    let groups: Vec<Vec<usize>> = doc
        .episodes
        .iter()
        .map(|lines| {
            lines
                .iter()
                .map(|&l| item_of_line[l])
                .filter(|&k| k != usize::MAX)
                .collect()
        })
        .collect();
    let groups = merge_prose_results(doc, &items, groups);
    crate::analysis::episode::settle_arrow_lines(doc, &mut items, &groups);
    crate::analysis::episode::settle_restated_counts(doc, &mut items, &groups);
    crate::analysis::episode::settle_elided_results(doc, &mut items, &groups);
    for (e, g) in groups.iter().enumerate() {
        for &k in g {
            items[k].episode = e;
        }
    }
    let episodes: Vec<Episode> = groups
        .into_iter()
        .map(|idx| {
            let analyses: Vec<&LineAnalysis> = idx.iter().map(|&k| &items[k].analysis).collect();
            Episode::judge(idx, analyses.into_iter())
        })
        .collect();
    let items = items;
    let cx = Context {
        doc,
        items: &items,
        episodes: &episodes,
        config,
        answer: None,
    };
    let mut raw: Vec<Diagnostic> = Vec::new();
    for rule in rules::reading(rules::Scope::Resume) {
        cancel.check()?;
        if config.is_enabled(rule.id()) {
            rule.check(&cx, &mut raw);
        }
    }
    cancel.check()?;
    let diagnostics = resolve_all(doc, raw, config);
    let item_reports: Vec<ItemReport> = items
        .iter()
        .map(|i| {
            let l = &doc.lines[i.line];
            let mut quantities = i.analysis.quantities.clone();
            for q in &mut quantities {
                q.text = doc.source[doc.norm.source_range(q.range.clone())].to_string();
            }
            ItemReport {
                line: l.number,
                text: doc.source[doc.norm.source_range(l.content.clone())].to_string(),
                problem: i.analysis.problem,
                action: i.analysis.action,
                result: i.analysis.result,
                duty: i.analysis.duty,
                quantities,
                episode: i.episode + 1,
                episode_verdict: episodes
                    .get(i.episode)
                    .map_or_else(Verdict::default, |e| e.verdict),
                job: l.job,
                source: None,
            }
        })
        .collect();
    let summary = summarize(doc, &cx, &item_reports, &diagnostics);
    Ok(Review {
        kind: "resume",
        summary,
        items: item_reports,
        diagnostics,
    })
}

/// In prose, the sentence that gives the result often stands on its own line after the act
/// (「…を企画し、メンバーにも共有しました。」「2023年度は…前年比146%となりました。」). A prose line that
/// only reports a result joins the achievement on the line right above it when that one has an
/// act and no result yet; 「また、」 starts a new one.
fn merge_prose_results(doc: &Document, items: &[Item], groups: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    use crate::document::LineKind;
    let mut out: Vec<Vec<usize>> = Vec::with_capacity(groups.len());
    for g in groups {
        let mergeable = {
            let k = g[0];
            let a = &items[k].analysis;
            let line = &doc.lines[items[k].line];
            let content = doc.line_content(items[k].line);
            out.last().is_some_and(|prev: &Vec<usize>| {
                let last = *prev.last().expect("episodes are not empty");
                let pl = &doc.lines[items[last].line];
                // The next line of the same paragraph, or the next bullet of the same list.
                let siblings = items[last].line + 1 == items[k].line
                    && pl.job == line.job
                    && pl.kind == line.kind
                    && match line.kind {
                        LineKind::Text => true,
                        LineKind::Bullet => pl.indent == line.indent,
                        _ => false,
                    };
                let any =
                    |f: fn(&LineAnalysis) -> bool| prev.iter().any(|&p| f(&items[p].analysis));
                // 「…切り替えました」 then 「・集計に半日かかっていたのが、数分で終わるようになりました」:
                // what came of the act above, on a line of its own.
                // A bullet that makes something change (「売上を前年比110%に伸ばした」) claims an
                // achievement of its own; one that tells how things turned out (「…が数分で終わる
                // ようになりました」「回転率は…に上がり」) reports on the act above.
                // (Also an outcome told without a number: 「…という申し出はなくなった」.)
                let outcome = a.result || {
                    use crate::analysis::PredicateKind as K;
                    let preds = || a.clauses.iter().flat_map(|c| &c.predicates);
                    !preds().any(|p| matches!(p.kind, K::Action | K::Effort))
                        && preds().last().is_some_and(|p| {
                            p.kind == K::Outcome
                                && crate::analysis::lexicon::GONE.contains(&p.base.as_str())
                        })
                };
                let result_of_act = g.len() == 1
                    && outcome
                    && !a.action
                    && !a.problem
                    && !content.starts_with("また")
                    && (line.kind == LineKind::Text || !content.contains('を'))
                    && any(|x| x.action)
                    && !any(|x| x.result);
                // 「・点検を一人で回っていて、抜けてしまうことがあった」 then 「・点検表を見直し…」:
                // a line that only states a trouble sets up the act on the next one.
                // (A trouble told over two lines of prose, too.)
                let act_on_trouble = prev.len() <= 2
                    && any(|x| x.problem)
                    && !any(|x| x.action || x.result)
                    && a.action
                    && !g.iter().any(|&j| items[j].analysis.problem);
                // 「・…保守費がかさんでいたため、…アドオンを整理した」 then 「・システム保守費を年間
                // 約3,600万円から2,100万円に圧縮」: a result-only bullet that measures the thing the
                // achievement above named reports a second result of it, with を or not.
                // 「・センサーマットの置き方も入居者ごとに決め直し、転倒は月平均6件から2件に減りました」:
                // an act added with も to the one above, whose result it then gives, too.
                let additive = content.split('、').next().is_some_and(|first| {
                    first.match_indices('も').any(|(at, _)| {
                        let before = &first[..at];
                        let after = &first[at + 'も'.len_utf8()..];
                        !before.is_empty()
                            && !["いつ", "最", "今", "で", "と", "ど", "し"]
                                .iter()
                                .any(|w| before.ends_with(w))
                            && !after.starts_with(['の', 'っ'])
                    })
                });
                let same_thing = g.len() == 1
                    && a.result
                    && (!a.action || additive)
                    && !a.problem
                    && any(|x| x.action)
                    && !content.starts_with("また")
                    && measured_thing(content).is_some_and(|thing| {
                        prev.iter()
                            .any(|&p| doc.line_content(items[p].line).contains(thing))
                    });
                siblings && (result_of_act || act_on_trouble || same_thing)
            })
        };
        if mergeable {
            out.last_mut().expect("checked").extend(g);
        } else {
            out.push(g);
        }
    }
    out
}

/// The head of the thing a result line measures: the last two kanji/katakana before its first
/// を/は/が (「システム保守費を…圧縮」 → 「守費」, enough to find 「保守費」 named above; 「転倒は」 →
/// 「転倒」). None for a date (「2024年度は」) or a run shorter than two characters.
fn measured_thing(content: &str) -> Option<&str> {
    let at = content.find(['を', 'は', 'が'])?;
    let before = &content[..at];
    let is_word =
        |c: char| matches!(c, '\u{4E00}'..='\u{9FFF}' | '々' | '\u{30A1}'..='\u{30FA}' | 'ー');
    let run: Vec<(usize, char)> = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word(c))
        .collect();
    // A date (「2024年度は」) is when, not what.
    let dated = run
        .last()
        .and_then(|&(at, _)| before[..at].chars().next_back())
        .is_some_and(|c| c.is_ascii_digit());
    // The last two characters of the run: the head of a compound (保守費, 作業時間 → 時間).
    (run.len() >= 2 && !dated).then(|| &before[run[1].0..])
}

/// Analyses a line's content; quantities get absolute ranges in the normalized text.
fn analyze_line_in(doc: &Document, line: &crate::document::Line) -> LineAnalysis {
    let base = line.content.start;
    let text = doc.slice(line.content.clone());
    let mut a = analyze_line(text, &line.relative_morphs());
    for q in &mut a.quantities {
        q.range = q.range.start + base..q.range.end + base;
    }
    a
}

/// 「まず直すこと」: the three headlines of the rules with findings, by the rules' own priority; the
/// writing rules share one headline.
fn first_fixes(diags: &[Finding]) -> Vec<String> {
    let count = |rule: &str| diags.iter().filter(|d| d.rule == rule).count();
    let mut writing = 0;
    let mut headlines: Vec<(u8, String)> = Vec::new();
    for rule in rules::all() {
        let n = count(rule.id());
        if n == 0 {
            continue;
        }
        match rule.advice() {
            rules::Advice::None => {}
            rules::Advice::Writing => writing += n,
            rules::Advice::Own { priority, headline } => headlines.push((priority, headline(n))),
        }
    }
    if writing > 0 {
        headlines.push((
            rules::WRITING_ADVICE_PRIORITY,
            format!("文章の指摘が{writing}件あります：長い文を分け、言い切る形に直しましょう（--fix で一部は自動修正できます）。"),
        ));
    }
    headlines.sort_by_key(|(p, _)| *p);
    headlines.into_iter().take(3).map(|(_, h)| h).collect()
}

/// Applies severity overrides, resolves spans to lines and columns, and sorts.
pub fn resolve_all(doc: &Document, raw: Vec<Diagnostic>, config: &Config) -> Vec<Finding> {
    let mut out: Vec<Finding> = raw
        .into_iter()
        .map(|mut d| {
            if let Some(s) = config.rules.severity.get(d.rule) {
                d.severity = *s;
            }
            resolve(doc, d)
        })
        .collect();
    out.sort_by(|a, b| (a.line, a.column, a.rule).cmp(&(b.line, b.column, b.rule)));
    out
}

fn resolve(doc: &Document, d: Diagnostic) -> Finding {
    let (line, column) = doc.position(d.span.start);
    let (end_line, end_column) = if d.span.is_empty() {
        (line, column)
    } else {
        doc.end_position(d.span.end)
    };
    let source_range = doc.norm.source_range(d.span.clone());
    let fix = d.edit.map(|e| {
        let r = doc.norm.source_range(e.span.clone());
        let (l, c) = doc.position(e.span.start);
        let (el, ec) = if e.span.is_empty() {
            (l, c)
        } else {
            doc.end_position(e.span.end)
        };
        Fix {
            replacement: e.replacement,
            safe: e.safe,
            source_range: r,
            line: l,
            column: c,
            end_line: el,
            end_column: ec,
        }
    });
    Finding {
        rule: d.rule,
        severity: d.severity,
        line,
        column,
        end_line,
        end_column,
        message: d.message,
        fix,
        text: doc.source[source_range.clone()].to_string(),
        source_range,
        source: None,
    }
}

fn summarize(doc: &Document, cx: &Context<'_>, items: &[ItemReport], diags: &[Finding]) -> Summary {
    let top = first_fixes(diags);
    Summary {
        items: items.len(),
        achievements: items.iter().filter(|i| i.action || i.result).count(),
        complete: items
            .iter()
            .filter(|i| i.problem && i.action && i.result)
            .count(),
        with_result: items.iter().filter(|i| i.result).count(),
        duties: items.iter().filter(|i| i.duty).count(),
        jobs: doc.employers().count(),
        characters: doc.visible_chars,
        estimated_pages: (rules::estimated_pages(cx) * 10.0).round() / 10.0,
        sections: doc
            .sections
            .iter()
            .map(|s| s.kind)
            .filter(|k| *k != SectionKind::Front)
            .collect(),
        errors: diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count(),
        warnings: diags
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count(),
        infos: diags
            .iter()
            .filter(|d| d.severity == Severity::Info)
            .count(),
        top,
    }
}

/// Applies the safe fixes among `findings` to `source` (non-overlapping, first wins).
/// Returns the new text and how many fixes were applied. Callers re-run the review and apply
/// again until nothing changes, so fixes that touched the same text converge.
pub fn apply_fixes(source: &str, findings: &[Finding]) -> (String, usize) {
    let mut fixes: Vec<&Fix> = findings
        .iter()
        .filter_map(|f| f.fix.as_ref())
        .filter(|f| f.safe)
        .collect();
    fixes.sort_by_key(|f| (f.source_range.start, f.source_range.end));
    let mut out = String::with_capacity(source.len());
    let mut pos = 0;
    let mut applied = 0;
    for f in fixes {
        if f.source_range.start < pos {
            continue;
        }
        out.push_str(&source[pos..f.source_range.start]);
        out.push_str(&f.replacement);
        pos = f.source_range.end;
        applied += 1;
    }
    out.push_str(&source[pos..]);
    (out, applied)
}

/// Applies safe fixes until the text stops changing (at most `max_rounds`).
pub fn fix_until_stable(source: &str, config: &Config, max_rounds: usize) -> (String, usize) {
    let mut text = source.to_string();
    let mut total = 0;
    for _ in 0..max_rounds {
        let r = review(&text, config);
        let (next, n) = apply_fixes(&text, &r.diagnostics);
        if n == 0 || next == text {
            break;
        }
        total += n;
        text = next;
    }
    (text, total)
}

/// One reviewed file as it appears in `naitei review --format json` (`{"files": [ … ]}`) and
/// as the body of the web API's `POST /api/v1/review`: shared so both stay the same object.
#[derive(Debug, Serialize)]
pub struct FileReport<'a> {
    pub path: String,
    pub encoding: String,
    #[serde(flatten)]
    pub review: &'a Review,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_cancel_flag_stops_the_review() {
        use std::sync::atomic::AtomicBool;
        let text = "■職務経歴\n株式会社A（2020年4月〜現在）\n・受注入力を担当。\n".repeat(50);
        let set = AtomicBool::new(true);
        assert_eq!(
            review_cancellable(&text, &Config::default(), Cancel::on(&set)).err(),
            Some(Cancelled)
        );
        let doc = Document::parse(&text);
        assert!(review_document_cancellable(&doc, &Config::default(), Cancel::on(&set)).is_err());
        // An unset flag changes nothing.
        let unset = AtomicBool::new(false);
        let r = review_cancellable(&text, &Config::default(), Cancel::on(&unset)).unwrap();
        let plain = review(&text, &Config::default());
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            serde_json::to_string(&plain).unwrap()
        );
    }

    #[test]
    fn sources_are_attached_by_line() {
        let mut r = review(
            "■職務経歴\n株式会社A（2020年4月〜現在）\n・受注入力を担当。\n",
            &Config::default(),
        );
        let sources = vec![
            None,
            Some("表1 行1".to_string()),
            Some("表1 行2".to_string()),
        ];
        r.attach_sources(&sources);
        assert_eq!(r.items.len(), 1);
        assert_eq!(r.items[0].source.as_deref(), Some("表1 行2"));
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["items"][0]["source"], "表1 行2");
        let plain = review("・受注入力を担当。\n", &Config::default());
        let json = serde_json::to_value(&plain).unwrap();
        assert!(json["items"][0].get("source").is_none());
    }
}
