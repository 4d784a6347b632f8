//! Applications (応募管理): the board, the form to add and edit one, its page with the
//! selection log and the interview questions (and its print view), and the same through the
//! API.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use minijinja::{Value, context};
use naitei_core::funnel::{Channel, EventResult, Outcome, Relation, Stage};
use serde::Serialize;
use serde_json::json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::page::{Empty, Subject, render, see_other};
use super::{ErrorBody, SeekerQuery, value};
use crate::access::{self, Access, Applications, Checked, OwnedApplication, ReadableApplication};
use crate::auth::Viewer;
use crate::extract::{ApiJson, PageForm};
use crate::logic::{self, ApplicationInput, EventInput, QuestionInput};
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route("/applications", get(board))
        .route("/applications/new", get(app_new).post(app_create))
        .route("/applications/{id}", get(app_show))
        .route("/applications/{id}/edit", get(app_edit).post(app_update))
        .route("/applications/{id}/events", post(app_event))
        .route("/applications/{id}/questions", post(app_question))
        .route("/applications/{id}/delete", post(app_delete))
        .route("/applications/{id}/print", get(app_print))
        .routes(routes!(list_applications, create_application))
        .routes(routes!(
            get_application,
            update_application,
            delete_application
        ))
        .routes(routes!(add_event))
        .routes(routes!(add_question))
}

// ---------------------------------------------------------------------------------------------
// Pages

fn options<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|&x| (code(x).to_owned(), label(x).to_owned()))
        .collect()
}

fn form_options() -> Value {
    context! {
        channels => options(Channel::ALL, Channel::code, Channel::label),
        relations => options(Relation::ALL, Relation::code, Relation::label),
        stages => options(Stage::ALL, Stage::code, Stage::label),
        outcomes => options(Outcome::ALL, Outcome::code, Outcome::label),
        results => options(EventResult::ALL, EventResult::code, EventResult::label),
    }
}

#[derive(Serialize)]
struct Card {
    id: i64,
    company: String,
    position: String,
    applied_on: String,
    outcome: String,
    outcome_label: &'static str,
}

#[derive(Serialize)]
struct Column {
    code: &'static str,
    label: &'static str,
    cards: Vec<Card>,
}

async fn board(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Response, AppError> {
    let Some(subject) = Subject::of_lists(&state, &viewer, q.seeker).await? else {
        return Ok(see_other("/".into()));
    };
    let apps = state.store.applications_of(subject.id).await?;
    let columns: Vec<Column> = Stage::ALL
        .iter()
        .map(|&s| Column {
            code: s.code(),
            label: s.label(),
            cards: apps
                .iter()
                .filter(|a| a.data.furthest_stage == s.code())
                .map(|a| Card {
                    id: a.id,
                    company: a.data.company.clone(),
                    position: a.data.position.clone(),
                    applied_on: a.data.applied_on.clone(),
                    outcome: a.data.outcome.code().to_owned(),
                    outcome_label: a.data.outcome.label(),
                })
                .collect(),
        })
        .collect();
    Ok(render(
        &state,
        Some(&viewer),
        "applications",
        Some(&subject),
        "board.html",
        context! { columns, own => subject.own() },
    )?
    .into_response())
}

fn app_form(
    state: &AppState,
    viewer: &Viewer,
    app_id: Option<i64>,
    input: &ApplicationInput,
    errors: &[(String, String)],
) -> Result<Html<String>, AppError> {
    let error_fields: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
    // Each message next to its field (several for one field in one line).
    let mut field_errors: BTreeMap<&str, String> = BTreeMap::new();
    for (field, message) in errors {
        let text = field_errors.entry(field.as_str()).or_default();
        if !text.is_empty() {
            text.push('／');
        }
        text.push_str(message);
    }
    render(
        state,
        Some(viewer),
        "applications",
        None,
        "app_form.html",
        context! { app_id, input, errors, error_fields, field_errors, ..form_options() },
    )
}

async fn app_new(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    if viewer.user.is_adviser() {
        return Err(AppError::Forbidden);
    }
    app_form(&state, &viewer, None, &ApplicationInput::default(), &[])
}

async fn app_create(
    State(state): State<AppState>,
    form: PageForm<ApplicationInput>,
) -> Result<Response, AppError> {
    if form.viewer.user.is_adviser() {
        return Err(AppError::Forbidden);
    }
    match form.data.validate(state.today(), None) {
        Ok(data) => {
            let id = state
                .store
                .add_application_for(form.viewer.user.id, &data)
                .await?;
            Ok(see_other(format!("/applications/{id}")))
        }
        Err(errors) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            app_form(&state, &form.viewer, None, &form.data, &errors.0)?,
        )
            .into_response()),
    }
}

