//! The routes, one file per resource; each holds the pages (HTML forms, in Japanese) and the
//! JSON API (`/api/v1/`, with its OpenAPI document generated from the annotations) of that
//! resource. [`router`] assembles them.
//!
//! A route that takes the `{id}` of someone's data takes a proof from [`crate::access`]
//! (`OwnedApplication`, `ReadableDocument` …) and reaches the row only through it.

mod answers;
mod applications;
mod documents;
mod funnel;
mod goals;
mod home;
mod page;
mod plan;
mod prep;
mod questions;
mod rewrite;
mod rules;
mod users;

use axum::Json;
use serde::Deserialize;
use serde_json::Value;
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;

use crate::{AppError, AppState};

pub use page::{error_page, html_errors};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "naitei API",
        description = "naitei（内定）の JSON API: 職務経歴書の添削、面接回答のチェック、回答どうしの食い違い、応募管理、選考の分析、計画。エラーは {\"error\": {\"code\", \"message\"}}（message は日本語）。"
    ),
    components(schemas(ErrorBody, ErrorDetail))
)]
struct ApiDoc;

/// Every page and API route. API paths are registered with the same macro that documents
/// them, so the OpenAPI document lists exactly the API routes the router has. Errors of the
/// pages become HTML through [`html_errors`] (a layer the caller adds: it needs the state).
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(home::routes())
        .merge(users::routes())
        .merge(documents::routes())
        .merge(rewrite::routes())
        .merge(answers::routes())
        .merge(applications::routes())
        .merge(questions::routes())
        .merge(funnel::routes())
        .merge(plan::routes())
        .merge(prep::routes())
        .merge(goals::routes())
        .merge(rules::routes())
}

/// The error body of every failed request.
#[derive(ToSchema)]
#[allow(dead_code)] // documentation only: the body is written by `AppError`
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(ToSchema)]
#[allow(dead_code)]
struct ErrorDetail {
    /// bad_request | invalid | unauthorized | forbidden | csrf | not_found | payload_too_large |
    /// rate_limited | bad_credentials | conflict | locked | database | internal
    #[schema(example = "invalid")]
    code: String,
    /// 利用者に見せる日本語のメッセージ
    #[schema(example = "会社名を入力してください")]
    message: String,
}

/// Whose lists a request is about (`?seeker=`), for an adviser.
#[derive(Deserialize, IntoParams, Default)]
pub struct SeekerQuery {
    /// アドバイザーが見る求職者の id（求職者本人は省略）
    seeker: Option<i64>,
}

/// A value as the JSON answer.
fn value<T: serde::Serialize>(v: &T) -> Result<Json<Value>, AppError> {
    serde_json::to_value(v)
        .map(Json)
        .map_err(|e| AppError::Internal(e.to_string()))
}

// An adviser's comment on a résumé line or an interview answer (a plain comment: a doc
// comment would become the schema's description in the OpenAPI document).
#[derive(Deserialize, ToSchema)]
pub struct CommentRequest {
    /// 行番号（職務経歴書へのコメントのとき、1 から）
    #[serde(default)]
    line: Option<i64>,
    body: String,
}

/// An adviser's comment as it is kept: trimmed, not empty, at most 4000 characters.
fn comment_body(body: &str) -> Result<String, AppError> {
    let body = body.trim();
    if body.is_empty() {
        return Err(AppError::Invalid("コメントを入力してください".into()));
    }
    if body.chars().count() > 4000 {
        return Err(AppError::Invalid(
            "コメントは4000文字までにしてください".into(),
        ));
    }
    Ok(body.to_owned())
}
