//! Interview questions logged on an application: the assigned adviser's comments on them
//! (the page's form and the API). The questions are recorded through `applications`.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde::Deserialize;
use serde_json::json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::page::see_other;
use super::{CommentRequest, ErrorBody, comment_body};
use crate::access::AdvisedQuestion;
use crate::extract::{ApiJson, PageForm};
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route("/questions/{id}/comments", post(question_comment))
        .routes(routes!(comment_question))
}

#[derive(Deserialize)]
struct QuestionCommentForm {
    body: String,
}

async fn question_comment(
    advised: AdvisedQuestion,
    form: PageForm<QuestionCommentForm>,
) -> Result<Response, AppError> {
    add_question_comment(&advised, &form.data.body).await?;
    let app = advised.load().await?;
    Ok(see_other(format!("/applications/{app}#Q{}", advised.id())))
}

/// 面接の質問と回答にコメントする（担当アドバイザー）
#[utoipa::path(post, path = "/api/v1/questions/{id}/comments", tag = "tracker", params(("id" = i64, Path)),
    request_body = CommentRequest,
    responses((status = 201, description = "id", body = serde_json::Value),
              (status = 403, description = "担当アドバイザー以外", body = ErrorBody),
              (status = 404, description = "ない", body = ErrorBody)))]
async fn comment_question(
    advised: AdvisedQuestion,
    ApiJson(req): ApiJson<CommentRequest>,
) -> Result<Response, AppError> {
    let cid = add_question_comment(&advised, &req.body).await?;
    Ok((StatusCode::CREATED, Json(json!({"id": cid}))).into_response())
}

async fn add_question_comment(advised: &AdvisedQuestion, body: &str) -> Result<i64, AppError> {
    let body = comment_body(body)?;
    advised.add_comment(&body).await
}
