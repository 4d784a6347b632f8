//! Writing to standard output. A closed pipe (`naitei review … | head`) is a normal end, not
//! an error and never a panic.

use std::io::Write;

pub fn emit(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(anyhow::anyhow!("標準出力に書き込めませんでした: {e}"))
        }
        _ => Ok(()),
    }
}
