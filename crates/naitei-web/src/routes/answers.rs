//! Interview answers (面接の回答): the page that checks one or more answers, and the API's
//! answer check and the comparison of two answers (or a résumé and an answer).

use axum::Json;
use axum::extract::State;
use axum::response::Html;
use axum::routing::get;
use minijinja::{Value, context};
use naitei_core::answer::{self, AnswerFileReport, QuestionKind};
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::page::render;
use super::{ErrorBody, value};
use crate::auth::Viewer;
use crate::extract::{ApiJson, PageForm};
use crate::logic::{cancellable, within_engine_budget};
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route("/answer", get(answer_page).post(answer_post))
        .routes(routes!(answer))
        .routes(routes!(compare))
}

/// The kind of question named in a request (none: guessed from the headings).
fn question_kind(q: Option<&str>) -> Result<Option<QuestionKind>, AppError> {
    match q.map(str::trim).filter(|q| !q.is_empty()) {
        None => Ok(None),
        Some(q) => QuestionKind::parse(q).map(Some).ok_or_else(|| {
            AppError::Invalid(format!(
                "質問の種類「{q}」はありません（reason, motive, pr, strength, weakness, success, failure, reverse, other）"
            ))
        }),
    }
}

// ---------------------------------------------------------------------------------------------
// Page

fn kinds() -> (Vec<Value>, Value) {
    let list = QuestionKind::ALL
        .iter()
        .map(|k| context! { id => k.id(), label => k.label() })
        .collect();
    let labels: std::collections::BTreeMap<&str, &str> = QuestionKind::ALL
        .iter()
        .map(|k| (k.id(), k.label()))
        .collect();
    (list, Value::from_serialize(labels))
}

fn sev_labels() -> Value {
    Value::from_serialize(
        [("error", "エラー"), ("warning", "警告"), ("info", "情報")]
            .into_iter()
            .collect::<std::collections::BTreeMap<_, _>>(),
    )
}

async fn answer_page(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Html<String>, AppError> {
    let (kinds, kind_labels) = kinds();
    render(
        &state,
        Some(&viewer),
        "answer",
        None,
        "answer.html",
        context! { kinds, kind_labels, question => "reason" },
    )
}

#[derive(Deserialize)]
struct AnswerForm {
    question: String,
    text: String,
}

async fn answer_post(
    State(state): State<AppState>,
    form: PageForm<AnswerForm>,
) -> Result<Html<String>, AppError> {
    let (kinds, kind_labels) = kinds();
    let kind = question_kind(Some(&form.data.question))?;
    within_engine_budget(&[&form.data.text])?;
    let config = state.config.engine.clone();
    let text = form.data.text.clone();
    let results =
        cancellable(move |c| naitei_core::answer::review_all_cancellable(&text, kind, &config, c))
            .await?;
    let error = results.is_empty().then_some("回答を入力してください");
    render(
        &state,
        Some(&form.viewer),
        "answer",
        None,
        "answer.html",
        context! {
            kinds, kind_labels, sev_labels => sev_labels(),
            question => form.data.question, text => form.data.text,
            results => Value::from_serialize(&results), error,
        },
    )
}

// ---------------------------------------------------------------------------------------------
// API

#[derive(Deserialize, ToSchema)]
pub struct AnswerRequest {
    /// 回答の本文。見出し（## 転職理由 など）で複数の回答を書けます
    text: String,
    /// reason | motive | pr | strength | weakness | success | failure | reverse | other
    #[serde(default)]
    question: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct CompareRequest {
    /// 先の回答（または職務経歴書）
    first: String,
    /// 後の回答
    second: String,
}

/// 面接の回答をチェックする（`naitei answer --format json` と同じオブジェクト）
#[utoipa::path(post, path = "/api/v1/answer", tag = "engines", request_body = AnswerRequest,
    responses((status = 200, description = "question, weak, score, signals, speaking_seconds, diagnostics", body = serde_json::Value),
              (status = 422, description = "本文が空、または質問の種類が不明", body = ErrorBody)))]
async fn answer(
    State(state): State<AppState>,
    _viewer: Viewer,
    ApiJson(req): ApiJson<AnswerRequest>,
) -> Result<Json<serde_json::Value>, AppError> {
    let kind = question_kind(req.question.as_deref())?;
    within_engine_budget(&[&req.text])?;
    let config = state.config.engine.clone();
    let text = req.text;
    let reviews =
        cancellable(move |c| answer::review_all_cancellable(&text, kind, &config, c)).await?;
    if reviews.is_empty() {
        return Err(AppError::Invalid("回答の本文がありません".into()));
    }
    value(&AnswerFileReport::new("-", &reviews))
}

/// 2つの回答（または職務経歴書と回答）の食い違いを見つける
#[utoipa::path(post, path = "/api/v1/compare", tag = "engines", request_body = CompareRequest,
    responses((status = 200, description = "consistent, conflicts（kind, first, second, message）", body = serde_json::Value),
              (status = 422, description = "どちらかが空", body = ErrorBody)))]
async fn compare(
    _viewer: Viewer,
    ApiJson(req): ApiJson<CompareRequest>,
) -> Result<Json<serde_json::Value>, AppError> {
    if req.first.trim().is_empty() || req.second.trim().is_empty() {
        return Err(AppError::Invalid(
            "比べる文章を2つ（first と second）指定してください".into(),
        ));
    }
    within_engine_budget(&[&req.first, &req.second])?;
    let c =
        cancellable(move |c| naitei_core::compare::compare_cancellable(&req.first, &req.second, c))
            .await?;
    let mut v = serde_json::to_value(&c).map_err(|e| AppError::Internal(e.to_string()))?;
    if let serde_json::Value::Object(map) = &mut v {
        map.insert("first_path".into(), json!("first"));
        map.insert("second_path".into(), json!("second"));
    }
    Ok(Json(v))
}
