//! Versions of a seeker's document (a résumé saved again, by hand or by applying the safe fixes)
//! and the adviser's comments on their lines: a comment on a line whose text is unchanged moves to
//! that line of the new version; the others stay on the version they were written on and are shown
//! as "on an earlier version".
//!
//! The versions of a document are the seeker's documents of one kind (`resume` …), oldest first.

use naitei_store::{Comment, Document, DocumentKind, NewDocument, Store};
use serde::Serialize;

use crate::Result;

/// What saving a new version did with the comments of the version before it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SavedVersion {
    /// The new version's document id.
    pub id: i64,
    /// The version before it (`None`: the first version).
    pub previous: Option<i64>,
    /// Comments moved to the new version, with their new line.
    pub carried: Vec<Comment>,
    /// Comments whose line changed or disappeared: they stay on the previous version.
    pub left_behind: Vec<Comment>,
}

/// A comment on an earlier version than the one shown, with that version for the page to name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EarlierComment {
    pub comment: Comment,
    /// The version's id, label and date.
    pub document_id: i64,
    pub label: String,
    pub created_on: String,
    /// The text of the commented line in that version (empty when the line is out of range).
    pub line_text: String,
}

/// The comments to show with one version of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VersionComments {
    /// On this version's lines (carried ones included), oldest first.
    pub on_this: Vec<Comment>,
    /// On earlier versions of the same kind of document and not carried here, newest version first.
    pub earlier: Vec<EarlierComment>,
}

/// The 1-based line `line` of `text` (as the comments count lines).
fn line_of(text: &str, line: i64) -> &str {
    usize::try_from(line - 1)
        .ok()
        .and_then(|i| text.lines().nth(i))
        .unwrap_or("")
}

/// For each 1-based line of `old`, the 1-based line of `new` with the same text, when the line is
/// unchanged: lines matched in order by a diff (so repeated lines such as blank lines or identical
/// bullets pair up by position), then lines that only moved, when their text occurs once among the
/// lines left on each side.
pub fn matching_lines(old: &str, new: &str) -> Vec<Option<usize>> {
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    let mut map = vec![None; old_lines.len()];
    let mut taken = vec![false; new_lines.len()];
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &old_lines, &new_lines);
    for op in ops {
        if let similar::DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for k in 0..len {
                map[old_index + k] = Some(new_index + k + 1);
                taken[new_index + k] = true;
            }
        }
    }
    // Moved lines: a text that is unique among the unmatched lines of both versions.
    let count = |lines: &[&str], used: &dyn Fn(usize) -> bool, text: &str| {
        lines
            .iter()
            .enumerate()
            .filter(|(i, l)| !used(*i) && **l == text)
            .count()
    };
    let old_used: Vec<bool> = map.iter().map(Option::is_some).collect();
    for (i, text) in old_lines.iter().enumerate() {
        if map[i].is_some() || text.trim().is_empty() {
            continue;
        }
        if count(&old_lines, &|k| old_used[k], text) != 1
            || count(&new_lines, &|k| taken[k], text) != 1
        {
            continue;
        }
        if let Some(j) = (0..new_lines.len()).find(|&j| !taken[j] && new_lines[j] == *text) {
            map[i] = Some(j + 1);
            taken[j] = true;
        }
    }
    map
}

/// How a line of a comparison between two versions differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    Same,
    Removed,
    Added,
}

/// One line of a comparison, with its 1-based line number in the old and/or the new version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffLine {
    pub kind: DiffKind,
    pub old: Option<usize>,
    pub new: Option<usize>,
    pub text: String,
}

/// A line that was rewritten: its text before and after (one side empty when a line was only
/// removed or only added); `line` is its number in the new version (or where it was).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineChange {
    pub line: usize,
    pub before: String,
    pub after: String,
}

fn diff_ops<'a>(old: &'a str, new: &'a str) -> (Vec<&'a str>, Vec<&'a str>, Vec<similar::DiffOp>) {
    let old_lines: Vec<&str> = old.lines().map(|l| l.trim_end_matches('\r')).collect();
    let new_lines: Vec<&str> = new.lines().map(|l| l.trim_end_matches('\r')).collect();
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &old_lines, &new_lines);
    (old_lines, new_lines, ops)
}

/// The line comparison of two versions in hunks: the changed lines with `context` unchanged
/// lines around them (a long unchanged stretch is left out between hunks).
pub fn line_diff(old: &str, new: &str, context: usize) -> Vec<Vec<DiffLine>> {
    let (old_lines, new_lines, ops) = diff_ops(old, new);
    similar::group_diff_ops(ops, context)
        .into_iter()
        .map(|hunk| {
            let mut rows = Vec::new();
            for op in hunk {
                for change in op.iter_changes(&old_lines, &new_lines) {
                    let kind = match change.tag() {
                        similar::ChangeTag::Equal => DiffKind::Same,
                        similar::ChangeTag::Delete => DiffKind::Removed,
                        similar::ChangeTag::Insert => DiffKind::Added,
                    };
                    rows.push(DiffLine {
                        kind,
                        old: change.old_index().map(|i| i + 1),
                        new: change.new_index().map(|i| i + 1),
                        text: change.value().to_string(),
                    });
                }
            }
            rows
        })
        .collect()
}

