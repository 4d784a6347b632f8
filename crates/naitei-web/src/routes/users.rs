//! Accounts: the login page and form, logging out, and the API's `/me`, `/login`, `/logout`
//! and an adviser's `/seekers`.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Json};
use minijinja::context;
use naitei_store::ROLE_ADVISER;
use serde::Deserialize;
use serde_json::{Value, json};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::page::{Empty, render, see_other};
use super::{ErrorBody, value};
use crate::auth::{self, MaybeViewer, Viewer};
use crate::extract::{ApiJson, PageForm};
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route("/login", get(login_page).post(login_post))
        .route("/logout", post(logout_form))
        .routes(routes!(me))
        .routes(routes!(login))
        .routes(routes!(logout))
        .routes(routes!(seekers))
}

// ---------------------------------------------------------------------------------------------
// Pages

async fn login_page(
    State(state): State<AppState>,
    MaybeViewer(viewer): MaybeViewer,
) -> Result<Response, AppError> {
    if viewer.is_some() {
        return Ok(see_other("/".into()));
    }
    Ok(render(&state, None, "", None, "login.html", context! {})?.into_response())
}

#[derive(Deserialize)]
struct LoginForm {
    login: String,
    password: String,
}

async fn login_post(
    State(state): State<AppState>,
    auth::PeerIp(ip): auth::PeerIp,
    headers: axum::http::HeaderMap,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    // There is no session (so no CSRF token) before logging in: refuse logins posted from
    // another site, which would sign the visitor into someone else's account.
    if !auth::same_origin(&headers) {
        return Err(AppError::Csrf);
    }
    match auth::login(&state, &form.login, &form.password, ip).await {
        Ok((token, _)) => Ok((
            [(
                header::SET_COOKIE,
                auth::session_cookie(&token, state.config.secure_cookies),
            )],
            Redirect::to("/"),
        )
            .into_response()),
        Err(e @ (AppError::BadCredentials | AppError::RateLimited)) => {
            let (status, _) = e.status_and_code();
            let html = render(
                &state,
                None,
                "",
                None,
                "login.html",
                context! { error => e.to_string(), login => form.login },
            )?;
            Ok((status, html).into_response())
        }
        Err(e) => Err(e),
    }
}

async fn logout_form(
    State(state): State<AppState>,
    form: PageForm<Empty>,
) -> Result<Response, AppError> {
    if let Some(hash) = &form.viewer.session {
        state.data.delete_session(hash).await?;
    }
    Ok((
        [(
            header::SET_COOKIE,
            auth::clear_cookie(state.config.secure_cookies),
        )],
        Redirect::to("/login"),
    )
        .into_response())
}

// ---------------------------------------------------------------------------------------------
// API

#[derive(Deserialize, ToSchema)]
pub struct LoginRequest {
    login: String,
    password: String,
}

/// ログイン中のユーザー
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts",
    responses((status = 200, description = "user と csrf_token（個人モードでは local）", body = serde_json::Value),
              (status = 401, description = "未ログイン", body = ErrorBody)))]
async fn me(State(state): State<AppState>, viewer: Viewer) -> Json<Value> {
    Json(json!({
        "user": viewer.user(),
        "csrf_token": viewer.csrf,
        "multi_user": state.config.multi_user,
    }))
}

/// ログインする（複数ユーザーモード）。セッション Cookie と CSRF トークンを返す
#[utoipa::path(post, path = "/api/v1/login", tag = "accounts", request_body = LoginRequest,
    responses((status = 200, description = "user と csrf_token", body = serde_json::Value),
              (status = 401, description = "ログイン名かパスワードが違う", body = ErrorBody),
              (status = 429, description = "失敗が続いたため一時的にロック", body = ErrorBody)))]
async fn login(
    State(state): State<AppState>,
    auth::PeerIp(ip): auth::PeerIp,
    ApiJson(req): ApiJson<LoginRequest>,
) -> Result<Response, AppError> {
    let (token, viewer) = auth::login(&state, &req.login, &req.password, ip).await?;
    Ok((
        [(
            header::SET_COOKIE,
            auth::session_cookie(&token, state.config.secure_cookies),
        )],
        Json(json!({"user": viewer.user(), "csrf_token": viewer.csrf})),
    )
        .into_response())
}

/// ログアウトする
#[utoipa::path(post, path = "/api/v1/logout", tag = "accounts",
    responses((status = 204, description = "セッションを終了した")))]
async fn logout(
    State(state): State<AppState>,
    MaybeViewer(viewer): MaybeViewer,
) -> Result<Response, AppError> {
    if let Some(hash) = viewer.and_then(|v| v.session) {
        state.data.delete_session(&hash).await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        [(
            header::SET_COOKIE,
            auth::clear_cookie(state.config.secure_cookies),
        )],
    )
        .into_response())
}

/// 担当する求職者の一覧（アドバイザー）
#[utoipa::path(get, path = "/api/v1/seekers", tag = "accounts",
    responses((status = 200, description = "担当する求職者", body = serde_json::Value),
              (status = 403, description = "アドバイザーではない", body = ErrorBody)))]
async fn seekers(State(state): State<AppState>, viewer: Viewer) -> Result<Json<Value>, AppError> {
    if viewer.user().role != ROLE_ADVISER {
        return Err(AppError::Forbidden);
    }
    value(&state.data.seekers_of(&viewer).await?)
}
