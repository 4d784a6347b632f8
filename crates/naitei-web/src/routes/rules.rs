//! Rule explanations: the page a finding's 「詳しく」 link opens (what the rule looks for,
//! why it matters, an example, how to fix), from the rule's own documentation.

use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use minijinja::context;
use serde::Serialize;
use utoipa_axum::router::OpenApiRouter;

use super::page::render;
use crate::auth::Viewer;
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().route("/rules/{rule}", get(rule_page))
}

async fn rule_page(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(rule): Path<String>,
) -> Result<Html<String>, AppError> {
    let info = naitei_core::rules::all_infos()
        .into_iter()
        .find(|i| i.id == rule)
        .ok_or(AppError::NotFound)?;
    let (title, blocks) = explanation(&info.doc, info.id);
    render(
        &state,
        Some(&viewer),
        "",
        None,
        "rule.html",
        context! { title, severity => info.severity.label(), blocks },
    )
}

/// One block of an explanation page.
#[derive(Debug, Serialize, PartialEq)]
struct Block {
    /// `heading`, `paragraph` or `list`.
    kind: &'static str,
    text: String,
    items: Vec<String>,
}

/// The title and blocks of a rule's documentation (Markdown in fixed sections), as a seeker
/// reads it: without the rule's id, settings keys or commands of the command line.
fn explanation(doc: &str, id: &str) -> (String, Vec<Block>) {
    let mut title = String::new();
    let mut blocks: Vec<Block> = Vec::new();
    let mut paragraph = String::new();
    let flush = |paragraph: &mut String, blocks: &mut Vec<Block>| {
        let text = for_seekers(paragraph);
        if !text.is_empty() {
            blocks.push(Block {
                kind: "paragraph",
                text,
                items: Vec::new(),
            });
        }
        paragraph.clear();
    };
    for line in doc.lines() {
        let line = line.trim();
        if let Some(h) = line.strip_prefix("## ") {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block {
                kind: "heading",
                text: h.trim().to_owned(),
                items: Vec::new(),
            });
        } else if let Some(h) = line.strip_prefix("# ") {
            flush(&mut paragraph, &mut blocks);
            let h = h.trim();
            title = h
                .strip_prefix(id)
                .map(|t| t.trim_start_matches([':', '：', ' ']))
                .unwrap_or(h)
                .to_owned();
        } else if let Some(item) = line.strip_prefix("- ") {
            flush(&mut paragraph, &mut blocks);
            let item = for_seekers(item);
            match blocks.last_mut() {
                Some(b) if b.kind == "list" => b.items.push(item),
                _ => blocks.push(Block {
                    kind: "list",
                    text: String::new(),
                    items: vec![item],
                }),
            }
        } else if line.is_empty() || line.starts_with("NG:") || line.starts_with("OK:") {
            // Examples stand on their own lines; other lines are one paragraph wrapped in the
            // source (Japanese joins without a space).
            flush(&mut paragraph, &mut blocks);
            paragraph.push_str(line);
            if !line.is_empty() {
                flush(&mut paragraph, &mut blocks);
            }
        } else {
            paragraph.push_str(line);
        }
    }
    flush(&mut paragraph, &mut blocks);
    (title, blocks)
}

/// A sentence of the documentation without what only the command line knows: sentences that
/// name a command or an option (`naitei …`, `--fix`) and settings keys in parentheses
/// (（`thresholds.max_pages`）) are left out; other code marks lose their backquotes.
fn for_seekers(text: &str) -> String {
    let mut out = String::new();
    for sentence in text.split_inclusive('。') {
        if sentence.contains("`naitei") || sentence.contains("`--") {
            continue;
        }
        out.push_str(sentence);
    }
    let mut cleaned = String::new();
    let mut rest = out.as_str();
    while let Some(start) = rest.find("（`") {
        let after = &rest[start + "（`".len()..];
        match after.find("`）") {
            Some(end) if !after[..end].contains('`') => {
                let inner = &after[..end];
                cleaned.push_str(&rest[..start]);
                // An ellipsis stands for "code" itself (コード（`…`）): keep it readable.
                if inner == "…" {
                    cleaned.push_str("（`…`）");
                }
                rest = &after[end + "`）".len()..];
            }
            _ => {
                cleaned.push_str(&rest[..start + "（`".len()]);
                rest = after;
            }
        }
    }
    cleaned.push_str(rest);
    cleaned.replace('`', "").trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explanations_leave_out_ids_settings_and_commands() {
        let doc = "# ra-nuki: ら抜き言葉\n\n## 何を検出するか\n「見れる」のような言い方。コード（`…`）は読みません。\n3枚（`thresholds.max_pages`）を超えるもの。\n\n## 例\nNG: 「見れる」\nOK: 「見られる」\n\n## 修正\n安全な自動修正があります。`naitei review --fix` で直せます。\n- 一つ目\n- 二つ目\n";
        let (title, blocks) = explanation(doc, "ra-nuki");
        assert_eq!(title, "ら抜き言葉");
        let texts: Vec<String> = blocks
            .iter()
            .map(|b| format!("{}:{}{}", b.kind, b.text, b.items.join("|")))
            .collect();
        assert_eq!(
            texts,
            [
                "heading:何を検出するか",
                "paragraph:「見れる」のような言い方。コード（…）は読みません。3枚を超えるもの。",
                "heading:例",
                "paragraph:NG: 「見れる」",
                "paragraph:OK: 「見られる」",
                "heading:修正",
                "paragraph:安全な自動修正があります。",
                "list:一つ目|二つ目",
            ]
        );
    }

    #[test]
    fn every_rule_has_a_title_and_no_command_on_its_page() {
        for info in naitei_core::rules::all_infos() {
            let (title, blocks) = explanation(&info.doc, info.id);
            assert!(
                !title.is_empty() && !title.contains(info.id),
                "{}: {title}",
                info.id
            );
            assert!(blocks.iter().any(|b| b.kind == "heading"), "{}", info.id);
            for b in &blocks {
                for text in std::iter::once(&b.text).chain(&b.items) {
                    assert!(
                        !text.contains("naitei ") && !text.contains("--") && !text.contains('`'),
                        "{}: {text}",
                        info.id
                    );
                }
            }
        }
    }
}
