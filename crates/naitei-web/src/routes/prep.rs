//! The second-interview prep sheet (二次面接の準備): the posting's requirements against the
//! résumé, likely questions and questions to ask. API only for now.

use axum::Json;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{ErrorBody, value};
use crate::auth::Viewer;
use crate::extract::ApiJson;
use crate::logic::cancellable;
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(prep))
}

#[derive(Deserialize, ToSchema)]
pub struct PrepRequest {
    /// 求人票の本文（テキストまたは Markdown）
    posting: String,
    /// 職務経歴書の本文
    resume: String,
}

/// 二次面接の準備シート（`naitei prep --format json` の requirements ほか。一次の記録は含まない）
#[utoipa::path(post, path = "/api/v1/prep", tag = "engines", request_body = PrepRequest,
    responses((status = 200, description = "requirements（text, kind, gap, matches）, questions, reverse_questions, plan …", body = serde_json::Value),
              (status = 422, description = "求人票から要件を読み取れない、または職務経歴の行がない", body = ErrorBody)))]
async fn prep(
    _viewer: Viewer,
    ApiJson(req): ApiJson<PrepRequest>,
) -> Result<Json<serde_json::Value>, AppError> {
    let sheet = cancellable(move |c| {
        if naitei_core::prep::posting::parse(&req.posting).items.is_empty() {
            return Ok(Err(AppError::Invalid(
                "求人票から仕事内容・応募資格・歓迎要件を読み取れませんでした。「【必須】」「■応募資格」のような見出しを付けるか、求人票の本文をそのまま貼り付けてください".into(),
            )));
        }
        if naitei_core::document::Document::parse_cancellable(&req.resume, c)?
            .career_items()
            .is_empty()
        {
            return Ok(Err(AppError::Invalid(
                "職務経歴書に職務経歴の行が見つかりません。「## 職務経歴」の見出しの下に、業務や実績を「- 」で始まる行で書いてください".into(),
            )));
        }
        naitei_core::prep::prepare_cancellable(&req.posting, &req.resume, None, c).map(Ok)
    })
    .await??;
    value(&sheet)
}
