//! The funnel of stored applications: the diagnosis, and the pass counts the planner uses.

use naitei_core::funnel::{
    BadRecord, Diagnosis, FunnelRecord, Stage, diagnose_with_skips, skipped_among,
};
use naitei_core::plan::FunnelCounts;
use naitei_store::{FunnelRow, Store};

use crate::{Error, Result};

/// The records of stored rows; a row outside the vocabulary is an error, never dropped.
pub fn records(rows: &[FunnelRow]) -> Result<Vec<FunnelRecord>> {
    rows.iter()
        .enumerate()
        .map(|(n, d)| {
            FunnelRecord::from_codes(
                &d.furthest_stage,
                &d.outcome,
                &d.channel,
                &d.relation,
                d.offered_salary,
            )
            .map_err(|source| Error::BadRow {
                index: n + 1,
                source,
            })
        })
        .collect()
}

/// The diagnosis of the applications of `owner`, or of every application (the CLI's own file).
pub async fn diagnosis(store: &Store, owner: Option<i64>) -> Result<Diagnosis> {
    let rows = match owner {
        Some(user) => store.funnel_rows_of(user).await?,
        None => store.funnel_rows().await?,
    };
    Ok(diagnose_with_skips(&records(&rows)?, &skipped(&rows)?))
}

/// Per row, the stages the application did not have (書類 → 最終 with no 二次), from the stages its
/// events were recorded at; a stored stage outside the vocabulary is an error.
pub fn skipped(rows: &[FunnelRow]) -> Result<Vec<Vec<Stage>>> {
    rows.iter()
        .enumerate()
        .map(|(n, d)| {
            let seen = d
                .event_stages
                .iter()
                .map(|c| c.parse::<Stage>())
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(|source| Error::BadRow {
                    index: n + 1,
                    source: BadRecord {
                        field: "段階",
                        source,
                    },
                })?;
            Ok(skipped_among(&seen))
        })
        .collect()
}

/// Pass counts per stage for the planner, when there is at least one application.
pub fn funnel_counts(d: &Diagnosis) -> Option<FunnelCounts> {
    (d.applications > 0).then(|| FunnelCounts::from_diagnosis(d))
}
