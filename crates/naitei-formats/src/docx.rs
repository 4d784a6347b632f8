//! Word (.docx): headers, then the body in reading order — paragraphs (heading styles become
//! `#` headings, list numbering becomes 「・」 or `1.`), tables row by row, text boxes where
//! the paragraph anchoring them stands. Sources: 「段落 12」, 「表1 行3」, 「ヘッダー」.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};

use crate::layout::{bullet, row_lines};
use crate::zipcheck::{self, Archive};
use crate::{Builder, Extracted, Format, FormatError, Limits};

const F: Format = Format::Docx;

fn corrupt(e: impl std::fmt::Display) -> FormatError {
    FormatError::Corrupt(F, e.to_string())
}

pub(crate) fn extract(bytes: &[u8], limits: &Limits) -> Result<Extracted, FormatError> {
    let mut zip = zipcheck::open_checked(bytes, F, limits)?;
    let Some(document) = zipcheck::read_entry(&mut zip, "word/document.xml", F)? else {
        return Err(corrupt("no word/document.xml"));
    };
    let styles = zipcheck::read_entry(&mut zip, "word/styles.xml", F)?
        .map(|s| heading_styles(&s))
        .transpose()?
        .unwrap_or_default();
    let numbering = zipcheck::read_entry(&mut zip, "word/numbering.xml", F)?
        .map(|s| Numbering::parse(&s))
        .transpose()?
        .unwrap_or_default();
    let mut out = Builder::default();
    let mut seen_header = Vec::new();
    for name in header_names(&mut zip) {
        if let Some(xml) = zipcheck::read_entry(&mut zip, &name, F)? {
            let mut w = Walker::new(&styles, &numbering, limits);
            w.run(&xml)?;
            for (line, _) in w.out {
                if !seen_header.contains(&line) {
                    out.line(&line, Some("ヘッダー"));
                    seen_header.push(line);
                }
            }
        }
    }
    if !seen_header.is_empty() {
        out.blank();
    }
    let mut w = Walker::new(&styles, &numbering, limits);
    w.run(&document)?;
    for (line, source) in w.out {
        if line.is_empty() {
            out.blank();
        } else {
            out.line(&line, Some(&source));
        }
    }
    Ok(out.finish(F))
}

fn header_names(zip: &mut Archive<'_>) -> Vec<String> {
    let mut names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| n.starts_with("word/header") && n.ends_with(".xml"))
        .map(|n| n.into_owned())
        .collect();
    names.sort_by_key(|n| {
        let digits: String = n.chars().filter(char::is_ascii_digit).collect();
        (digits.parse::<u32>().unwrap_or(0), n.clone())
    });
    names
}

fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .ok()
                    .map(|v| v.into_owned())
            })
            .flatten()
    })
}

