//! How stored codes are shown: labels, the channel with its agent name, the position suffix.

use anyhow::{Result, bail};
use naitei_core::funnel::{EventResult, Outcome, QuestionKind, Relation, Stage};
use naitei_store::ApplicationData;

pub fn nonempty(what: &str, s: &str) -> Result<String> {
    let t = s.trim();
    if t.is_empty() {
        bail!("{what}が空です");
    }
    Ok(t.to_owned())
}

pub fn paren(position: &str) -> String {
    if position.is_empty() {
        String::new()
    } else {
        format!("・{position}")
    }
}

pub fn channel_label(a: &ApplicationData) -> String {
    let label = a.channel.label();
    match &a.channel_name {
        Some(n) => format!("{label}（{n}）"),
        None => label.to_owned(),
    }
}

pub fn label_of<T>(code: &str) -> String
where
    T: std::str::FromStr + Copy,
    T: Labelled,
{
    code.parse::<T>()
        .map(|v| v.label_ja().to_owned())
        .unwrap_or_else(|_| code.to_owned())
}

pub trait Labelled {
    fn label_ja(self) -> &'static str;
}
macro_rules! labelled {
    ($($t:ty),*) => { $(impl Labelled for $t { fn label_ja(self) -> &'static str { self.label() } })* };
}
labelled!(Stage, Outcome, EventResult, Relation);
impl Labelled for QuestionKind {
    fn label_ja(self) -> &'static str {
        self.log_label()
    }
}
