//! Excel (.xlsx via calamine's streaming cell reader; .xls via calamine after a bounds check of
//! the BIFF records). Visible sheets in order, rows top to bottom, cells left to right; a
//! merged cell is read once (at its top-left cell, even when a generator repeated the value in
//! the covered cells); dates become 「2017年4月」. Rows go through [`crate::layout::row_lines`]
//! so a 期間 | 業務内容 | 実績 table becomes a job header and bullets. Sources: 「Sheet1!C12」.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use calamine::{Data, DataRef, Dimensions, Reader, SheetVisible};

use crate::layout::{is_heading_mark, is_label_row, row_lines};
use crate::{Builder, Extracted, Format, FormatError, Limits};

/// Most cells the bounding box of one .xls sheet may span: calamine reserves the box its
/// DIMENSIONS record declares (about 40 bytes a cell) and then allocates the dense range
/// (32 bytes a cell), so 1 M cells stay near 72 MB.
const MAX_XLS_AREA: u64 = 1_000_000;
/// Most merged regions per sheet (templates have a few hundred).
const MAX_MERGES: usize = 5_000;

fn corrupt(format: Format, e: impl std::fmt::Display) -> FormatError {
    FormatError::Corrupt(format, e.to_string())
}

type Cells = BTreeMap<(u32, u32), String>;

pub(crate) fn extract(
    bytes: &[u8],
    format: Format,
    limits: &Limits,
) -> Result<Extracted, FormatError> {
    // calamine is not written for hostile input: a panic inside it is a corrupt file, not a
    // crash of the caller.
    let result = crate::contained(|| match format {
        Format::Xlsx => read_xlsx(bytes, limits),
        _ => read_xls(bytes, limits),
    });
    let sheets = result.map_err(|_| corrupt(format, "reader panicked"))??;
    let mut out = Builder::default();
    for (name, cells) in sheets {
        sheet_lines(&name, &cells, &mut out);
        out.blank();
    }
    Ok(out.finish(format))
}

fn read_xlsx(bytes: &[u8], limits: &Limits) -> Result<Vec<(String, Cells)>, FormatError> {
    const F: Format = Format::Xlsx;
    crate::zipcheck::open_checked(bytes, F, limits)?;
    let mut book = calamine::Xlsx::new(Cursor::new(bytes)).map_err(|e| match e {
        calamine::XlsxError::Password => FormatError::PasswordProtected(F),
        e => corrupt(F, e),
    })?;
    let visible: Vec<String> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible == SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect();
    let mut total = 0usize;
    let mut sheets = Vec::new();
    for name in visible {
        let merges: Vec<Dimensions> = book
            .merge_cells_by_sheet_name(&name)
            .map_err(|e| corrupt(F, e))?;
        let mut cells = Cells::new();
        let mut reader = book
            .worksheet_cells_reader(&name)
            .map_err(|e| corrupt(F, e))?;
        while let Some(cell) = reader.next_cell().map_err(|e| corrupt(F, e))? {
            let text = match cell.get_value() {
                DataRef::String(s) => s.clone(),
                DataRef::SharedString(s) => (*s).to_string(),
                DataRef::Int(i) => i.to_string(),
                DataRef::Float(f) => float_text(*f),
                DataRef::Bool(b) => b.to_string(),
                DataRef::DateTime(d) if d.is_datetime() => date_text(d.as_f64()),
                DataRef::DateTime(d) => float_text(d.as_f64()),
                DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
                DataRef::Error(_) | DataRef::Empty => continue,
            };
            if text.trim().is_empty() {
                continue;
            }
            total += 1;
            if total > limits.max_cells {
                return Err(FormatError::TooComplex(F));
            }
            cells.insert(cell.get_position(), text);
        }
        drop(reader);
        unmerge(&mut cells, &merges, F)?;
        sheets.push((name, cells));
    }
    Ok(sheets)
}

