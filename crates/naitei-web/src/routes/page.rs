//! What the pages share: rendering with the header's context, whose data a page shows, the
//! redirect after a form, and errors as an HTML page (or a redirect to the login page).

use axum::extract::{OriginalUri, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use naitei_store::User;
use serde::Deserialize;

use crate::access::{self, Access, Checked, Resource, Seeker};
use crate::auth::Viewer;
use crate::error::ErrorInfo;
use crate::{AppError, AppState};

/// Turns an error response of a page into the HTML error page, and "not logged in" into the
/// login page. API answers (`/api/`) stay JSON.
pub async fn html_errors(
    State(state): State<AppState>,
    OriginalUri(uri): OriginalUri,
    headers: HeaderMap,
    response: Response,
) -> Response {
    if uri.path().starts_with("/api/") {
        return response;
    }
    let Some(info) = response.extensions().get::<ErrorInfo>().cloned() else {
        return response;
    };
    if info.status == StatusCode::UNAUTHORIZED && info.code == "unauthorized" {
        return Redirect::to("/login").into_response();
    }
    error_page(&state, &headers, info.status, &info.message)
        .await
        .unwrap_or(response)
}

/// The error page: a heading in words (the status code is for the API), the message, and
/// the menu when the visitor is logged in, so the way on is always on the page.
pub async fn error_page(
    state: &AppState,
    headers: &HeaderMap,
    status: StatusCode,
    message: &str,
) -> Option<Response> {
    let viewer = crate::auth::viewer_of(headers, state).await;
    let ctx = context! { title => error_title(status), message };
    let html = render(state, viewer.as_ref(), "", None, "error.html", ctx).ok()?;
    Some((status, html).into_response())
}

fn error_title(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "ページが見つかりません",
        StatusCode::FORBIDDEN | StatusCode::UNAUTHORIZED => "この操作はできません",
        StatusCode::UNPROCESSABLE_ENTITY | StatusCode::BAD_REQUEST => "入力を確かめてください",
        StatusCode::PAYLOAD_TOO_LARGE => "送信した内容が大きすぎます",
        StatusCode::TOO_MANY_REQUESTS => "しばらく待ってから、もう一度お試しください",
        StatusCode::SERVICE_UNAVAILABLE => "ただいま混み合っています",
        _ => "うまくいきませんでした",
    }
}

/// A form with nothing but its CSRF token.
#[derive(Deserialize)]
pub struct Empty {}

/// Whose data a page shows, for the header ("〇〇 さんのデータを見ています"), with the proof
/// that the viewer may read their lists.
pub struct Subject {
    seeker: Seeker,
    user: Option<User>,
}

impl std::ops::Deref for Subject {
    type Target = Seeker;
    fn deref(&self) -> &Seeker {
        &self.seeker
    }
}

impl Subject {
    pub async fn of(state: &AppState, seeker: Seeker) -> Self {
        let user = state.data.seeker_user(&seeker).await.ok().flatten();
        Subject { seeker, user }
    }

    /// The owner of checked data.
    pub async fn of_checked<R: Resource>(state: &AppState, checked: &Checked<R>) -> Self {
        Subject::of(state, checked.seeker()).await
    }

    /// Whose lists a page shows (`?seeker=`); `None` for an adviser who named nobody.
    pub async fn of_lists(
        state: &AppState,
        viewer: &Viewer,
        seeker: Option<i64>,
    ) -> Result<Option<Subject>, AppError> {
        if viewer.user().is_adviser() && seeker.is_none() {
            return Ok(None);
        }
        let seeker = access::subject(state, viewer, seeker).await?;
        Ok(Some(Subject::of(state, seeker).await))
    }

    pub fn own(&self) -> bool {
        self.access() == Access::Owner
    }

    fn query(&self) -> String {
        match self.access() {
            Access::Owner => String::new(),
            Access::Adviser => format!("?seeker={}", self.id()),
        }
    }
}

/// A template with what the layout needs (who is logged in, the CSRF token, the section of
/// the menu, whose data it is).
pub fn render(
    state: &AppState,
    viewer: Option<&Viewer>,
    section: &str,
    subject: Option<&Subject>,
    template: &str,
    ctx: Value,
) -> Result<Html<String>, AppError> {
    let ctx = context! {
        me => viewer.map(|v| v.user()),
        csrf => viewer.map(|v| v.csrf.as_str()),
        multi_user => state.config.multi_user,
        section => section,
        seeker_q => subject.map(Subject::query).unwrap_or_default(),
        subject_name => subject.and_then(|s| s.user.as_ref()).map(|u| u.display_name.as_str()),
        ..ctx
    };
    state.views.render(template, ctx)
}

/// The redirect after a form (303).
pub fn see_other(to: String) -> Response {
    Redirect::to(&to).into_response()
}
