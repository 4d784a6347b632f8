//! Sentence splitting that respects brackets: 「」『』（）() and 【】 are never split inside.

use std::ops::Range;

const OPEN: &[char] = &['「', '『', '(', '（', '【', '〔', '[', '“'];
const CLOSE: &[char] = &['」', '』', ')', '）', '】', '〕', ']', '”'];
const TERMINATORS: &[char] = &['。', '!', '?', '！', '？'];

/// Splits one line into sentence ranges (bytes of `text`), each including its terminator. A
/// line break also ends a sentence. Unbalanced brackets never swallow the rest of the text:
/// depth resets at a line break.
pub fn split(text: &str) -> Vec<Range<usize>> {
    split_with(text, true)
}

/// Splits a paragraph whose lines are hard-wrapped: a line break does not end a sentence
/// (「AはBである」 on one line and 「CはDです。」 on the next are one sentence).
pub fn split_paragraph(text: &str) -> Vec<Range<usize>> {
    split_with(text, false)
}

fn split_with(text: &str, break_at_newline: bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth: usize = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if OPEN.contains(&c) {
            depth += 1;
        } else if CLOSE.contains(&c) {
            depth = depth.saturating_sub(1);
        } else if c == '\n' {
            depth = 0;
            if !break_at_newline {
                continue;
            }
            if text[start..i].trim().is_empty() {
                start = i + 1;
            } else {
                out.push(start..i);
                start = i + 1;
            }
        } else if depth == 0 && TERMINATORS.contains(&c) {
            let mut end = i + c.len_utf8();
            // Keep runs like 「！？」 and a closing bracket right after the terminator together.
            while let Some(&(j, d)) = iter.peek() {
                if TERMINATORS.contains(&d) || CLOSE.contains(&d) {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            out.push(start..end);
            start = end;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(start..text.len());
    }
    // Trim leading spaces of each sentence.
    out.into_iter()
        .map(|r| {
            let s = &text[r.clone()];
            let lead = s.len() - s.trim_start().len();
            r.start + lead..r.end
        })
        .filter(|r| !r.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn splits_on_terminators() {
        assert_eq!(
            parts("改善した。売上を伸ばした。"),
            ["改善した。", "売上を伸ばした。"]
        );
    }

    #[test]
    fn keeps_quotes_together() {
        assert_eq!(
            parts("「なぜ？」と問い続けた。次へ"),
            ["「なぜ？」と問い続けた。", "次へ"]
        );
        assert_eq!(
            parts("結果（前年比120%。過去最高）を得た。"),
            ["結果（前年比120%。過去最高）を得た。"]
        );
    }

    #[test]
    fn unbalanced_bracket_does_not_swallow_following_lines() {
        assert_eq!(parts("（注記。\n次の行。"), ["（注記。", "次の行。"]);
    }

    #[test]
    fn paragraphs_run_across_line_breaks() {
        let t = "AはBである\nCはDです。次の文。";
        assert_eq!(
            split_paragraph(t)
                .into_iter()
                .map(|r| &t[r])
                .collect::<Vec<_>>(),
            ["AはBである\nCはDです。", "次の文。"]
        );
        assert_eq!(
            parts("AはBである\nCはDです。"),
            ["AはBである", "CはDです。"]
        );
    }

    #[test]
    fn exclamation_runs() {
        assert_eq!(parts("本当に！？はい。"), ["本当に！？", "はい。"]);
    }
}