fn read_xls(bytes: &[u8], limits: &Limits) -> Result<Vec<(String, Cells)>, FormatError> {
    const F: Format = Format::Xls;
    let cfb = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| corrupt(F, e))?;
    if cfb.is_stream("/EncryptedPackage") {
        // A password-protected .docx/.xlsx is stored in an OLE container like this.
        return Err(FormatError::PasswordProtected(Format::Xlsx));
    }
    if cfb.is_stream("/WordDocument") {
        return Err(FormatError::Unsupported("旧形式のWord（.doc）"));
    }
    let stream = ["/Workbook", "/Book"]
        .into_iter()
        .find(|s| cfb.is_stream(s))
        .ok_or_else(|| corrupt(F, "no Workbook stream"))?;
    let mut cfb = cfb;
    let mut workbook = Vec::new();
    cfb.open_stream(stream)
        .map_err(|e| corrupt(F, e))?
        .take(limits.max_decompressed + 1)
        .read_to_end(&mut workbook)
        .map_err(|e| corrupt(F, e))?;
    if workbook.len() as u64 > limits.max_decompressed {
        return Err(FormatError::TooComplex(F));
    }
    check_biff(&workbook)?;
    drop(workbook);
    let mut book = calamine::Xls::new(Cursor::new(bytes)).map_err(|e| match e {
        calamine::XlsError::Password => FormatError::PasswordProtected(F),
        e => corrupt(F, e),
    })?;
    let visible: Vec<String> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible == SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect();
    let mut total = 0usize;
    let mut sheets = Vec::new();
    for name in visible {
        let merges = book.merge_cells_by_sheet_name(&name).unwrap_or_default();
        let range = book.worksheet_range(&name).map_err(|e| corrupt(F, e))?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut cells = Cells::new();
        for (r, c, v) in range.used_cells() {
            let text = match v {
                Data::String(s) => s.clone(),
                Data::Int(i) => i.to_string(),
                Data::Float(f) => float_text(*f),
                Data::Bool(b) => b.to_string(),
                Data::DateTime(d) if d.is_datetime() => date_text(d.as_f64()),
                Data::DateTime(d) => float_text(d.as_f64()),
                Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
                Data::Error(_) | Data::Empty => continue,
            };
            if text.trim().is_empty() {
                continue;
            }
            total += 1;
            if total > limits.max_cells {
                return Err(FormatError::TooComplex(F));
            }
            cells.insert((r0 + r as u32, c0 + c as u32), text);
        }
        unmerge(&mut cells, &merges, F)?;
        sheets.push((name, cells));
    }
    Ok(sheets)
}

/// Walks the BIFF records of the Workbook stream: refuses encryption (FILEPASS) and sheets
/// whose cells span a bounding box too large for calamine's dense ranges.
fn check_biff(stream: &[u8]) -> Result<(), FormatError> {
    const F: Format = Format::Xls;
    let mut pos = 0usize;
    let mut bounds: Option<(u32, u32, u32, u32)> = None;
    let area = |b: Option<(u32, u32, u32, u32)>| {
        b.map_or(0, |(r0, r1, c0, c1)| {
            (u64::from(r1 - r0) + 1) * (u64::from(c1 - c0) + 1)
        })
    };
    while pos + 4 <= stream.len() {
        let kind = u16::from_le_bytes([stream[pos], stream[pos + 1]]);
        let len = usize::from(u16::from_le_bytes([stream[pos + 2], stream[pos + 3]]));
        let data = &stream[(pos + 4).min(stream.len())..(pos + 4 + len).min(stream.len())];
        pos += 4 + len;
        let cell = |row: u32, c_lo: u32, c_hi: u32, b: &mut Option<(u32, u32, u32, u32)>| {
            *b = Some(match *b {
                None => (row, row, c_lo, c_hi),
                Some((r0, r1, c0, c1)) => (r0.min(row), r1.max(row), c0.min(c_lo), c1.max(c_hi)),
            });
        };
        // Records calamine reads at fixed offsets without a length check (panics found by
        // fuzzing): FILEPASS, CODEPAGE, DATEMODE, MERGECELLS (u16), BOF (two u16),
        // BOUNDSHEET8 (8 bytes).
        let min_len = match kind {
            0x002F | 0x0042 | 0x0022 | 0x00E5 => 2,
            0x0809 => 4,
            0x0085 => 8,
            _ => 0,
        };
        if data.len() < min_len {
            return Err(corrupt(F, format!("record {kind:#06x} too short")));
        }
        match kind {
            // FILEPASS: the workbook is encrypted.
            0x002F => return Err(FormatError::PasswordProtected(F)),
            // MERGECELLS: a count, then 8 bytes a region, offsets computed in u16 by calamine.
            0x00E5 => {
                let count = usize::from(u16::from_le_bytes([data[0], data[1]]));
                if data.len() < 2 + 8 * count || count > 8_000 {
                    return Err(corrupt(F, format!("record {kind:#06x} too short")));
                }
            }
            // DIMENSIONS, read as calamine does: it reserves rows × columns cells from it, and
            // subtracts without a check when the last row is before the first (found by
            // fuzzing).
            0x0200 => {
                let u16_at = |i: usize| u32::from(u16::from_le_bytes([data[i], data[i + 1]]));
                let u32_at =
                    |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
                let (rf, rl, mut cf, cl) = match data.len() {
                    10 => (u16_at(0), u16_at(2), u16_at(4), u16_at(6)),
                    14 | 16 => (u32_at(0), u32_at(4), u16_at(8), u16_at(10)),
                    _ => continue,
                };
                if cf > 0xFF || cl < cf {
                    cf = 0;
                }
                if rl >= 1 && cl >= 1 {
                    if rl - 1 < rf {
                        return Err(corrupt(F, "DIMENSIONS with the last row before the first"));
                    }
                    let area = u64::from(rl - rf) * u64::from(cl - cf);
                    if area > MAX_XLS_AREA {
                        return Err(FormatError::TooComplex(F));
                    }
                }
            }
            // BOUNDSHEET8: where a sheet starts; calamine slices the stream there without a
            // check (a panic found by fuzzing).
            0x0085 if data.len() >= 4 => {
                let at = u32::from_le_bytes([data[0], data[1], data[2], data[3]]);
                if at as usize >= stream.len() {
                    return Err(corrupt(F, "sheet offset beyond the Workbook stream"));
                }
            }
            // BOF: a new substream (sheet).
            0x0809 => bounds = None,
            // FORMULA, LABELSST, NUMBER, RK, LABEL, BOOLERR, RSTRING
            0x0006 | 0x00FD | 0x0203 | 0x027E | 0x0204 | 0x0205 | 0x00D6 if data.len() >= 4 => {
                let row = u32::from(u16::from_le_bytes([data[0], data[1]]));
                let col = u32::from(u16::from_le_bytes([data[2], data[3]]));
                cell(row, col, col, &mut bounds);
            }
            // MULRK: row, first col, …, last col in the last two bytes.
            0x00BD if data.len() >= 6 => {
                let row = u32::from(u16::from_le_bytes([data[0], data[1]]));
                let first = u32::from(u16::from_le_bytes([data[2], data[3]]));
                let n = data.len();
                let last = u32::from(u16::from_le_bytes([data[n - 2], data[n - 1]]));
                cell(row, first.min(last), first.max(last), &mut bounds);
            }
            _ => {}
        }
        if area(bounds) > MAX_XLS_AREA {
            return Err(FormatError::TooComplex(F));
        }
    }
    Ok(())
}

