//! The plan (計画): the benefit calendar, how realistic the salary wish is, the weekly target
//! and the action plan. The page is a form (生年月日, 離職日 …) checked field by field; what the
//! seeker entered is kept as their profile (the same TOML as `naitei plan --save`), which can also
//! be downloaded and imported.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use minijinja::{Value, context};
use naitei_core::plan::Plan;
use naitei_core::plan::form::{FORM_FIELDS, FieldError, PlanForm};
use naitei_store::DocumentKind;
use serde::Deserialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::page::render;
use super::{ErrorBody, value};
use crate::access::Seeker;
use crate::auth::Viewer;
use crate::extract::{ApiJson, PageForm};
use crate::logic;
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route("/plan", get(plan_page).post(plan_post))
        .route("/plan/import", post(plan_import))
        .route("/plan/profile.toml", get(plan_export))
        .routes(routes!(plan))
}

// ---------------------------------------------------------------------------------------------
// Page: the profile as a form (naitei_core::plan::form), TOML only as import/export

/// The newest profile the seeker saved (TOML, shared with `naitei plan --save`).
pub(super) async fn saved_profile(
    state: &AppState,
    seeker: &Seeker,
) -> Result<Option<String>, AppError> {
    Ok(state
        .data
        .documents_of(seeker, DocumentKind::Profile)
        .await?
        .pop()
        .map(|d| d.content))
}

/// The newest content of the seeker's documents of `kind`. Beside the profile the page keeps the
/// form as the seeker last filled it (`plan_form`: JSON of [`PlanForm`]), so that it shows what
/// was typed (a 月給 stays a 月給, though the profile holds the six months' sum).
async fn latest(
    state: &AppState,
    seeker: &Seeker,
    kind: DocumentKind,
) -> Result<Option<String>, AppError> {
    Ok(state
        .data
        .documents_of(seeker, kind)
        .await?
        .pop()
        .map(|d| d.content))
}

/// The form to show: the one last entered on the page while it still gives the saved profile
/// (a profile saved later by the command line wins), else the saved profile's values.
async fn kept_form(state: &AppState, seeker: &Seeker) -> Result<PlanForm, AppError> {
    let Some(toml) = saved_profile(state, seeker).await? else {
        return Ok(PlanForm::default());
    };
    let entered = latest(state, seeker, DocumentKind::PlanForm)
        .await?
        .and_then(|json| serde_json::from_str::<PlanForm>(&json).ok())
        .filter(|f| f.validate().is_ok_and(|p| p.to_toml() == toml));
    Ok(entered.unwrap_or_else(|| PlanForm::from_toml(&toml).unwrap_or_default()))
}

/// Keeps the profile (and the form as typed) for the seeker — not for an adviser's own page —
/// unless they are the ones already kept.
async fn remember(
    state: &AppState,
    viewer: &Viewer,
    form: &PlanForm,
    toml: &str,
) -> Result<(), AppError> {
    if viewer.user().is_adviser() {
        return Ok(());
    }
    let user = Seeker::own(viewer);
    let form_json = serde_json::to_string(form).map_err(|e| AppError::Internal(e.to_string()))?;
    for (kind, content) in [
        (DocumentKind::Profile, toml),
        (DocumentKind::PlanForm, form_json.as_str()),
    ] {
        if latest(state, &user, kind).await?.as_deref() == Some(content) {
            continue;
        }
        let doc = naitei_store::NewDocument {
            application_id: None,
            kind,
            label: kind.label().into(),
            created_on: state.today().to_string(),
            content: content.to_owned(),
        };
        state.data.add_document(viewer, &doc).await?;
    }
    Ok(())
}

/// The fields most seekers leave empty, folded under 「くわしい条件」.
const MORE: &[&str] = &[
    "just_cause",
    "renewal_wanted",
    "claim_date",
    "prior_self_quits_5y",
    "wages_6m",
    "management_experience",
    "hard_to_employ",
    "education_training",
    "employment_type",
    "selection_lead_days",
    "target_date",
];

