//! How stored codes are shown: labels, the channel with its agent name, the position suffix.

use anyhow::{Result, bail};
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