/// Keeps a merged region's value at its top-left cell only.
fn unmerge(cells: &mut Cells, merges: &[Dimensions], format: Format) -> Result<(), FormatError> {
    if merges.len() > MAX_MERGES {
        return Err(FormatError::TooComplex(format));
    }
    for m in merges {
        // A damaged file may give the corners in either order (found by fuzzing).
        let (r0, r1) = (m.start.0.min(m.end.0), m.start.0.max(m.end.0));
        let (c0, c1) = (m.start.1.min(m.end.1), m.start.1.max(m.end.1));
        let covered: Vec<(u32, u32)> = cells
            .range((r0, 0)..=(r1, u32::MAX))
            .map(|(k, _)| *k)
            .filter(|&(r, c)| c >= c0 && c <= c1 && (r, c) != (r0, c0))
            .collect();
        for k in covered {
            cells.remove(&k);
        }
    }
    Ok(())
}

fn float_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// An Excel date serial (days since 1899-12-30) as 「2017年4月」 (「2017年4月5日」 when the
/// day is not the first: periods are usually entered as the first of the month).
fn date_text(serial: f64) -> String {
    if !(1.0..2_958_466.0).contains(&serial) {
        return float_text(serial);
    }
    // Howard Hinnant's days-to-civil, from 1970-01-01.
    let z = serial.floor() as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    if d == 1 {
        format!("{y}年{m}月")
    } else {
        format!("{y}年{m}月{d}日")
    }
}

fn column_name(mut col: u32) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Rows of one sheet into lines; an empty row between filled ones is a paragraph gap.
fn sheet_lines(name: &str, cells: &Cells, out: &mut Builder) {
    let mut rows: BTreeMap<u32, Vec<(u32, &str)>> = BTreeMap::new();
    for (&(r, c), v) in cells {
        rows.entry(r).or_default().push((c, v.as_str()));
    }
    let mut last_row: Option<u32> = None;
    let mut in_table = false;
    for (row, cols) in rows {
        if last_row.is_some_and(|l| row > l + 1) {
            out.blank();
            in_table = false;
        }
        last_row = Some(row);
        let texts: Vec<Vec<String>> = cols
            .iter()
            .map(|(_, v)| v.split('\n').map(str::to_string).collect())
            .collect();
        if is_label_row(&texts) {
            in_table = true;
        } else if texts.len() == 1 && texts[0].first().is_some_and(|l| is_heading_mark(l)) {
            in_table = false;
        }
        for (line, at) in row_lines(&texts, true, in_table) {
            let source = format!("{name}!{}{}", column_name(cols[at].0), row + 1);
            out.line(&line, Some(&source));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_columns() {
        assert_eq!(date_text(42826.0), "2017年4月");
        assert_eq!(date_text(45000.0), "2023年3月15日");
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(27), "AB");
        assert_eq!(float_text(3.0), "3");
    }

    #[test]
    fn merged_cells_are_read_once() {
        let mut cells = Cells::new();
        cells.insert((1, 0), "2017年4月〜2023年3月".into());
        cells.insert((2, 0), "2017年4月〜2023年3月".into());
        cells.insert((2, 1), "受注入力を担当".into());
        let merges = [Dimensions {
            start: (1, 0),
            end: (3, 0),
        }];
        unmerge(&mut cells, &merges, Format::Xlsx).unwrap();
        assert_eq!(cells.len(), 2);
        assert!(cells.contains_key(&(1, 0)) && cells.contains_key(&(2, 1)));
        // Corners in reverse order (a damaged .xls, found by fuzzing): same region.
        cells.insert((2, 0), "2017年4月〜2023年3月".into());
        let reversed = [Dimensions {
            start: (3, 0),
            end: (1, 0),
        }];
        unmerge(&mut cells, &reversed, Format::Xls).unwrap();
        assert_eq!(cells.len(), 2);
    }
}
