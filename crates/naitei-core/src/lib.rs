//! naitei-core: the engine shared by the CLI, the web app and the tests.
//! Pure: no file or network I/O, no printing.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod analysis;
pub mod answer;
pub mod cancel;
pub mod compare;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod eval;
pub mod funnel;
pub mod goals;
pub mod plan;
pub mod prep;
pub mod review;
pub mod rewrite;
pub mod rules;
pub mod text;

/// SHA-256 of the IPADIC sources compiled into the dictionary (file names, sizes and bytes).
pub const IPADIC_SHA256: &str = env!("NAITEI_IPADIC_SHA256");

pub use config::Config;
pub use diagnostic::{Finding, Severity};
pub use review::{Review, review};
