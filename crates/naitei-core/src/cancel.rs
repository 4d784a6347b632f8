//! Cooperative cancellation: a flag the caller sets (the web server, when the client goes
//! away) and the engines poll between lines, sentences and passes. Polling is one relaxed
//! atomic load, cheap enough to do per line. The engines stay pure: they only read the flag.

use std::sync::atomic::{AtomicBool, Ordering};

/// The work was stopped because the caller asked for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("処理を取り消しました")]
pub struct Cancelled;

/// A cancellation check handed to an engine: [`Cancel::NEVER`] or a caller's flag.
#[derive(Debug, Clone, Copy)]
pub struct Cancel<'a>(Option<&'a AtomicBool>);

impl<'a> Cancel<'a> {
    /// Work that is never cancelled (the CLI, tests).
    pub const NEVER: Cancel<'static> = Cancel(None);

    /// Cancelled once `flag` is true.
    pub fn on(flag: &'a AtomicBool) -> Self {
        Cancel(Some(flag))
    }

    /// Whether the caller asked to stop.
    pub fn requested(&self) -> bool {
        self.0.is_some_and(|f| f.load(Ordering::Relaxed))
    }

    /// `Err(Cancelled)` once the caller asked to stop.
    pub fn check(&self) -> Result<(), Cancelled> {
        if self.requested() {
            Err(Cancelled)
        } else {
            Ok(())
        }
    }
}

/// The result of work run with [`Cancel::NEVER`], which cannot have been cancelled.
pub fn never<T>(result: Result<T, Cancelled>) -> T {
    match result {
        Ok(t) => t,
        Err(Cancelled) => unreachable!("work run with Cancel::NEVER was cancelled"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_flag_is_seen_and_never_is_never() {
        let flag = AtomicBool::new(false);
        let c = Cancel::on(&flag);
        assert_eq!(c.check(), Ok(()));
        flag.store(true, Ordering::Relaxed);
        assert_eq!(c.check(), Err(Cancelled));
        assert_eq!(Cancel::NEVER.check(), Ok(()));
    }
}