/// styleId → heading level (1-based) from the style name ("heading 2", "Title") or its
/// outline level.
fn heading_styles(xml: &str) -> Result<HashMap<String, u8>, FormatError> {
    let mut map = HashMap::new();
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut current: Option<String> = None;
    loop {
        match reader.read_event().map_err(corrupt)? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "style" => current = attr(&e, "styleId"),
                "name" => {
                    if let (Some(id), Some(name)) = (&current, attr(&e, "val")) {
                        let n = name.to_ascii_lowercase();
                        let level = if n == "title" {
                            Some(1)
                        } else {
                            n.strip_prefix("heading ")
                                .or_else(|| name.strip_prefix("見出し "))
                                .and_then(|d| d.trim().parse::<u8>().ok())
                        };
                        if let Some(l) = level {
                            map.insert(id.clone(), l.clamp(1, 6));
                        }
                    }
                }
                "outlineLvl" => {
                    if let (Some(id), Some(v)) = (&current, attr(&e, "val"))
                        && let Ok(l) = v.parse::<u8>()
                        && l < 9
                    {
                        map.entry(id.clone()).or_insert((l + 1).clamp(1, 6));
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(map)
}

/// numId → (ilvl → numFmt), from numbering.xml.
#[derive(Debug, Default)]
struct Numbering {
    formats: HashMap<String, HashMap<u8, String>>,
}

impl Numbering {
    fn parse(xml: &str) -> Result<Numbering, FormatError> {
        let mut abstract_fmt: HashMap<String, HashMap<u8, String>> = HashMap::new();
        let mut num_to_abstract: HashMap<String, String> = HashMap::new();
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut cur_abstract: Option<String> = None;
        let mut cur_lvl: u8 = 0;
        let mut cur_num: Option<String> = None;
        loop {
            match reader.read_event().map_err(corrupt)? {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    "abstractNum" => cur_abstract = attr(&e, "abstractNumId"),
                    "lvl" => cur_lvl = attr(&e, "ilvl").and_then(|v| v.parse().ok()).unwrap_or(0),
                    "numFmt" => {
                        if let (Some(a), Some(v)) = (&cur_abstract, attr(&e, "val")) {
                            abstract_fmt
                                .entry(a.clone())
                                .or_default()
                                .insert(cur_lvl, v);
                        }
                    }
                    "num" => cur_num = attr(&e, "numId"),
                    "abstractNumId" => {
                        if let (Some(n), Some(v)) = (&cur_num, attr(&e, "val")) {
                            num_to_abstract.insert(n.clone(), v);
                        }
                    }
                    _ => {}
                },
                Event::End(e) => match e.local_name().as_ref() {
                    "abstractNum" => cur_abstract = None,
                    "num" => cur_num = None,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        let formats = num_to_abstract
            .into_iter()
            .filter_map(|(n, a)| abstract_fmt.get(&a).map(|f| (n, f.clone())))
            .collect();
        Ok(Numbering { formats })
    }

    fn is_decimal(&self, num_id: &str, ilvl: u8) -> bool {
        self.formats
            .get(num_id)
            .and_then(|l| l.get(&ilvl))
            .is_some_and(|f| f == "decimal" || f == "decimalFullWidth" || f == "decimalZero")
    }
}

/// One paragraph being read.
#[derive(Debug, Default)]
struct Para {
    text: String,
    style: Option<String>,
    num: Option<(String, u8)>,
    outline: Option<u8>,
}

/// One table being read: rows of cells of paragraphs.
#[derive(Debug, Default)]
struct Table {
    number: usize,
    rows: usize,
    cells: Vec<Vec<String>>,
    cell: Option<Vec<String>>,
}

struct Walker<'a> {
    styles: &'a HashMap<String, u8>,
    numbering: &'a Numbering,
    limits: &'a Limits,
    /// (line, source); an empty line is a paragraph gap.
    out: Vec<(String, String)>,
    paras: Vec<Para>,
    tables: Vec<Table>,
    tables_seen: usize,
    paragraphs_seen: usize,
    counters: HashMap<(String, u8), usize>,
    /// Inside <mc:Fallback> (a copy of the <mc:Choice> content): skipped.
    skip_depth: usize,
    in_text: bool,
    depth: usize,
    chars: usize,
}

impl<'a> Walker<'a> {
    fn new(styles: &'a HashMap<String, u8>, numbering: &'a Numbering, limits: &'a Limits) -> Self {
        Walker {
            styles,
            numbering,
            limits,
            out: Vec::new(),
            paras: Vec::new(),
            tables: Vec::new(),
            tables_seen: 0,
            paragraphs_seen: 0,
            counters: HashMap::new(),
            skip_depth: 0,
            in_text: false,
            depth: 0,
            chars: 0,
        }
    }

    fn push_text(&mut self, s: &str) -> Result<(), FormatError> {
        if self.in_text
            && let Some(p) = self.paras.last_mut()
        {
            p.text.push_str(s);
            self.chars += s.len();
            if self.chars > self.limits.max_chars * 4 {
                return Err(FormatError::TooComplex(F));
            }
        }
        Ok(())
    }

    fn run(&mut self, xml: &str) -> Result<(), FormatError> {
        let mut reader = quick_xml::Reader::from_str(xml);
        reader.config_mut().check_end_names = false;
        loop {
            let ev = reader.read_event().map_err(corrupt)?;
            match ev {
                Event::Start(e) => {
                    self.depth += 1;
                    if self.depth > self.limits.max_xml_depth {
                        return Err(FormatError::TooDeep {
                            limit: self.limits.max_xml_depth,
                        });
                    }
                    if self.skip_depth > 0 || e.local_name().as_ref() == "Fallback" {
                        self.skip_depth += 1;
                        continue;
                    }
                    self.start(&e, false);
                }
                Event::Empty(e) if self.skip_depth == 0 => self.start(&e, true),
                Event::End(e) => {
                    self.depth = self.depth.saturating_sub(1);
                    if self.skip_depth > 0 {
                        self.skip_depth -= 1;
                        continue;
                    }
                    self.end(e.local_name().as_ref());
                }
                Event::Text(t) if self.skip_depth == 0 => {
                    self.push_text(&t.xml10_content())?;
                }
                Event::CData(t) if self.skip_depth == 0 => {
                    let s: String = t.as_ref().to_string();
                    self.push_text(&s)?;
                }
                Event::GeneralRef(r) if self.skip_depth == 0 => {
                    let c = match r.resolve_char_ref() {
                        Ok(Some(c)) => Some(c),
                        _ => match r.as_ref() {
                            "amp" => Some('&'),
                            "lt" => Some('<'),
                            "gt" => Some('>'),
                            "quot" => Some('"'),
                            "apos" => Some('\''),
                            _ => None,
                        },
                    };
                    if let Some(c) = c {
                        self.push_text(c.encode_utf8(&mut [0; 4]))?;
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(())
    }

    fn start(&mut self, e: &BytesStart<'_>, empty: bool) {
        match e.local_name().as_ref() {
            "p" if !empty => self.paras.push(Para::default()),
            "t" => self.in_text = !empty,
            "tab" => {
                if let Some(p) = self.paras.last_mut() {
                    p.text.push('　');
                }
            }
            "br" | "cr" => {
                if let Some(p) = self.paras.last_mut() {
                    p.text.push('\n');
                }
            }
            "pStyle" => {
                if let Some(p) = self.paras.last_mut() {
                    p.style = attr(e, "val");
                }
            }
            "outlineLvl" => {
                if let Some(p) = self.paras.last_mut() {
                    p.outline = attr(e, "val").and_then(|v| v.parse::<u8>().ok());
                }
            }
            "ilvl" => {
                if let Some(p) = self.paras.last_mut() {
                    let l = attr(e, "val").and_then(|v| v.parse().ok()).unwrap_or(0);
                    let id = p.num.take().map(|(id, _)| id).unwrap_or_default();
                    p.num = Some((id, l));
                }
            }
            "numId" => {
                if let Some(p) = self.paras.last_mut() {
                    let id = attr(e, "val").unwrap_or_default();
                    let l = p.num.take().map_or(0, |(_, l)| l);
                    p.num = Some((id, l));
                }
            }
            "tbl" if !empty => {
                self.tables_seen += 1;
                self.tables.push(Table {
                    number: self.tables_seen,
                    ..Table::default()
                });
            }
            "tr" if !empty => {
                if let Some(t) = self.tables.last_mut() {
                    t.cells.clear();
                }
            }
            "tc" if !empty => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell = Some(Vec::new());
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, local: &str) {
        match local {
            "t" => self.in_text = false,
            "p" => {
                if let Some(p) = self.paras.pop() {
                    self.finish_paragraph(p);
                }
            }
            "tc" => {
                if let Some(t) = self.tables.last_mut()
                    && let Some(c) = t.cell.take()
                {
                    t.cells.push(c);
                }
            }
            "tr" => {
                let Some(t) = self.tables.last_mut() else {
                    return;
                };
                t.rows += 1;
                let source = format!("表{} 行{}", t.number, t.rows);
                let cells = std::mem::take(&mut t.cells);
                let lines = row_lines(&cells, false, false);
                if self.tables.len() > 1 {
                    // A table inside a cell: its rows are the paragraphs of the outer cell.
                    let outer = self.tables.len() - 2;
                    if let Some(c) = self.tables[outer].cell.as_mut() {
                        c.extend(lines.into_iter().map(|(l, _)| l));
                    }
                } else {
                    for (l, _) in lines {
                        self.out.push((l, source.clone()));
                    }
                }
            }
            "tbl" => {
                self.tables.pop();
                if self.tables.is_empty() {
                    self.out.push((String::new(), String::new()));
                }
            }
            _ => {}
        }
    }

    fn finish_paragraph(&mut self, p: Para) {
        let text = p.text.trim().to_string();
        if text.is_empty() {
            if self.tables.is_empty() {
                self.out.push((String::new(), String::new()));
            }
            return;
        }
        let level = p
            .style
            .as_ref()
            .and_then(|s| self.styles.get(s).copied())
            .or(p.outline.map(|l| (l + 1).clamp(1, 6)));
        let line = if let Some(l) = level {
            format!("{} {}", "#".repeat(l as usize), text.replace('\n', " "))
        } else if let Some((id, ilvl)) =
            p.num.as_ref().filter(|(id, _)| id != "0" && !id.is_empty())
        {
            if self.numbering.is_decimal(id, *ilvl) {
                let n = self.counters.entry((id.clone(), *ilvl)).or_insert(0);
                *n += 1;
                let n = *n;
                // Deeper levels restart under a new item.
                self.counters.retain(|(i, l), _| i != id || *l <= *ilvl);
                format!("{n}. {text}")
            } else {
                bullet(&text)
            }
        } else {
            text
        };
        if let Some(t) = self.tables.last_mut() {
            if let Some(c) = t.cell.as_mut() {
                c.push(line);
            }
            return;
        }
        self.paragraphs_seen += 1;
        let source = format!("段落 {}", self.paragraphs_seen);
        self.out.push((line, source));
    }
}
