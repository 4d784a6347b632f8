//! Standard output, the one writer of every command: buffered, and a closed pipe
//! (`naitei review … | head`) is a normal end — not an error and never a panic. After the
//! reader has gone, further writes are dropped quietly.

use std::io::{self, Write};

/// Buffered standard output. Command code writes through this (or [`emit`]) and never with
/// `print!`/`println!` (a test in `tests/no_print.rs` keeps it so).
/// Dropping it writes what is left (errors then are ignored, as `BufWriter` does); call
/// [`Stdout::flush_now`] at the end to see them.
pub struct Stdout {
    inner: io::BufWriter<io::StdoutLock<'static>>,
    /// The reader closed the pipe: everything after is dropped.
    closed: bool,
}

impl Stdout {
    pub fn new() -> Self {
        Stdout {
            inner: io::BufWriter::new(io::stdout().lock()),
            closed: false,
        }
    }

    /// Writes `text`; a closed pipe ends the output quietly.
    pub fn text(&mut self, text: &str) -> anyhow::Result<()> {
        self.write_all(text.as_bytes()).map_err(failed)
    }

    /// Writes what is buffered (a prompt or a step of an interactive command is seen at once).
    pub fn flush_now(&mut self) -> anyhow::Result<()> {
        self.flush().map_err(failed)
    }
}

impl Default for Stdout {
    fn default() -> Self {
        Self::new()
    }
}

fn failed(e: io::Error) -> anyhow::Error {
    crate::error::environment(format!("標準出力に書き込めませんでした: {e}"))
}

/// `io::Write` that turns a broken pipe into the end of the output, so streaming writers
/// (`report::write_json_joined`) need no special case.
impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        match self.inner.write(buf) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(buf.len())
            }
            other => other,
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        match self.inner.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}

/// Writes `text` to standard output at once (one complete output of a command).
pub fn emit(text: &str) -> anyhow::Result<()> {
    let mut out = Stdout::new();
    out.text(text)?;
    out.flush_now()
}
