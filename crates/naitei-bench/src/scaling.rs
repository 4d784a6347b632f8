//! Inputs for the scaling benchmark (issue 18): each engine at a given size, as one long line
//! or as many lines. Built from the generated résumés and the bundled examples, so every size
//! is the same kind of text and only the length changes.

/// The engines measured.
pub const ENGINES: [&str; 5] = ["review", "answer", "compare", "prep", "goals"];

/// The input shapes: the text as written (many lines) and the same text on one line.
pub const SHAPES: [&str; 2] = ["many-lines", "one-line"];

/// An example answer (several sentences of spoken prose with numbers and a weak phrase).
pub const ANSWER: &str = "前職では受発注事務を5年担当し、入力ミスが月12件ほど発生していたため、チェックリストを作成してミスを月2件に減らしました。\n\
御社の業務用食品の物流を拡大していく方針に惹かれ、見積書のテンプレートを整備して作成時間を1件30分から10分に短縮した経験を活かしたいと考えています。\n\
私の長所は協調性です。誰とでも協力して仕事を進められます。\n\
一日も早く成長したいと思います。\n";

/// A job posting with duties, requirements and preferred skills.
pub const POSTING: &str = include_str!("../../../examples/posting.md");

/// Résumé text of about `bytes` bytes: generated résumés one after another, cut at a line end.
pub fn resume_text(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 8 * 1024);
    let mut seed = 1;
    while out.len() < bytes {
        out.push_str(&crate::resume(seed));
        out.push('\n');
        seed += 1;
    }
    cut(out, bytes)
}

/// Answer text of about `bytes` bytes (one answer, no headings).
pub fn answer_text(bytes: usize) -> String {
    repeat(ANSWER, bytes)
}

/// Posting text of about `bytes` bytes.
pub fn posting_text(bytes: usize) -> String {
    repeat(POSTING, bytes)
}

fn repeat(unit: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + unit.len());
    while out.len() < bytes {
        out.push_str(unit);
    }
    cut(out, bytes)
}

/// Cuts after the last line end at or before `bytes` (keeps at least one line).
fn cut(mut text: String, bytes: usize) -> String {
    if text.len() > bytes {
        let boundary = (0..=bytes)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let end = text[..boundary].rfind('\n').map_or(boundary, |i| i + 1);
        text.truncate(end.max(text.find('\n').map_or(text.len(), |i| i + 1)));
    }
    text
}

/// The same text on one line: list and heading markers dropped, lines run together.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for l in text.lines() {
        out.push_str(
            l.trim_start_matches(['#', '-', '*', '|', ' ', '　'])
                .trim_end(),
        );
    }
    out
}

/// A résumé whose whole 職務経歴 is one bullet line: the one-line shape of a résumé, so that
/// the per-line analysis of the career items meets the long line.
pub fn one_line_resume(text: &str) -> String {
    format!("## 職務経歴\n- {}", one_line(text))
}

/// The inputs of one engine at one size and shape: (first text, second text). The second is
/// the posting for prep and the answer for compare; empty for the others.
pub fn inputs(engine: &str, shape: &str, bytes: usize) -> (String, String) {
    let one = shape == "one-line";
    let resume = |b: usize| {
        let t = resume_text(b);
        if one { one_line_resume(&t) } else { t }
    };
    let other = |t: String| if one { one_line(&t) } else { t };
    match engine {
        "answer" => (other(answer_text(bytes)), String::new()),
        // Both sides grow: half the bytes each.
        "compare" => (resume(bytes / 2), other(answer_text(bytes / 2))),
        "prep" => (resume(bytes / 2), other(posting_text(bytes / 2))),
        _ => (resume(bytes), String::new()),
    }
}

/// Runs one engine on its inputs; returns a number from the result so the work is not
/// optimised away.
pub fn run(engine: &str, first: &str, second: &str, config: &naitei_core::Config) -> usize {
    use naitei_core::{answer, compare, goals, prep};
    match engine {
        "review" => naitei_core::review(first, config).diagnostics.len(),
        "answer" => answer::review_all(first, None, config)
            .iter()
            .map(|r| r.diagnostics.len())
            .sum(),
        "compare" => compare::compare(first, second).conflicts.len(),
        "prep" => prep::prepare(second, first, None).requirements.len(),
        "goals" => {
            let today = jiff::civil::date(2026, 11, 30);
            goals::build(
                first,
                &goals::Context {
                    today,
                    profile: None,
                    funnel: None,
                    config,
                },
            )
            .goals
            .len()
        }
        other => panic!("unknown engine {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_have_the_size_and_shape_asked() {
        for engine in ENGINES {
            for shape in SHAPES {
                let (a, b) = inputs(engine, shape, 10_000);
                let total = a.len() + b.len();
                assert!(
                    (6_000..=10_030).contains(&total),
                    "{engine} {shape}: {total}"
                );
                if shape == "one-line" {
                    assert!(a.lines().count() <= 2 && !b.contains('\n'), "{engine}");
                } else {
                    assert!(a.lines().count() > 20, "{engine}");
                }
            }
        }
    }
}
