//! Output formats for reviews: human (terminal), JSON (SPEC.md) and Markdown.

use std::fmt::Write as _;
use std::io::IsTerminal;

use naitei_core::{Finding, Severity};
use unicode_width::UnicodeWidthStr;

pub use naitei_core::review::FileReport;

/// Colours only on a terminal, and never with NO_COLOR set.
pub fn use_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

struct Paint(bool);
impl Paint {
    fn sev(&self, s: Severity) -> (&'static str, &'static str) {
        if !self.0 {
            return ("", "");
        }
        let c = match s {
            Severity::Error => "\x1b[1;31m",
            Severity::Warning => "\x1b[1;33m",
            Severity::Info => "\x1b[1;36m",
        };
        (c, "\x1b[0m")
    }
    fn dim(&self) -> (&'static str, &'static str) {
        if self.0 {
            ("\x1b[2m", "\x1b[0m")
        } else {
            ("", "")
        }
    }
    fn bold(&self) -> (&'static str, &'static str) {
        if self.0 {
            ("\x1b[1m", "\x1b[0m")
        } else {
            ("", "")
        }
    }
}

/// Characters of context shown around a span on long lines.
const CONTEXT_CHARS: usize = 24;

/// The source line of a finding with the span underlined (aligned for wide characters).
/// Long lines are cut to a window around the span, marked with "…".
/// The snippet of a finding, for other reporters.
pub fn snippet_into(source: &str, f: &Finding, color: bool, out: &mut String) {
    snippet(source, f, &Paint(color), out);
}

fn snippet(source: &str, f: &Finding, paint: &Paint, out: &mut String) {
    let Some(line_text) = source.lines().nth(f.line - 1) else {
        return;
    };
    let chars: Vec<char> = line_text.trim_end_matches('\r').chars().collect();
    let start = (f.column - 1).min(chars.len());
    let span_len = if f.end_line == f.line {
        f.end_column.saturating_sub(f.column)
    } else {
        chars.len() - start
    };
    // Very long spans (a whole paragraph) show their beginning only.
    let end = (start + span_len.clamp(1, 2 * CONTEXT_CHARS)).min(chars.len());
    let from = start.saturating_sub(CONTEXT_CHARS);
    let to = (end + CONTEXT_CHARS).min(chars.len());
    let lead = if from > 0 { "…" } else { "" };
    let trail = if to < chars.len() { "…" } else { "" };
    let before: String = chars[from..start].iter().collect();
    let marked: String = chars[start..end].iter().collect();
    let after: String = chars[end..to].iter().collect();
    let num = f.line.to_string();
    let pad = " ".repeat(num.len());
    let (d0, d1) = paint.dim();
    let (c0, c1) = paint.sev(f.severity);
    let _ = writeln!(
        out,
        "  {d0}{num} |{d1} {lead}{before}{marked}{after}{trail}"
    );
    let indent = " ".repeat(lead.width() + before.width());
    let carets = "^".repeat(marked.width().max(1));
    let _ = writeln!(out, "  {d0}{pad} |{d1} {indent}{c0}{carets}{c1}");
}

