//! Reading user files: size limit, binary refusal, encoding detection (BOM, UTF-8, then
//! chardetng for Shift_JIS/CP932 and EUC-JP, UTF-16 by BOM or NUL pattern).

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use encoding_rs::Encoding;

/// Default size limit (issue 2: 5 MB); `--max-size` changes it.
pub const DEFAULT_MAX_BYTES: u64 = 5 * 1024 * 1024;

/// A decoded input file.
#[derive(Debug, Clone)]
pub struct Input {
    /// How the user named it ("-" for standard input).
    pub name: String,
    pub path: Option<PathBuf>,
    pub text: String,
    /// The encoding that was read (shown to the user).
    pub encoding: &'static Encoding,
    pub bom: bool,
}

impl Input {
    pub fn encoding_label(&self) -> String {
        let name = match self.encoding.name() {
            "Shift_JIS" => "Shift_JIS (CP932)",
            other => other,
        };
        if self.bom {
            format!("{name} (BOM付き)")
        } else {
            name.to_string()
        }
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
    let (text, encoding, bom) = decode(name, &bytes)?;
    if text.trim().is_empty() {
        bail!("{name}: ファイルが空です。職務経歴書の本文を保存したファイルを指定してください");
    }
    Ok(Input {
        name: name.to_string(),
        path,
        text,
        encoding,
        bom,
    })
}

fn human_size(n: u64) -> String {
    if n >= 1024 * 1024 {
        format!("{:.1} MB", n as f64 / 1048576.0)
    } else {
        format!("{:.1} KB", n as f64 / 1024.0)
    }
}

/// Decodes bytes into text, refusing binary data with a message naming the file.
pub fn decode(name: &str, bytes: &[u8]) -> anyhow::Result<(String, &'static Encoding, bool)> {
    if bytes.is_empty() {
        bail!("{name}: ファイルが空です。職務経歴書の本文を保存したファイルを指定してください");
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            bail!(
                "{name}: {} として読めない部分があります。ファイルが壊れていないか確認してください",
                enc.name()
            );
        }
        return Ok((text.into_owned(), enc, true));
    }
    if let Some(kind) = known_binary(bytes) {
        bail!(
            "{name}: {kind}のファイルです。naitei が読めるのはテキスト（.txt）とMarkdown（.md）です。本文をコピーしてテキストファイルに保存してから指定してください"
        );
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if !had_errors {
            return Ok((text.into_owned(), enc, false));
        }
    }
    if bytes.contains(&0) {
        bail!(
            "{name}: テキストファイルではないようです（バイナリデータを含みます）。テキスト（.txt）かMarkdown（.md）で保存したファイルを指定してください"
        );
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), encoding_rs::UTF_8, false));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    let enc = detector.guess(Some(b"jp"), chardetng::Utf8Detection::Allow);
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors
        || !(enc == encoding_rs::SHIFT_JIS
            || enc == encoding_rs::EUC_JP
            || enc == encoding_rs::ISO_2022_JP)
    {
        bail!(
            "{name}: 文字コードを判別できませんでした（UTF-8・Shift_JIS・EUC-JP・UTF-16 のいずれでもありません）。テキストエディタでUTF-8として保存し直してください"
        );
    }
    Ok((text.into_owned(), enc, false))
}

fn known_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "PDF"),
        (b"PK\x03\x04", "Word/Excel（.docx/.xlsx などのZIP形式）"),
        (b"\xD0\xCF\x11\xE0", "旧形式のWord/Excel（.doc/.xls）"),
        (b"\x89PNG", "画像（PNG）"),
        (b"\xFF\xD8\xFF", "画像（JPEG）"),
        (b"GIF8", "画像（GIF）"),
    ];
    MAGIC
        .iter()
        .find(|(m, _)| bytes.starts_with(m))
        .map(|(_, k)| *k)
}

/// UTF-16 without a BOM: the bytes hold NULs (UTF-8 and Shift_JIS text never do) and one of
/// the two byte orders decodes into plausible Japanese or ASCII text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) || !bytes.contains(&0) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(8192) & !1];
    [encoding_rs::UTF_16LE, encoding_rs::UTF_16BE]
        .into_iter()
        .find(|enc| {
            let (text, had_errors) = enc.decode_without_bom_handling(sample);
            !had_errors && plausible_text(&text)
        })
}

/// At least 95% of the characters are what a Japanese document is made of.
fn plausible_text(text: &str) -> bool {
    let mut total = 0usize;
    let mut good = 0usize;
    for c in text.chars() {
        total += 1;
        let ok = matches!(c, '\n' | '\r' | '\t')
            || (' '..='~').contains(&c)
            || ('\u{3000}'..='\u{30FF}').contains(&c)
            || ('\u{4E00}'..='\u{9FFF}').contains(&c)
            || ('\u{FF00}'..='\u{FFEF}').contains(&c)
            || ('\u{2000}'..='\u{27BF}').contains(&c)
            || ('\u{00A0}'..='\u{00FF}').contains(&c);
        good += usize::from(ok);
    }
    total > 0 && good * 100 >= total * 95
}

/// Expands directories into the résumé files they hold (.md, .markdown, .txt), sorted.
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
                            matches!(x.to_ascii_lowercase().as_str(), "md" | "markdown" | "txt")
                        })
                })
                .map(|e| e.path().display().to_string())
                .collect();
            found.sort();
            if found.is_empty() {
                bail!("{p}: このディレクトリには .md / .txt のファイルがありません");
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_japanese_encodings() {
        let text = "職務経歴書\n・受注入力を担当。売上を前年比120%に伸ばした。\n";
        for enc in [encoding_rs::SHIFT_JIS, encoding_rs::EUC_JP] {
            let (bytes, _, _) = enc.encode(text);
            let (decoded, got, bom) = decode("x", &bytes).unwrap();
            assert_eq!(
                (decoded.as_str(), got.name(), bom),
                (text, enc.name(), false)
            );
        }
        let mut utf16: Vec<u8> = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode("x", &utf16).unwrap().0, text);
        let bomless: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode("x", &bomless).unwrap().1.name(), "UTF-16LE");
    }

    #[test]
    fn refuses_binary_with_the_file_name() {
        let e = decode("cv.pdf", b"%PDF-1.7\n...").unwrap_err().to_string();
        assert!(e.contains("cv.pdf") && e.contains("PDF"), "{e}");
        let e = decode("x.bin", &[1, 2, 0, 3, 0xFF, 0xFE, 0x00, 0x81])
            .unwrap_err()
            .to_string();
        assert!(e.contains("x.bin"), "{e}");
        assert!(decode("e", b"").is_err());
    }
}
