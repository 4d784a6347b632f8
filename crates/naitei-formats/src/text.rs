//! Text files: BOM, UTF-8, then chardetng for Shift_JIS/CP932 and EUC-JP, UTF-16 by BOM or
//! NUL pattern. Refuses binary data.

use encoding_rs::Encoding;

use crate::{FormatError, TextEncoding};

/// Decodes bytes into text, refusing binary data and unknown encodings.
pub fn decode_text(bytes: &[u8]) -> Result<(String, TextEncoding), FormatError> {
    if bytes.is_empty() {
        return Err(FormatError::Empty);
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(FormatError::InvalidEncoding(enc.name()));
        }
        return Ok((
            text.into_owned(),
            TextEncoding {
                encoding: enc,
                bom: true,
            },
        ));
    }
    if let Some(kind) = known_binary(bytes) {
        return Err(FormatError::Unsupported(kind));
    }
    let plain = |encoding| TextEncoding {
        encoding,
        bom: false,
    };
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if !had_errors {
            return Ok((text.into_owned(), plain(enc)));
        }
    }
    if bytes.contains(&0) {
        return Err(FormatError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), plain(encoding_rs::UTF_8)));
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
        return Err(FormatError::UnknownEncoding);
    }
    Ok((text.into_owned(), plain(enc)))
}

/// Binary formats naitei does not read (Office and PDF files are detected before this).
fn known_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"PK\x03\x04", "ZIP形式"),
        (b"\x89PNG", "画像（PNG）"),
        (b"\xFF\xD8\xFF", "画像（JPEG）"),
        (b"GIF8", "画像（GIF）"),
        (b"II*\x00", "画像（TIFF）"),
        (b"MM\x00*", "画像（TIFF）"),
        (b"{\\rtf", "リッチテキスト（.rtf）"),
        (b"\x1F\x8B", "gzip圧縮"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_japanese_encodings() {
        let text = "職務経歴書\n・受注入力を担当。売上を前年比120%に伸ばした。\n";
        for enc in [encoding_rs::SHIFT_JIS, encoding_rs::EUC_JP] {
            let (bytes, _, _) = enc.encode(text);
            let (decoded, got) = decode_text(&bytes).unwrap();
            assert_eq!(
                (decoded.as_str(), got.encoding.name(), got.bom),
                (text, enc.name(), false)
            );
        }
        let mut utf16: Vec<u8> = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let (decoded, got) = decode_text(&utf16).unwrap();
        assert_eq!(
            (decoded.as_str(), got.label()),
            (text, "UTF-16LE (BOM付き)".into())
        );
        let bomless: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode_text(&bomless).unwrap().1.encoding.name(), "UTF-16BE");
        let mut bom8 = b"\xEF\xBB\xBF".to_vec();
        bom8.extend_from_slice(text.as_bytes());
        assert_eq!(decode_text(&bom8).unwrap().1.label(), "UTF-8 (BOM付き)");
    }

    #[test]
    fn refuses_binary_and_unknown_encodings() {
        assert_eq!(
            decode_text(b"\x89PNG\r\n\x1a\n"),
            Err(FormatError::Unsupported("画像（PNG）"))
        );
        assert_eq!(
            decode_text(&[1, 2, 0, 3, 0xFF, 0xFE, 0x00, 0x81, 7]),
            Err(FormatError::Binary)
        );
        assert_eq!(
            decode_text(b"Caf\xE9 cr\xE8me br\xFBl\xE9e \xE0 la carte, na\xEFve fa\xE7ade\n"),
            Err(FormatError::UnknownEncoding)
        );
        assert_eq!(decode_text(b""), Err(FormatError::Empty));
    }
}
