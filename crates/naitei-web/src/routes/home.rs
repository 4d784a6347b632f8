//! The home page: what to do first; an adviser's list of assigned seekers.

use axum::extract::State;
use axum::response::Html;
use axum::routing::get;
use minijinja::context;
use utoipa_axum::router::OpenApiRouter;

use super::page::render;
use crate::auth::Viewer;
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().route("/", get(home))
}

async fn home(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    let seekers = if viewer.user.is_adviser() {
        state.store.seekers_of(viewer.user.id).await?
    } else {
        Vec::new()
    };
    let applications = state.store.applications_of(viewer.user.id).await?.len();
    render(
        &state,
        Some(&viewer),
        "home",
        None,
        "home.html",
        context! { seekers, applications },
    )
}