pub fn human(files: &[FileReport<'_>], sources: &[&str], color: bool) -> String {
    let paint = Paint(color);
    let mut out = String::new();
    for (file, source) in files.iter().zip(sources) {
        let r = file.review;
        let (b0, b1) = paint.bold();
        let (d0, d1) = paint.dim();
        let _ = writeln!(out, "{b0}{}{b1} {d0}（{}）{d1}", file.path, file.encoding);
        for f in &r.diagnostics {
            let (c0, c1) = paint.sev(f.severity);
            let at = f
                .source
                .as_ref()
                .map(|s| format!("（{s}）"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{}:{}:{}{at}: {c0}{}{c1} [{}]",
                file.path,
                f.line,
                f.column,
                f.severity.label(),
                f.rule
            );
            snippet(source, f, &paint, &mut out);
            let _ = writeln!(out, "  {}", f.message);
            if let Some(fix) = &f.fix {
                let how = if fix.safe {
                    "自動修正できます（--fix）"
                } else {
                    "修正案"
                };
                let _ = writeln!(
                    out,
                    "  {d0}{how}: 「{}」→「{}」{d1}",
                    f.text, fix.replacement
                );
            }
            out.push('\n');
        }
        let s = &r.summary;
        let _ = writeln!(out, "{b0}まとめ{b1}");
        let _ = writeln!(out, "  職務経歴の行: {}行（職歴 {}件）", s.items, s.jobs);
        let _ = writeln!(
            out,
            "  課題・行動・数字がそろった行: {}行 / 数字で結果を示した行: {}行 / 業務の列挙だけの行: {}行",
            s.complete, s.with_result, s.duties
        );
        let _ = writeln!(
            out,
            "  分量: {}字（A4で約{:.1}枚）",
            s.characters, s.estimated_pages
        );
        let _ = writeln!(
            out,
            "  指摘: エラー {}件、警告 {}件、情報 {}件",
            s.errors, s.warnings, s.infos
        );
        if !s.top.is_empty() {
            let _ = writeln!(out, "{b0}まず直すこと{b1}");
            for (i, t) in s.top.iter().enumerate() {
                let _ = writeln!(out, "  {}. {t}", i + 1);
            }
        }
        out.push('\n');
    }
    out
}

/// `{"files": [...]}` for `--format json`, pretty-printed.
#[cfg(test)]
pub fn json(files: &[FileReport<'_>]) -> anyhow::Result<String> {
    let parts = files
        .iter()
        .map(json_file)
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut out = Vec::new();
    write_json_joined(&mut out, parts.iter().map(String::as_str))?;
    Ok(String::from_utf8(out)?)
}

/// One file's object, pretty-printed on its own. The worker threads call this, so the
/// serialisation of a large batch runs in parallel instead of after it (issue 2 throughput).
pub fn json_file(file: &FileReport<'_>) -> anyhow::Result<String> {
    Ok(serde_json::to_string_pretty(file)?)
}

/// Writes per-file objects from [`json_file`] as exactly what `serde_json::to_string_pretty`
/// gives for `{"files": [...]}`: each object's lines indented by two levels. JSON strings
/// escape their newlines, so every line break in a part is structural. Streaming the parts
/// keeps a large batch's output from being held twice in memory.
pub fn write_json_joined<'a, W: std::io::Write>(
    out: &mut W,
    parts: impl IntoIterator<Item = &'a str>,
) -> std::io::Result<()> {
    let mut parts = parts.into_iter().peekable();
    if parts.peek().is_none() {
        return out.write_all(b"{\n  \"files\": []\n}\n");
    }
    out.write_all(b"{\n  \"files\": [\n")?;
    // Each part is indented in a buffer and written at once (one call per line costs more than
    // the copy).
    let mut indented = Vec::new();
    for (i, part) in parts.enumerate() {
        indented.clear();
        if i > 0 {
            indented.extend_from_slice(b",\n");
        }
        for (j, line) in part.split('\n').enumerate() {
            if j > 0 {
                indented.push(b'\n');
            }
            indented.extend_from_slice(b"    ");
            indented.extend_from_slice(line.as_bytes());
        }
        out.write_all(&indented)?;
    }
    out.write_all(b"\n  ]\n}\n")
}

pub fn markdown(files: &[FileReport<'_>]) -> String {
    let mut out = String::new();
    for file in files {
        let r = file.review;
        let s = &r.summary;
        let _ = writeln!(out, "# 職務経歴書レビュー: {}\n", file.path);
        let _ = writeln!(out, "- 職務経歴の行: {}行（職歴 {}件）", s.items, s.jobs);
        let _ = writeln!(
            out,
            "- 課題・行動・数字がそろった行: {}行、数字で結果を示した行: {}行",
            s.complete, s.with_result
        );
        let _ = writeln!(
            out,
            "- 分量: {}字（A4で約{:.1}枚）",
            s.characters, s.estimated_pages
        );
        let _ = writeln!(
            out,
            "- 指摘: エラー {}件、警告 {}件、情報 {}件\n",
            s.errors, s.warnings, s.infos
        );
        if !s.top.is_empty() {
            let _ = writeln!(out, "## まず直すこと\n");
            for (i, t) in s.top.iter().enumerate() {
                let _ = writeln!(out, "{}. {t}", i + 1);
            }
            out.push('\n');
        }
        if !r.items.is_empty() {
            let _ = writeln!(
                out,
                "## 職務経歴の各行\n\n| 行 | 内容 | 課題 | 行動 | 数字 |\n|---:|---|:-:|:-:|:-:|"
            );
            let mark = |b: bool| if b { "○" } else { "－" };
            for i in &r.items {
                let _ = writeln!(
                    out,
                    "| {}{} | {} | {} | {} | {} |",
                    i.line,
                    i.source
                        .as_ref()
                        .map(|s| format!(" ({})", crate::render::markdown_cell(s)))
                        .unwrap_or_default(),
                    crate::render::markdown_cell(&i.text),
                    mark(i.problem),
                    mark(i.action),
                    mark(i.result)
                );
            }
            out.push('\n');
        }
        if !r.diagnostics.is_empty() {
            let _ = writeln!(
                out,
                "## 指摘\n\n| 行:列 | 重要度 | ルール | 箇所 | 内容 |\n|---|---|---|---|---|"
            );
            for f in &r.diagnostics {
                let _ = writeln!(
                    out,
                    "| {}:{}{} | {} | `{}` | {} | {} |",
                    f.line,
                    f.column,
                    f.source
                        .as_ref()
                        .map(|s| format!(" ({})", crate::render::markdown_cell(s)))
                        .unwrap_or_default(),
                    f.severity.label(),
                    f.rule,
                    crate::render::markdown_cell(&f.text),
                    crate::render::markdown_cell(&f.message)
                );
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[test]
    fn joined_parts_equal_one_pretty_document() {
        #[derive(Serialize)]
        struct All<'a> {
            files: &'a [FileReport<'a>],
        }
        let config = naitei_core::Config::default();
        let a = naitei_core::review(
            "## 職務経歴\n- 請求書の発行を担当\n- 「引用」と\\改行\n",
            &config,
        );
        let b = naitei_core::review("■職務要約\n営業として5年。\n", &config);
        let files = [
            FileReport {
                path: "a.md".into(),
                encoding: "UTF-8".into(),
                review: &a,
            },
            FileReport {
                path: "b\"q\".md".into(),
                encoding: "Shift_JIS".into(),
                review: &b,
            },
        ];
        for n in 0..=files.len() {
            let expected =
                serde_json::to_string_pretty(&All { files: &files[..n] }).unwrap() + "\n";
            assert_eq!(json(&files[..n]).unwrap(), expected, "{n} files");
        }
    }
}
