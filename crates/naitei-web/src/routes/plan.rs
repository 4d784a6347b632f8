//! The plan (計画): the benefit calendar, how realistic the salary wish is, the weekly target
//! and the action plan, from a profile (TOML); the page keeps the profile on request.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use minijinja::{Value, context};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::page::render;
use super::{ErrorBody, value};
use crate::auth::Viewer;
use crate::extract::{ApiJson, PageForm};
use crate::logic;
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route("/plan", get(plan_page).post(plan_post))
        .routes(routes!(plan))
}

// ---------------------------------------------------------------------------------------------
// Page

const PROFILE_KIND: &str = "profile";
const EXAMPLE_PROFILE: &str = include_str!("../../../../examples/profile.toml");

async fn plan_page(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Html<String>, AppError> {
    let saved = state
        .store
        .documents_of(viewer.user.id, PROFILE_KIND)
        .await?
        .pop()
        .map(|d| d.content);
    let profile = saved.unwrap_or_else(|| EXAMPLE_PROFILE.to_owned());
    render(
        &state,
        Some(&viewer),
        "plan",
        None,
        "plan.html",
        context! { profile },
    )
}

#[derive(Deserialize)]
struct PlanForm {
    profile: String,
    #[serde(default)]
    today: String,
    #[serde(default)]
    save: Option<String>,
}

async fn plan_post(
    State(state): State<AppState>,
    form: PageForm<PlanForm>,
) -> Result<Response, AppError> {
    let viewer = &form.viewer;
    let f = &form.data;
    let result = logic::plan_for(&state, viewer.user.id, &f.profile, Some(&f.today)).await;
    let (plan, error) = match result {
        Ok(p) => (Some(Value::from_serialize(&p)), None),
        Err(AppError::Invalid(m)) => (None, Some(m)),
        Err(e) => return Err(e),
    };
    if plan.is_some() && f.save.is_some() && !viewer.user.is_adviser() {
        let doc = naitei_store::NewDocument {
            application_id: None,
            kind: PROFILE_KIND.into(),
            label: "プロフィール".into(),
            created_on: state.today().to_string(),
            content: f.profile.clone(),
        };
        state.store.add_document_for(viewer.user.id, &doc).await?;
    }
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let html = render(
        &state,
        Some(viewer),
        "plan",
        None,
        "plan.html",
        context! {
            profile => f.profile, today => f.today, save => f.save.is_some(), plan, error,
        },
    )?;
    Ok((status, html).into_response())
}

// ---------------------------------------------------------------------------------------------
// API

#[derive(Deserialize, ToSchema)]
pub struct PlanRequest {
    /// プロフィール（TOML、docs/plan.md）
    profile: String,
    /// 基準日 YYYY-MM-DD（既定: 今日）
    #[serde(default)]
    today: Option<String>,
}

/// 転職活動の計画（失業給付カレンダー、年収の現実性、週の応募目標、行動計画）
#[utoipa::path(post, path = "/api/v1/plan", tag = "engines", request_body = PlanRequest,
    responses((status = 200, description = "`naitei plan --format json` と同じオブジェクト", body = serde_json::Value),
              (status = 422, description = "プロフィールの誤り", body = ErrorBody)))]
async fn plan(
    State(state): State<AppState>,
    viewer: Viewer,
    ApiJson(req): ApiJson<PlanRequest>,
) -> Result<Json<serde_json::Value>, AppError> {
    let p = logic::plan_for(&state, viewer.user.id, &req.profile, req.today.as_deref()).await?;
    value(&p)
}
