//! Reading user files: the file or standard input, the size limit, and the exit-2 messages.
//! Decoding (text encodings, Word, Excel, PDF) is `naitei_formats::extract`, shared with the
//! web server.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use encoding_rs::Encoding;
use naitei_formats::Format;

/// Default size limit (issue 2: 5 MB); `--max-size` changes it.
pub const DEFAULT_MAX_BYTES: u64 = 5 * 1024 * 1024;

/// A decoded input file.
#[derive(Debug, Clone)]
pub struct Input {
    /// How the user named it ("-" for standard input).
    pub name: String,
    pub path: Option<PathBuf>,
    pub text: String,
    /// The encoding that was read (UTF-8 for Word, Excel and PDF files).
    pub encoding: &'static Encoding,
    pub bom: bool,
    pub format: Format,
    /// Where each line of `text` is in the original file ("p.2 ¶5", "Sheet1!C12"); `None`
    /// for text files.
    pub sources: Vec<Option<String>>,
    label: String,
}

impl Input {
    /// "UTF-8", "Shift_JIS (CP932)", "UTF-16LE (BOM付き)", or the format for Office and PDF
    /// files ("Word (.docx)").
    pub fn encoding_label(&self) -> String {
        self.label.clone()
    }
}

/// Reads and decodes a file (or standard input for "-").
pub fn read(name: &str, max_bytes: u64) -> anyhow::Result<Input> {
    let (bytes, path) = if name == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(max_bytes + 1)
            .read_to_end(&mut buf)
            .context("標準入力を読めませんでした")?;
        (buf, None)
    } else {
        let path = PathBuf::from(name);
        let meta = std::fs::metadata(&path).with_context(|| format!("{name}: ファイルを開けません。パスが正しいか、読み取りの権限があるか確認してください"))?;
        if meta.is_dir() {
            bail!("{name}: ディレクトリです。ファイルを指定してください");
        }
        if meta.len() > max_bytes {
            bail!(
                "{name}: ファイルが大きすぎます（{}、上限 {}）。職務経歴書の本文だけを保存したファイルを指定するか、--max-size で上限を変えてください",
                human_size(meta.len()),
                human_size(max_bytes)
            );
        }
        let mut buf = Vec::with_capacity(meta.len() as usize);
        std::fs::File::open(&path)
            .and_then(|f| f.take(max_bytes + 1).read_to_end(&mut buf))
            .with_context(|| format!("{name}: ファイルを読めませんでした"))?;
        (buf, Some(path))
    };
    if bytes.len() as u64 > max_bytes {
        bail!(
            "{name}: 入力が大きすぎます（上限 {}）。--max-size で上限を変えられます",
            human_size(max_bytes)
        );
    }
    let x = naitei_formats::extract(name, &bytes, &naitei_formats::Limits::default())
        .map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
    drop(bytes);
    if x.text.trim().is_empty() {
        bail!("{name}: ファイルが空です。職務経歴書の本文を保存したファイルを指定してください");
    }
    let label = x.encoding_label();
    let (encoding, bom) = x
        .encoding
        .map_or((encoding_rs::UTF_8, false), |e| (e.encoding, e.bom));
    Ok(Input {
        name: name.to_string(),
        path,
        text: x.text,
        encoding,
        bom,
        format: x.format,
        sources: x.sources,
        label,
    })
}

fn human_size(n: u64) -> String {
    if n >= 1024 * 1024 {
        format!("{:.1} MB", n as f64 / 1048576.0)
    } else {
        format!("{:.1} KB", n as f64 / 1024.0)
    }
}

/// Expands directories into the résumé files they hold (.md, .markdown, .txt, .docx, .xlsx,
/// .xls, .pdf), sorted.
pub fn expand(paths: &[String]) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    for p in paths {
        let path = Path::new(p);
        if p != "-" && path.is_dir() {
            let mut found: Vec<String> = walkdir::WalkDir::new(path)
                .follow_links(false)
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file())
                .filter(|e| {
                    e.path()
                        .extension()
                        .and_then(|x| x.to_str())
                        .is_some_and(|x| {
                            matches!(
                                x.to_ascii_lowercase().as_str(),
                                "md" | "markdown" | "txt" | "docx" | "xlsx" | "xls" | "pdf"
                            )
                        })
                })
                .map(|e| e.path().display().to_string())
                .collect();
            found.sort();
            if found.is_empty() {
                bail!(
                    "{p}: このディレクトリには職務経歴書のファイル（.md / .txt / .docx / .xlsx / .xls / .pdf）がありません"
                );
            }
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// Encodes text back into the encoding it was read in (for --fix). UTF-16 output is not
/// supported by encoding_rs, so such files are written as UTF-8 only on request.
pub fn encode(input: &Input, text: &str) -> anyhow::Result<Vec<u8>> {
    if input.format != Format::Text {
        bail!(
            "{}: {}のファイルは自動修正で書き戻せません。--diff で修正内容を確かめ、元のファイルを直してください",
            input.name,
            input.format.label()
        );
    }
    let enc = input.encoding;
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        bail!(
            "{}: UTF-16 のファイルは自動修正で書き戻せません。UTF-8で保存し直してから --fix を使ってください",
            input.name
        );
    }
    let mut out = Vec::new();
    if input.bom && enc == encoding_rs::UTF_8 {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    let (bytes, _, unmappable) = enc.encode(text);
    if unmappable {
        bail!("{}: 修正後の文字を {} で表せません", input.name, enc.name());
    }
    out.extend_from_slice(&bytes);
    Ok(out)
}

/// Bytes that must be UTF-8 text; a file cut off in the middle of its last character is said to
/// be cut off, not of an unknown encoding.
pub fn utf8(name: &str, bytes: Vec<u8>, what: &str) -> anyhow::Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        if e.utf8_error().error_len().is_none() {
            anyhow::anyhow!(
                "{name} は UTF-8 のテキストですが、最後の文字の途中で切れています（ファイルが壊れているか、途中までしか保存されていません）"
            )
        } else {
            anyhow::anyhow!("{name} は UTF-8 のテキストではありません（{what}）")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_names_legacy_encodings_and_refuses_binary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cv.txt");
        let text = "職務経歴書\n・受注入力を担当。\n";
        std::fs::write(&path, encoding_rs::EUC_JP.encode(text).0).unwrap();
        let input = read(path.to_str().unwrap(), DEFAULT_MAX_BYTES).unwrap();
        assert_eq!(
            (input.text.as_str(), input.encoding_label()),
            (text, "EUC-JP".into())
        );
        let png = dir.path().join("photo.png");
        std::fs::write(&png, b"\x89PNG\r\n\x1a\n0000").unwrap();
        let e = read(png.to_str().unwrap(), DEFAULT_MAX_BYTES)
            .unwrap_err()
            .to_string();
        assert!(e.contains("photo.png: 画像（PNG）"), "{e}");
    }
}
