//! The one error type of the web app and its mapping to HTTP, in one place.
//!
//! Every error becomes a JSON body `{"error": {"code": "...", "message": "日本語"}}`; the pages'
//! middleware (`routes::html_errors`) turns the same error into an HTML page (or a redirect to the
//! login page) using the [`ErrorInfo`] the response carries.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use naitei_store::StoreError;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The request cannot be read (not JSON, a missing field …).
    #[error("{0}")]
    BadRequest(String),
    /// The request is readable but a value is wrong; the message names the field.
    #[error("{0}")]
    Invalid(String),
    #[error("ログインしてください")]
    Unauthorized,
    #[error("この操作をする権限がありません")]
    Forbidden,
    #[error(
        "フォームの有効期限が切れたか、別のサイトから送信されました（CSRF）。ページを開き直してから、もう一度送信してください"
    )]
    Csrf,
    #[error("ページまたはデータが見つかりません")]
    NotFound,
    #[error(
        "送信された内容が大きすぎます（上限 {}）。ファイルを分けるか短くしてください",
        megabytes(*.0)
    )]
    TooLarge(usize),
    /// More text than the answer, compare, goals and prep engines take in one request.
    #[error(
        "文章が長すぎます（{}字まで、送られたのは{}字）。回答や職務経歴書を分けて、一つずつ送ってください",
        thousands(*limit),
        thousands(*chars)
    )]
    TextTooLong { chars: usize, limit: usize },
    #[error("ログインに続けて失敗したため、しばらく（15分）ログインできません")]
    RateLimited,
    #[error("ログイン名またはパスワードが違います")]
    BadCredentials,
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A stored row outside the vocabulary: the data is damaged, not the request.
    #[error("保存されているデータに読めない値があります: {0}")]
    BadData(String),
    #[error("サーバーの内部でエラーが発生しました。時間をおいて、もう一度お試しください")]
    Internal(String),
}

/// What the error page needs; carried in the response's extensions.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

#[derive(Serialize)]
struct Body<'a> {
    error: BodyInner<'a>,
}

#[derive(Serialize)]
struct BodyInner<'a> {
    code: &'a str,
    message: &'a str,
}

impl AppError {
    pub fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            AppError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid"),
            AppError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized"),
            AppError::Forbidden => (StatusCode::FORBIDDEN, "forbidden"),
            AppError::Csrf => (StatusCode::FORBIDDEN, "csrf"),
            AppError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            AppError::TooLarge(_) | AppError::TextTooLong { .. } => {
                (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large")
            }
            AppError::RateLimited => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            AppError::BadCredentials => (StatusCode::UNAUTHORIZED, "bad_credentials"),
            AppError::Store(e) => match e {
                StoreError::ApplicationNotFound(_) | StoreError::UserNotFound(_) => {
                    (StatusCode::NOT_FOUND, "not_found")
                }
                StoreError::UserExists(_) => (StatusCode::CONFLICT, "conflict"),
                StoreError::WrongRole { .. } | StoreError::ControlCharacter { .. } => {
                    (StatusCode::UNPROCESSABLE_ENTITY, "invalid")
                }
                StoreError::Locked { .. } => (StatusCode::SERVICE_UNAVAILABLE, "locked"),
                _ => (StatusCode::INTERNAL_SERVER_ERROR, "database"),
            },
            AppError::BadData(_) => (StatusCode::INTERNAL_SERVER_ERROR, "bad_data"),
            AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }

    /// Maps an extractor's rejection (bad JSON, too large, wrong content type).
    pub fn from_rejection(status: StatusCode, detail: String, limit: usize) -> AppError {
        match status {
            StatusCode::PAYLOAD_TOO_LARGE => AppError::TooLarge(limit),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::BadRequest(
                "Content-Type が違います（JSON なら application/json で送ってください）".into(),
            ),
            _ => AppError::BadRequest(format!("送信内容を読めません（{detail}）")),
        }
    }
}

/// A count with thousands separators, as Japanese text writes it (35,000).
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A size in bytes as people read it: `1 MB`, `1.5 MB`, `0.5 MB` (1 MB = 1,048,576 bytes).
pub fn megabytes(bytes: usize) -> String {
    let mb = format!("{:.1}", bytes as f64 / 1_048_576.0);
    let mb = mb.strip_suffix(".0").unwrap_or(&mb);
    format!("{mb} MB")
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        // The cause is logged; the user sees a clean message (database paths are not secrets
        // for a local tool, but server internals are not the user's business).
        let message = match &self {
            AppError::Store(e) if status == StatusCode::INTERNAL_SERVER_ERROR => {
                eprintln!("naitei serve: {e}");
                "データベースでエラーが発生しました。時間をおいて、もう一度お試しください"
                    .to_owned()
            }
            AppError::Internal(cause) => {
                eprintln!("naitei serve: {cause}");
                self.to_string()
            }
            _ => self.to_string(),
        };
        let mut response = (
            status,
            Json(Body {
                error: BodyInner {
                    code,
                    message: &message,
                },
            }),
        )
            .into_response();
        response.extensions_mut().insert(ErrorInfo {
            status,
            code,
            message,
        });
        response
    }
}

impl From<naitei_tracker::Error> for AppError {
    fn from(e: naitei_tracker::Error) -> Self {
        match e {
            naitei_tracker::Error::Invalid(m) => AppError::Invalid(m),
            naitei_tracker::Error::Fields(f) => AppError::Invalid(f.to_string()),
            naitei_tracker::Error::Store(s) => AppError::Store(s),
            e @ naitei_tracker::Error::BadRow { .. } => AppError::BadData(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_given_in_megabytes() {
        assert_eq!(megabytes(1_048_576), "1 MB");
        assert_eq!(megabytes(5 * 1_048_576), "5 MB");
        assert_eq!(megabytes(1_572_864), "1.5 MB");
        assert_eq!(megabytes(500_000), "0.5 MB");
        assert!(
            AppError::TooLarge(1_048_576)
                .to_string()
                .contains("上限 1 MB")
        );
    }
}
