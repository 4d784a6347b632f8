//! The funnel diagnosis (分析): pass rates per stage against the reference bands, the
//! bottleneck and advice, as a page and through the API.

use axum::Json;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use minijinja::{Value, context};
use naitei_core::funnel::Verdict;
use serde::Serialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::page::{Subject, render, see_other};
use super::{SeekerQuery, value};
use crate::access;
use crate::auth::Viewer;
use crate::logic;
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route("/funnel", get(funnel_page))
        .routes(routes!(funnel))
}

#[derive(Serialize)]
struct FunnelRowView {
    label: &'static str,
    entered: u32,
    passed: u32,
    failed: u32,
    pending: u32,
    decided: u32,
    rate: Option<f64>,
    rate_text: String,
    low: f64,
    high: f64,
    typical: f64,
    low_text: String,
    high_text: String,
    verdict: &'static str,
    verdict_code: &'static str,
    bottleneck: bool,
    /// What the verdict means for this sample (a rate under the band on few results says both).
    note: Option<String>,
    skipped: u32,
}

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

async fn funnel_page(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Response, AppError> {
    let Some(subject) = Subject::of_lists(&state, &viewer, q.seeker).await? else {
        return Ok(see_other("/".into()));
    };
    let diag = logic::diagnosis_of(&state, &subject).await?;
    let rows: Vec<FunnelRowView> = diag
        .stages
        .iter()
        .map(|s| FunnelRowView {
            label: s.stage.label(),
            entered: s.entered,
            passed: s.passed,
            failed: s.failed,
            pending: s.pending,
            decided: s.passed + s.failed,
            rate: s.rate,
            rate_text: s.rate.map(pct).unwrap_or_else(|| "—".into()),
            low: s.reference.low,
            high: s.reference.high,
            typical: s.reference.typical,
            low_text: pct(s.reference.low),
            high_text: pct(s.reference.high),
            verdict: s.verdict.label(),
            verdict_code: match s.verdict {
                Verdict::Below => "below",
                Verdict::Within => "within",
                Verdict::Above => "above",
                Verdict::Insufficient => "insufficient",
            },
            bottleneck: diag.bottleneck == Some(s.stage),
            note: s.note.clone(),
            skipped: s.skipped,
        })
        .collect();
    Ok(render(
        &state,
        Some(&viewer),
        "funnel",
        Some(&subject),
        "funnel.html",
        context! {
            rows,
            bottleneck => diag.bottleneck.map(|s| s.label()),
            diag => Value::from_serialize(&diag),
        },
    )?
    .into_response())
}

/// 選考のファネル診断（`naitei diagnose --format json` と同じオブジェクト）
#[utoipa::path(get, path = "/api/v1/funnel", tag = "tracker", params(SeekerQuery),
    responses((status = 200, description = "applications, stages, bottleneck, advice", body = serde_json::Value)))]
async fn funnel(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Json<serde_json::Value>, AppError> {
    let subject = access::subject(&state, &viewer, q.seeker).await?;
    value(&logic::diagnosis_of(&state, &subject).await?)
}