/// The page: the form with its values and per-field errors, the plan when there is one, and the
/// TOML import section (its text and error kept after a mistake).
fn plan_html(
    state: &AppState,
    viewer: &Viewer,
    form: &PlanForm,
    errors: &[FieldError],
    plan: Option<&Plan>,
    import: (&str, Option<String>),
) -> Result<Html<String>, AppError> {
    let errors: BTreeMap<&str, &str> = errors
        .iter()
        .map(|e| (e.field, e.message.as_str()))
        .collect();
    // The optional details open by themselves when one of them is filled in or wrong.
    let values = serde_json::to_value(form).unwrap_or_default();
    let more_open = MORE.iter().any(|k| {
        errors.contains_key(k)
            || match &values[*k] {
                serde_json::Value::String(t) => !t.trim().is_empty(),
                serde_json::Value::Bool(b) => *b,
                _ => false,
            }
    });
    render(
        state,
        Some(viewer),
        "plan",
        None,
        "plan.html",
        context! {
            fields => Value::from_serialize(FORM_FIELDS),
            more => MORE,
            more_open,
            form => Value::from_serialize(form),
            errors,
            plan => plan.map(Value::from_serialize),
            import_text => import.0,
            import_error => import.1,
            saved => !viewer.user().is_adviser(),
        },
    )
}

async fn plan_page(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Html<String>, AppError> {
    // The saved profile fills the form and, when it is valid, the plan is shown at once.
    let form = kept_form(&state, &Seeker::own(&viewer)).await?;
    let plan = match form.validate() {
        Ok(profile) if form != PlanForm::default() => {
            Some(logic::plan_of(&state, &Seeker::own(&viewer), profile, None).await?)
        }
        _ => None,
    };
    plan_html(&state, &viewer, &form, &[], plan.as_ref(), ("", None))
}

/// Checks the form, keeps it and shows the plan; or shows each mistake next to its field.
async fn submit(state: &AppState, viewer: &Viewer, form: &PlanForm) -> Result<Response, AppError> {
    match form.validate() {
        Ok(profile) => {
            remember(state, viewer, form, &profile.to_toml()).await?;
            let plan = logic::plan_of(state, &Seeker::own(viewer), profile, None).await?;
            Ok(plan_html(state, viewer, form, &[], Some(&plan), ("", None))?.into_response())
        }
        Err(errors) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            plan_html(state, viewer, form, &errors, None, ("", None))?,
        )
            .into_response()),
    }
}

async fn plan_post(
    State(state): State<AppState>,
    form: PageForm<PlanForm>,
) -> Result<Response, AppError> {
    submit(&state, &form.viewer, &form.data).await
}

#[derive(Deserialize)]
struct ImportForm {
    #[serde(default)]
    toml: String,
}

/// Imports the CLI's settings file (pasted, or read into the box by the page's script).
async fn plan_import(
    State(state): State<AppState>,
    form: PageForm<ImportForm>,
) -> Result<Response, AppError> {
    let text = &form.data.toml;
    let message = if text.trim().is_empty() {
        "設定ファイルの中身を貼り付けるか、ファイルを選んでください".to_owned()
    } else {
        match PlanForm::from_toml(text) {
            Ok(imported) => return submit(&state, &form.viewer, &imported).await,
            Err(e) => format!("設定ファイルを読み込めませんでした。{e}"),
        }
    };
    let current = kept_form(&state, &Seeker::own(&form.viewer)).await?;
    let html = plan_html(
        &state,
        &form.viewer,
        &current,
        &[],
        None,
        (text, Some(message)),
    )?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

/// The saved profile as the CLI's settings file (`naitei plan --profile`).
async fn plan_export(State(state): State<AppState>, viewer: Viewer) -> Result<Response, AppError> {
    let Some(toml) = saved_profile(&state, &Seeker::own(&viewer)).await? else {
        return Err(AppError::Invalid(
            "保存した計画の入力がまだありません。先にフォームに入力して「計画を作る」を押してください"
                .into(),
        ));
    };
    Ok((
        [
            (header::CONTENT_TYPE, "application/toml; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"profile.toml\"",
            ),
        ],
        toml,
    )
        .into_response())
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
    let p = logic::plan_for(
        &state,
        &Seeker::own(&viewer),
        &req.profile,
        req.today.as_deref(),
    )
    .await?;
    value(&p)
}