async fn app_context(
    state: &AppState,
    readable: &Checked<Applications>,
) -> Result<(Subject, Value), AppError> {
    let access = readable.access();
    let subject = Subject::of_checked(state, readable).await;
    let d = logic::application_detail(state, readable).await?;
    let a = &d.application.data;
    let channel_label = match &a.channel_name {
        Some(n) => format!("{}（{n}）", a.channel.label()),
        None => a.channel.label().to_owned(),
    };
    let events: Vec<Value> = d
        .events
        .iter()
        .map(|e| {
            context! {
                on_date => e.on_date, note => e.note,
                stage => e.stage.label(),
                result => e.result.label(),
            }
        })
        .collect();
    let ctx = context! {
        stage_label => a.furthest_stage.label(),
        outcome_label => a.outcome.label(),
        relation_label => a.relation.label(),
        channel_label,
        events,
        own => access == Access::Owner,
        can_comment => access == Access::Adviser,
        // The forms start empty (the event form at the stage reached); after an error they
        // show what was sent.
        event_input => context! { stage => a.furthest_stage, result => "", on_date => "", note => "" },
        question_input => context! { round => "first", question => "", answer => "" },
        rounds => options(&[Stage::First, Stage::Second, Stage::Final], Stage::code, Stage::label),
        d => Value::from_serialize(&d),
        ..form_options()
    };
    Ok((subject, ctx))
}

/// An application's page in one of its templates (the page or its A4 print view), with what
/// `extra` adds (a form's error and its inputs).
async fn app_page(
    state: &AppState,
    readable: &Checked<Applications>,
    template: &str,
    extra: Value,
) -> Result<Html<String>, AppError> {
    let (subject, ctx) = app_context(state, readable).await?;
    let ctx = context! { ..extra, ..ctx };
    render(
        state,
        Some(readable.viewer()),
        "applications",
        Some(&subject),
        template,
        ctx,
    )
}

async fn app_show(
    State(state): State<AppState>,
    readable: ReadableApplication,
) -> Result<Html<String>, AppError> {
    app_page(&state, &readable, "app_show.html", context! {}).await
}

async fn app_print(
    State(state): State<AppState>,
    readable: ReadableApplication,
) -> Result<Html<String>, AppError> {
    app_page(&state, &readable, "app_print.html", context! {}).await
}

async fn app_edit(
    State(state): State<AppState>,
    owned: OwnedApplication,
) -> Result<Html<String>, AppError> {
    let app = owned.load(&state.store).await?;
    app_form(
        &state,
        owned.viewer(),
        Some(owned.id()),
        &ApplicationInput::from_data(&app.data),
        &[],
    )
}

async fn app_update(
    State(state): State<AppState>,
    owned: OwnedApplication,
    form: PageForm<ApplicationInput>,
) -> Result<Response, AppError> {
    let id = owned.id();
    let current = owned.load(&state.store).await?;
    match form.data.validate(state.today(), Some(&current.data)) {
        Ok(data) => {
            state.store.update_application(id, &data).await?;
            Ok(see_other(format!("/applications/{id}")))
        }
        Err(errors) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            app_form(&state, &form.viewer, Some(id), &form.data, &errors.0)?,
        )
            .into_response()),
    }
}

/// The application's page again after a form's mistake: 422 with the message next to the
/// form and what was typed still in it.
async fn app_page_with_error(
    state: &AppState,
    owned: &OwnedApplication,
    extra: Value,
) -> Result<Response, AppError> {
    let html = app_page(state, owned, "app_show.html", extra).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}

async fn app_event(
    State(state): State<AppState>,
    owned: OwnedApplication,
    form: PageForm<EventInput>,
) -> Result<Response, AppError> {
    match logic::record_event(&state, &owned, &form.data).await {
        Ok(_) => Ok(see_other(format!("/applications/{}", owned.id()))),
        Err(AppError::Invalid(message)) => {
            let f = &form.data;
            let extra = context! {
                event_error => message,
                event_input => context! {
                    stage => f.stage, result => f.result, on_date => f.on_date, note => f.note,
                },
            };
            app_page_with_error(&state, &owned, extra).await
        }
        Err(e) => Err(e),
    }
}

async fn app_question(
    State(state): State<AppState>,
    owned: OwnedApplication,
    form: PageForm<QuestionInput>,
) -> Result<Response, AppError> {
    match logic::add_question(&state, &owned, &form.data).await {
        Ok(qid) => Ok(see_other(format!("/applications/{}#Q{qid}", owned.id()))),
        Err(AppError::Invalid(message)) => {
            let f = &form.data;
            let extra = context! {
                question_error => message,
                question_input => context! {
                    round => f.round, question => f.question, answer => f.answer,
                },
            };
            app_page_with_error(&state, &owned, extra).await
        }
        Err(e) => Err(e),
    }
}

async fn app_delete(
    State(state): State<AppState>,
    owned: OwnedApplication,
    _form: PageForm<Empty>,
) -> Result<Response, AppError> {
    state.store.remove_application(owned.id()).await?;
    Ok(see_other("/applications".into()))
}

