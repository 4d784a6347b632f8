//! The prose pass: what the writing rules read in each line. Inline Markdown is read once
//! (`text::inline`), morphemes and sentences come from that prose and are mapped back to the
//! normalized text. Consecutive plain-text lines form a paragraph whose sentences run across
//! hard line breaks; bullets, table rows, headings and labelled items stay one item each.
//! Lines inside a fenced code block, quotations (`> …`) and lines that are one link carry no
//! prose.

use std::ops::Range;

use super::{Document, Line, LineKind, LineRole};
use crate::cancel::{Cancel, Cancelled};
use crate::text::inline::{self, Prose};
use crate::text::morph::{self, Morpheme, Pos};
use crate::text::sentence;

/// The prose of every line (None where a line carries none), with `morphs` filled from it.
pub(super) fn morphemes(
    text: &str,
    lines: &mut [Line],
    cancel: Cancel<'_>,
) -> Result<Vec<Option<Prose>>, Cancelled> {
    let mut in_fence = false;
    let proses: Vec<Option<Prose>> = lines
        .iter()
        .map(|line| {
            if text[line.range.clone()].trim_start().starts_with("```") {
                in_fence = !in_fence;
                return None;
            }
            if in_fence || matches!(line.kind, LineKind::Blank | LineKind::Rule) {
                return None;
            }
            let content = &text[line.content.clone()];
            // A quotation (> …) is someone else's words; a line that is one link is a reference
            // (a page's title). Neither is the seeker's prose.
            if content.starts_with('>') || inline::is_single_link(content) {
                return None;
            }
            Some(Prose::parse(content).offset(line.content.start))
        })
        .collect();
    for (line, prose) in lines.iter_mut().zip(&proses) {
        if let Some(p) = prose {
            cancel.check()?;
            // Ranges mapped in place (collecting a mapped iterator moved every morpheme).
            let mut morphs = morph::analyze(&p.text);
            for m in &mut morphs {
                m.range = p.to_source(m.range.clone());
            }
            line.morphs = morphs;
        }
    }
    Ok(proses)
}

