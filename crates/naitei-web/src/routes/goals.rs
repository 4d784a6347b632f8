//! Goals in the current job (今の仕事の目標): stay or go, and measurable goals per duty.
//! API only for now.

use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{ErrorBody, value};
use crate::auth::Viewer;
use crate::extract::ApiJson;
use crate::logic::{self, cancellable};
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(goals))
}

#[derive(Deserialize, ToSchema)]
pub struct GoalsRequest {
    /// 職務経歴書の本文
    resume: String,
    /// プロフィール（TOML、docs/plan.md）。離職済みかどうかの判断に使う
    #[serde(default)]
    profile: Option<String>,
    /// 基準日 YYYY-MM-DD（既定: 今日）
    #[serde(default)]
    today: Option<String>,
}

/// 今の職場に残るか応募するかの助言と、業務ごとの数字で測れる目標（`naitei goals --format json`）
#[utoipa::path(post, path = "/api/v1/goals", tag = "engines", request_body = GoalsRequest,
    responses((status = 200, description = "recommendation, reasons, goals（line, metric, baseline, target, deadline, action）…", body = serde_json::Value),
              (status = 422, description = "プロフィールや基準日の誤り", body = ErrorBody)))]
async fn goals(
    State(state): State<AppState>,
    viewer: Viewer,
    ApiJson(req): ApiJson<GoalsRequest>,
) -> Result<Json<serde_json::Value>, AppError> {
    let profile = match req.profile.as_deref().filter(|p| !p.trim().is_empty()) {
        Some(p) => Some(
            naitei_core::plan::Profile::from_toml(p)
                .map_err(|e| AppError::Invalid(format!("プロフィール: {e}")))?,
        ),
        None => None,
    };
    let today = match req
        .today
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        Some(t) => logic::parse_date(t).map_err(|e| AppError::Invalid(format!("基準日: {e}")))?,
        None => state.today(),
    };
    let diagnosis = logic::diagnosis_of(&state, viewer.user.id).await?;
    let config = state.config.engine.clone();
    let report = cancellable(move |c| {
        let funnel = (diagnosis.applications > 0).then_some(&diagnosis);
        naitei_core::goals::build_cancellable(
            &req.resume,
            &naitei_core::goals::Context {
                today,
                profile: profile.as_ref(),
                funnel,
                config: &config,
            },
            c,
        )
    })
    .await?;
    value(&report)
}
