//! The funnel of stored applications: the diagnosis, and the pass counts the planner uses.

use naitei_core::funnel::{Diagnosis, FunnelRecord, diagnose};
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
    Ok(diagnose(&records(&rows)?))
}

/// Pass counts per stage for the planner, when there is at least one application.
pub fn funnel_counts(d: &Diagnosis) -> Option<FunnelCounts> {
    (d.applications > 0).then(|| FunnelCounts::from_diagnosis(d))
}