/// Fills `sentences` of every line, once the line kinds are final (a period or company line
/// in 職務経歴 is metadata, not prose). A sentence of a paragraph is stored on the line it
/// starts in; its range may run into the following lines.
pub(super) fn sentences(lines: &mut [Line], proses: &[Option<Prose>]) {
    let mut i = 0;
    while i < lines.len() {
        let Some(first) = &proses[i] else {
            i += 1;
            continue;
        };
        if !is_paragraph_line(&lines[i]) {
            lines[i].sentences = split(first, true);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while let Some(Some(_)) = proses.get(j) {
            if !is_paragraph_line(&lines[j]) || !wraps_into_next(&lines[j - 1], &proses[j - 1]) {
                break;
            }
            j += 1;
        }
        // A one-line paragraph (the usual case) is split as it is.
        let joined;
        let paragraph = if j == i + 1 {
            first
        } else {
            let mut p = first.clone();
            for k in i + 1..j {
                if let Some(next) = &proses[k] {
                    let line_break = lines[k - 1].range.end..lines[k].range.start;
                    p.append("\n", line_break, next);
                }
            }
            joined = p;
            &joined
        };
        for s in split(paragraph, false) {
            // The last line of the paragraph starting at or before the sentence (binary search:
            // a paragraph may have thousands of lines).
            let owner = (i + lines[i..j].partition_point(|l| l.range.start <= s.start))
                .saturating_sub(1)
                .max(i);
            lines[owner].sentences.push(s);
        }
        i = j;
    }
}

/// A plain-text line that can be part of a paragraph: not a job header, label, company
/// facts or tool list in 職務経歴 (those keep the kind Text but have a role of their own).
fn is_paragraph_line(line: &Line) -> bool {
    line.kind == LineKind::Text && matches!(line.role, None | Some(LineRole::Item))
}

/// Whether a plain-text line is hard-wrapped prose that goes on in the next line, rather than
/// one entry of an unmarked list (「平成20年6月　普通自動車第一種運転免許」 under 資格). A line
/// that stops mid-phrase (a particle, a verb or auxiliary, a 読点) goes on; one ending in a
/// noun goes on only when it is as long as a wrapped line of prose.
fn wraps_into_next(line: &Line, prose: &Option<Prose>) -> bool {
    const WRAPPED_LINE_CHARS: usize = 30;
    let Some(last) = line
        .morphs
        .iter()
        .rev()
        .find(|m| !m.surface.trim().is_empty())
    else {
        return false;
    };
    if last.surface.ends_with(['、', '，', ',']) {
        return true;
    }
    match last.pos {
        Pos::Particle | Pos::Auxiliary | Pos::Verb | Pos::Adjective | Pos::Prefix => true,
        Pos::Conjunction | Pos::Adverb | Pos::Adnominal => true,
        Pos::Noun | Pos::Other => prose
            .as_ref()
            .is_some_and(|p| p.text.chars().count() >= WRAPPED_LINE_CHARS),
        Pos::Symbol => false,
    }
}

/// Sentences of a prose, as ranges of the normalized text.
fn split(p: &Prose, break_at_newline: bool) -> Vec<Range<usize>> {
    let ranges = if break_at_newline {
        sentence::split(&p.text)
    } else {
        sentence::split_paragraph(&p.text)
    };
    ranges
        .into_iter()
        .map(|r| p.to_source(r))
        .filter(|r| !r.is_empty())
        .collect()
}

impl Document {
    /// Lines whose text overlaps `r` (a range of the normalized text), in order.
    fn lines_over(&self, r: Range<usize>) -> impl Iterator<Item = &Line> + '_ {
        let first = self.lines.partition_point(|l| l.range.end < r.start);
        self.lines[first..]
            .iter()
            .take_while(move |l| l.range.start < r.end.max(r.start + 1))
    }

    /// Morphemes inside `r`, across lines (a sentence of a paragraph spans its hard-wrapped
    /// lines).
    pub fn morphs_in(&self, r: Range<usize>) -> impl Iterator<Item = &Morpheme> + '_ {
        self.lines_over(r.clone()).flat_map(move |l| {
            // A line's morphemes are in source order (starts and ends never decrease), so those
            // inside `r` are one run, found by binary search rather than a scan of the line.
            let first = l.morphs.partition_point(|m| m.range.start < r.start);
            let end = l.morphs.partition_point(|m| m.range.end <= r.end);
            &l.morphs[first..end.max(first)]
        })
    }

    /// Characters of prose in `r`: what a reader reads, without URLs, markup or HTML; a code
    /// span counts its characters and a hard line break inside a sentence counts one.
    pub fn prose_chars(&self, r: Range<usize>) -> usize {
        let words: usize = self
            .morphs_in(r.clone())
            .map(|m| m.surface.chars().count())
            .sum();
        let breaks = self
            .lines_over(r.clone())
            .filter(|l| l.range.start > r.start)
            .count();
        words + breaks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_starting_with_a_link_is_prose_not_a_label() {
        let d = Document::parse("[GitHub](https://github.com/x)で公開したツールを改善した。\n");
        let line = &d.lines[0];
        assert_eq!(line.kind, LineKind::Text);
        assert_eq!(
            d.slice(line.sentences[0].clone()),
            "GitHub](https://github.com/x)で公開したツールを改善した。"
        );
        assert!(
            line.morphs
                .iter()
                .all(|m| !m.surface.contains("github.com"))
        );
        assert_eq!(
            d.prose_chars(line.sentences[0].clone()),
            "GitHubで公開したツールを改善した。".chars().count()
        );
    }

    #[test]
    fn period_and_company_lines_are_not_prose() {
        let d = Document::parse(
            "## 職務経歴\n2014年4月〜2017年3月　東邦住設株式会社（住宅設備メーカー）　営業部\n新築住宅向けの設備の提案営業を担当しました。\n",
        );
        assert_eq!(d.lines[1].role, Some(LineRole::JobHeader));
        assert_eq!(d.lines[1].sentences.len(), 1);
        assert_eq!(
            d.slice(d.lines[2].sentences[0].clone()),
            "新築住宅向けの設備の提案営業を担当しました。"
        );
    }

    #[test]
    fn unmarked_list_lines_are_not_joined() {
        let d = Document::parse(
            "■資格\n平成20年6月　普通自動車第一種運転免許\n令和2年11月　日商簿記検定2級\n",
        );
        assert_eq!(d.lines[1].sentences.len(), 1);
        assert_eq!(d.lines[2].sentences.len(), 1);
    }

    #[test]
    fn paragraph_sentences_run_across_hard_wraps() {
        let d = Document::parse("AはBである\nCはDです。次の文。\n\n・箇条書き\n・二つ目");
        assert_eq!(d.lines[0].sentences.len(), 1);
        assert_eq!(
            d.slice(d.lines[0].sentences[0].clone()),
            "AはBである\nCはDです。"
        );
        assert_eq!(d.slice(d.lines[1].sentences[0].clone()), "次の文。");
        let morphs: Vec<&str> = d
            .morphs_in(d.lines[0].sentences[0].clone())
            .map(|m| m.surface.as_str())
            .collect();
        assert_eq!(morphs.last(), Some(&"。"));
        assert!(morphs.contains(&"A") && morphs.contains(&"D"), "{morphs:?}");
        // Bullets stay one item each.
        assert_eq!(d.lines[3].sentences.len(), 1);
        assert_eq!(d.lines[4].sentences.len(), 1);
    }

    #[test]
    fn quotations_and_code_blocks_are_not_prose() {
        let d = Document::parse("> 引用の文です。\n```\nlet x = 1;\n```\n本文です。");
        assert!(d.lines[0].sentences.is_empty() && d.lines[0].morphs.is_empty());
        assert!(d.lines[2].morphs.is_empty());
        assert_eq!(d.lines[4].sentences.len(), 1);
    }
}