// ---------------------------------------------------------------------------------------------
// API

/// 応募の一覧（古い順）
#[utoipa::path(get, path = "/api/v1/applications", tag = "tracker", params(SeekerQuery),
    responses((status = 200, description = "応募の配列", body = serde_json::Value)))]
async fn list_applications(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<SeekerQuery>,
) -> Result<Json<serde_json::Value>, AppError> {
    let (subject, _) = access::subject(&state, &viewer.user, q.seeker).await?;
    value(&state.store.applications_of(subject).await?)
}

/// 応募を登録する
#[utoipa::path(post, path = "/api/v1/applications", tag = "tracker", request_body = ApplicationInput,
    responses((status = 201, description = "登録した応募", body = serde_json::Value),
              (status = 422, description = "入力の誤り（項目ごとの日本語メッセージ）", body = ErrorBody)))]
async fn create_application(
    State(state): State<AppState>,
    viewer: Viewer,
    ApiJson(input): ApiJson<ApplicationInput>,
) -> Result<Response, AppError> {
    if viewer.user.is_adviser() {
        return Err(AppError::Forbidden);
    }
    let data = input
        .validate(state.today(), None)
        .map_err(|e| AppError::Invalid(e.to_string()))?;
    let id = state
        .store
        .add_application_for(viewer.user.id, &data)
        .await?;
    let app = OwnedApplication::just_made(viewer, id)
        .load(&state.store)
        .await?;
    Ok((StatusCode::CREATED, value(&app)?).into_response())
}

/// 応募の詳細（選考の記録、面接の質問と回答、コメント、回ごとの食い違い）
#[utoipa::path(get, path = "/api/v1/applications/{id}", tag = "tracker", params(("id" = i64, Path)),
    responses((status = 200, description = "application, events, interviews, consistency", body = serde_json::Value),
              (status = 404, description = "ない、または見る権限がない", body = ErrorBody)))]
async fn get_application(
    State(state): State<AppState>,
    readable: ReadableApplication,
) -> Result<Json<serde_json::Value>, AppError> {
    value(&logic::application_detail(&state, &readable).await?)
}

/// 応募を更新する（送った項目で置き換え）
#[utoipa::path(put, path = "/api/v1/applications/{id}", tag = "tracker", params(("id" = i64, Path)),
    request_body = ApplicationInput,
    responses((status = 200, description = "更新した応募", body = serde_json::Value),
              (status = 403, description = "本人以外は変更できない", body = ErrorBody),
              (status = 404, description = "ない", body = ErrorBody)))]
async fn update_application(
    State(state): State<AppState>,
    owned: OwnedApplication,
    ApiJson(input): ApiJson<ApplicationInput>,
) -> Result<Json<serde_json::Value>, AppError> {
    let current = owned.load(&state.store).await?;
    let data = input
        .validate(state.today(), Some(&current.data))
        .map_err(|e| AppError::Invalid(e.to_string()))?;
    state.store.update_application(owned.id(), &data).await?;
    value(&owned.load(&state.store).await?)
}

/// 応募を削除する（選考の記録と面接の記録も）
#[utoipa::path(delete, path = "/api/v1/applications/{id}", tag = "tracker", params(("id" = i64, Path)),
    responses((status = 204, description = "削除した"),
              (status = 404, description = "ない", body = ErrorBody)))]
async fn delete_application(
    State(state): State<AppState>,
    owned: OwnedApplication,
) -> Result<StatusCode, AppError> {
    state.store.remove_application(owned.id()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// 選考の結果を記録する（書類通過、一次面接の日程、不合格 …）
#[utoipa::path(post, path = "/api/v1/applications/{id}/events", tag = "tracker", params(("id" = i64, Path)),
    request_body = EventInput,
    responses((status = 201, description = "記録後の応募", body = serde_json::Value),
              (status = 422, description = "段階と結果の組み合わせの誤り", body = ErrorBody)))]
async fn add_event(
    State(state): State<AppState>,
    owned: OwnedApplication,
    ApiJson(input): ApiJson<EventInput>,
) -> Result<Response, AppError> {
    let app = logic::record_event(&state, &owned, &input).await?;
    Ok((StatusCode::CREATED, value(&app)?).into_response())
}

/// 面接で聞かれた質問と回答を記録する
#[utoipa::path(post, path = "/api/v1/applications/{id}/questions", tag = "tracker", params(("id" = i64, Path)),
    request_body = QuestionInput,
    responses((status = 201, description = "id", body = serde_json::Value),
              (status = 422, description = "入力の誤り", body = ErrorBody)))]
async fn add_question(
    State(state): State<AppState>,
    owned: OwnedApplication,
    ApiJson(input): ApiJson<QuestionInput>,
) -> Result<Response, AppError> {
    let qid = logic::add_question(&state, &owned, &input).await?;
    Ok((StatusCode::CREATED, Json(json!({"id": qid}))).into_response())
}
