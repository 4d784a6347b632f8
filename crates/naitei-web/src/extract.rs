//! Request extractors whose failures are [`AppError`]s (JSON errors with a Japanese message,
//! 413 over the body limit) instead of axum's plain-text rejections.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::response::IntoResponse;
use serde::de::DeserializeOwned;

use crate::auth::{CSRF_FIELD, Viewer};
use crate::{AppError, AppState};

/// A JSON body.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, AppError> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(rejection) => {
                let status = rejection.status();
                let detail = rejection.body_text();
                Err(match status {
                    axum::http::StatusCode::UNPROCESSABLE_ENTITY => AppError::Invalid(format!(
                        "JSON の項目が足りないか、値の型が違います（{detail}）"
                    )),
                    _ => AppError::from_rejection(status, detail, state.config.body_limit),
                })
            }
        }
    }
}

/// The raw body, within the limit.
pub async fn body_bytes(req: Request, state: &AppState) -> Result<Bytes, AppError> {
    Bytes::from_request(req, state).await.map_err(|r| {
        let status = r.into_response().status();
        AppError::from_rejection(status, String::new(), state.config.body_limit)
    })
}

/// A URL-encoded form posted by a page, with its CSRF token checked, and who posted it.
pub struct PageForm<T> {
    pub viewer: Viewer,
    pub data: T,
}

impl<T: DeserializeOwned> FromRequest<AppState> for PageForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, AppError> {
        let (mut parts, body) = req.into_parts();
        let viewer = Viewer::from_request_parts(&mut parts, state).await?;
        let bytes = body_bytes(Request::from_parts(parts, body), state).await?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
            .map_err(|e| AppError::BadRequest(format!("フォームを読めません（{e}）")))?;
        let token = pairs
            .iter()
            .find(|(k, _)| k == CSRF_FIELD)
            .map(|(_, v)| v.as_str());
        viewer.check_csrf(token)?;
        let data = serde_urlencoded::from_bytes(&bytes)
            .map_err(|e| AppError::BadRequest(format!("フォームを読めません（{e}）")))?;
        Ok(PageForm { viewer, data })
    }
}
