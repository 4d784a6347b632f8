//! naitei-core: the engine shared by the CLI, the web app and the tests.
//! Pure: no file or network I/O, no printing.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod funnel;
pub mod text;