/// The lines that differ between two versions, as before → after pairs (a replaced block pairs
/// its lines in order).
pub fn changed_lines(old: &str, new: &str) -> Vec<LineChange> {
    let (old_lines, new_lines, ops) = diff_ops(old, new);
    let mut out = Vec::new();
    for op in ops {
        let (o, ol, n, nl) = match op {
            similar::DiffOp::Equal { .. } => continue,
            similar::DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => (old_index, old_len, new_index, 0),
            similar::DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => (old_index, 0, new_index, new_len),
            similar::DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (old_index, old_len, new_index, new_len),
        };
        for k in 0..ol.max(nl) {
            out.push(LineChange {
                line: n + k.min(nl.saturating_sub(1)) + 1,
                before: if k < ol {
                    old_lines[o + k].to_string()
                } else {
                    String::new()
                },
                after: if k < nl {
                    new_lines[n + k].to_string()
                } else {
                    String::new()
                },
            });
        }
    }
    out
}

/// The newest of `user_id`'s documents of `kind`.
async fn latest_version(
    store: &Store,
    user_id: i64,
    kind: DocumentKind,
) -> Result<Option<Document>> {
    Ok(store.documents_of(user_id, kind).await?.pop())
}

/// Saves `doc` as the newest version of `user_id`'s documents of its kind and carries the comments
/// of the version before it whose line is unchanged. Use it for every save of a résumé, including
/// the one that applies the safe fixes.
pub async fn save_version(store: &Store, user_id: i64, doc: &NewDocument) -> Result<SavedVersion> {
    let previous = latest_version(store, user_id, doc.kind).await?;
    let (mut carried, mut left_behind, mut moves) = (Vec::new(), Vec::new(), Vec::new());
    if let Some(prev) = &previous {
        let map = matching_lines(&prev.content, &doc.content);
        for c in store.document_comments(prev.id).await? {
            let target = c
                .line
                .and_then(|l| usize::try_from(l - 1).ok())
                .and_then(|i| map.get(i).copied().flatten());
            match target {
                Some(line) => {
                    let line = i64::try_from(line).unwrap_or(i64::MAX);
                    moves.push((c.id, line));
                    carried.push(Comment {
                        line: Some(line),
                        ..c
                    });
                }
                None => left_behind.push(c),
            }
        }
    }
    let id = store
        .add_document_carrying_comments(user_id, doc, &moves)
        .await?;
    for c in &mut carried {
        c.document_id = Some(id);
    }
    Ok(SavedVersion {
        id,
        previous: previous.map(|p| p.id),
        carried,
        left_behind,
    })
}

/// The comments to show with version `document` of `user_id`'s documents: its own, and those left
/// on earlier versions (newest version first) — never those of later versions.
pub async fn version_comments(
    store: &Store,
    user_id: i64,
    document: &Document,
) -> Result<VersionComments> {
    let versions = store.documents_of(user_id, document.kind).await?;
    let mut on_this = Vec::new();
    let mut earlier = Vec::new();
    for c in store
        .comments_on_documents_of(user_id, document.kind)
        .await?
    {
        let Some(doc_id) = c.document_id else {
            continue;
        };
        if doc_id == document.id {
            on_this.push(c);
        } else if doc_id < document.id
            && let Some(v) = versions.iter().find(|v| v.id == doc_id)
        {
            earlier.push(EarlierComment {
                line_text: c.line.map_or("", |l| line_of(&v.content, l)).to_string(),
                document_id: v.id,
                label: v.label.clone(),
                created_on: v.created_on.clone(),
                comment: c,
            });
        }
    }
    earlier.sort_by_key(|e| (std::cmp::Reverse(e.document_id), e.comment.id));
    Ok(VersionComments { on_this, earlier })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unchanged_lines_keep_their_partner() {
        let old = "職務要約\n営業を10年\n\n・新規開拓\n・新規開拓\n自己PR";
        let new = "職務要約\n法人営業を10年\n\n・新規開拓\n・既存深耕\n・新規開拓\n自己PR";
        let map = matching_lines(old, new);
        assert_eq!(
            map,
            [Some(1), None, Some(3), Some(4), Some(6), Some(7)],
            "changed line 2 has no partner; the repeated bullets pair in order"
        );
    }

    #[test]
    fn moved_lines_follow_when_unique() {
        let old = "A社\n売上120%\nB社\n残業削減";
        let new = "B社\n残業削減\nA社\n売上120%";
        let map = matching_lines(old, new);
        assert_eq!(map, [Some(3), Some(4), Some(1), Some(2)]);
        // A text that appears twice among the unmatched lines is ambiguous: not carried.
        let map = matching_lines("x\ny\ny", "y\nz\ny\nq");
        assert_eq!(map.iter().filter(|m| m.is_some()).count(), 2);
    }

    #[test]
    fn changes_pair_before_and_after() {
        let old = "要約\n請求書を作成することができる\n自己PR\n古い行";
        let new = "要約\n請求書を作成できる\n自己PR";
        let ch = changed_lines(old, new);
        assert_eq!(ch.len(), 2, "{ch:?}");
        assert_eq!(
            (ch[0].line, ch[0].before.as_str(), ch[0].after.as_str()),
            (2, "請求書を作成することができる", "請求書を作成できる")
        );
        assert_eq!(
            (ch[1].before.as_str(), ch[1].after.as_str()),
            ("古い行", "")
        );
        let hunks = line_diff(old, new, 1);
        let kinds: Vec<DiffKind> = hunks.iter().flatten().map(|r| r.kind).collect();
        assert!(kinds.contains(&DiffKind::Removed) && kinds.contains(&DiffKind::Added));
        assert!(line_diff(old, old, 1).is_empty(), "no hunk for equal texts");
        assert!(changed_lines(old, old).is_empty());
    }
}
