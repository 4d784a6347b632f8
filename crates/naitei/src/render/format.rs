//! The one `--format` type. Every command takes a subset of it, checked by clap: an unknown
//! or unsupported format is a usage error in Japanese (exit 2) that lists the command's own.

use std::ffi::OsStr;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Markdown,
    Html,
    Csv,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Human,
        Format::Json,
        Format::Markdown,
        Format::Html,
        Format::Csv,
    ];

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Csv => "csv",
        }
    }

    fn help(self) -> &'static str {
        match self {
            Format::Human => "画面で読む形式",
            Format::Json => "JSON（SPEC.md のとおり。ほかのプログラムで読む）",
            Format::Markdown => "Markdown（保存・編集用）",
            Format::Html => "印刷用の A4 ページ（HTML 1ファイル）",
            Format::Csv => "CSV（表計算ソフトで開く）",
        }
    }
}

/// The formats one command writes (a clap value parser): `value_parser = formats::REPORT`.
#[derive(Clone, Copy, Debug)]
pub struct Formats(pub &'static [Format]);

/// Reports, lists and plans: terminal text, JSON and Markdown.
pub const REPORT: Formats = Formats(&[Format::Human, Format::Json, Format::Markdown]);
/// Terminal text and JSON only (tables of stored data).
pub const HUMAN_JSON: Formats = Formats(&[Format::Human, Format::Json]);
/// The prep sheet: also a printable page.
pub const PREP: Formats = Formats(&[Format::Human, Format::Markdown, Format::Json, Format::Html]);
/// `track export`: the applications as CSV, or the whole backup as JSON.
pub const EXPORT: Formats = Formats(&[Format::Csv, Format::Json]);

impl TypedValueParser for Formats {
    type Value = Format;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<Format, clap::Error> {
        let text = value.to_string_lossy();
        let known = Format::ALL.into_iter().find(|f| f.name() == text);
        if let Some(f) = known.filter(|f| self.0.contains(f)) {
            return Ok(f);
        }
        let mut err = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
        if let Some(arg) = arg {
            err.insert(
                ContextKind::InvalidArg,
                ContextValue::String(arg.to_string()),
            );
        }
        err.insert(
            ContextKind::InvalidValue,
            ContextValue::String(text.into_owned()),
        );
        err.insert(
            ContextKind::ValidValue,
            ContextValue::Strings(self.0.iter().map(|f| f.name().to_owned()).collect()),
        );
        if let Some(f) = known {
            err.insert(
                ContextKind::Custom,
                ContextValue::String(format!(
                    "このコマンドは {} 形式では出力できません。",
                    f.name()
                )),
            );
        }
        Err(err)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            self.0
                .iter()
                .map(|f| PossibleValue::new(f.name()).help(f.help())),
        ))
    }
}
