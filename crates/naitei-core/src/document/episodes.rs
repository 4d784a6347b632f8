//! Pass 3: the lines of one achievement, grouped into an episode. Real résumés write an
//! achievement over several lines:
//! - an action line and a result line under it, marked with an arrow (「→月40時間削減」) or
//!   indented deeper than the line above;
//! - labelled parts 【課題】→【取り組み】→【成果】 (inline or as label lines above the text);
//! - a 成果/結果 line (「成果：…」) directly under its action.
//!
//! Everything else is an episode of its own line. The pass walks the lines once.

use super::lines::{episode_part, heading_part as heading_part_of};
use super::vocab::EpisodePart;
use super::{Line, LineKind, LineRole};

/// Sentence openings that continue the achievement above (the act after the problem, the
/// result after the act): 「そこで、…」「その結果、…」.
const CONTINUES: &[&str] = &[
    "そこで",
    "その結果",
    "結果として",
    "結果、",
    "これにより",
    "この結果",
    "それにより",
    "あわせて",
    "併せて",
    "最終的に",
    "結果的に",
    // 「翌年度の感染者は…に減りました」: a time named from the act above.
    "翌年",
    "翌月",
    "翌期",
];

/// The first line of the last episode (there is one: called only after a line joined it).
fn e_first(episodes: &[Vec<usize>]) -> usize {
    episodes
        .last()
        .and_then(|e| e.first())
        .copied()
        .unwrap_or(0)
}

/// Groups `items` (career item line indices, in document order) into episodes; sets each
/// line's `part` and `episode`.
pub(super) fn group(text: &str, lines: &mut [Line], items: &[usize]) -> Vec<Vec<usize>> {
    let mut episodes: Vec<Vec<usize>> = Vec::new();
    // Parts announced inside the current episode, by label.
    let mut labelled: Vec<EpisodePart> = Vec::new();
    let mut prev: Option<usize> = None;
    let mut walked = 0;
    let mut heading_part: Option<EpisodePart> = None;
    // Inside an achievement with a title heading: its lines run to a blank line or label.
    let mut in_title = false;
    for &i in items {
        // What stands between the previous item and this one (each line is walked once).
        let mut gap_blank = false;
        let mut gap_other = false;
        let mut boundary = false;
        for l in &lines[walked.max(prev.map_or(0, |p| p + 1))..i] {
            match l.role {
                Some(LineRole::Blank) => gap_blank = true,
                Some(LineRole::JobHeader | LineRole::SubBlock | LineRole::SectionHeading) => {
                    boundary = true;
                    heading_part = None;
                }
                Some(LineRole::Label) => {
                    heading_part = heading_part_of(&text[l.content.clone()]);
                    gap_other = true;
                    if heading_part.is_none() {
                        in_title = false;
                    }
                }
                _ => {
                    if l.kind == LineKind::Blank {
                        gap_blank = true;
                    } else {
                        gap_other = true;
                    }
                }
            }
        }
        walked = i + 1;
        let line = &lines[i];
        let own_part = line.label.clone().and_then(|r| episode_part(&text[r]));
        let part = own_part.or(heading_part);
        let same_job = prev.is_some_and(|p| lines[p].job == line.job) && !boundary;
        let adjacent = same_job && !gap_blank && !gap_other;
        let prev_line = prev.map(|p| &lines[p]);
        // The title of an achievement takes the lines directly under it; a prose line that
        // continues a sentence (hard-wrapped) or a labelled part stays with it.
        if gap_blank || boundary {
            in_title = false;
        }
        let under_title = (in_title || prev_line.is_some_and(|p| p.title)) && !gap_blank;
        let content = text[line.content.clone()].trim_start();
        let connective = adjacent && CONTINUES.iter().any(|c| content.starts_with(c));
        let continues_prose = adjacent
            && line.kind == LineKind::Text
            && own_part.is_none()
            && prev_line.is_some_and(|p| {
                let t = text[p.content.clone()].trim_end();
                // 「成果：…」 closes its achievement: the prose line after it starts the next.
                let closed = p.label.is_some() && p.part == Some(EpisodePart::Result);
                !closed
                    && (!t.ends_with(['。', '.', '!', '！'])
                        || (!labelled.is_empty() && p.kind != LineKind::TableRow))
            });
        let sub_bullet = adjacent
            && prev_line.is_some_and(|p| line.indent > p.indent && p.kind != LineKind::TableRow);
        // 「・社用車の予約が…起きていました。」 then two lines indented under it (the act, then
        // what came of it): the paragraph under one bullet is one achievement.
        let paragraph_under_bullet = adjacent
            && line.kind == LineKind::Text
            && line.indent > 0
            && own_part.is_none()
            && prev.is_some_and(|p| {
                let pl = &lines[p];
                pl.kind == LineKind::Text
                    && pl.indent == line.indent
                    && episodes
                        .last()
                        .is_some_and(|e| e.len() >= 2 && e.contains(&p))
                    && lines[e_first(&episodes)].kind == LineKind::Bullet
                    && lines[e_first(&episodes)].indent < line.indent
            });
        let join = same_job
            && match part {
                _ if paragraph_under_bullet => true,
                _ if line.arrow => !gap_blank,
                // Indented under the line above (「・勤怠集計の効率化」 then 「　【課題】…」).
                _ if sub_bullet => true,
                _ if under_title || continues_prose || connective => !line.title,
                Some(EpisodePart::Problem) => false,
                // 【課題】 then one or more 【取り組み】 lines: the acts of one achievement.
                Some(EpisodePart::Action) => matches!(
                    labelled.last(),
                    Some(EpisodePart::Problem | EpisodePart::Action)
                ),
                Some(EpisodePart::Result) => {
                    labelled
                        .iter()
                        .any(|p| matches!(p, EpisodePart::Problem | EpisodePart::Action))
                        || (own_part.is_some() && adjacent && labelled.is_empty())
                        // 「成果：」 on its own line right under the action.
                        || (own_part.is_none() && !gap_blank && labelled.is_empty())
                }
                None => {
                    adjacent
                        && prev.is_some_and(|p| {
                            line.indent > lines[p].indent && lines[p].kind != LineKind::TableRow
                        })
                }
            };
        if join {
            episodes.last_mut().expect("joined to one").push(i);
        } else {
            episodes.push(vec![i]);
            labelled.clear();
        }
        if let Some(p) = part {
            labelled.push(p);
        }
        if line.title {
            in_title = true;
        }
        let e = episodes.len() - 1;
        lines[i].part = part;
        lines[i].episode = Some(e);
        prev = Some(i);
    }
    episodes
}
