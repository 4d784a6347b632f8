//! The home page: what to do first, and the advisers' comments that arrived since the seeker last
//! looked; for an adviser, the assigned seekers most in need of attention first (a new résumé
//! version, lines without a comment, the next interview, the nearest benefit deadline).

use axum::extract::State;
use axum::response::Html;
use axum::routing::get;
use minijinja::{Value, context};
use naitei_store::DocumentKind;
use serde::Serialize;
use utoipa_axum::router::OpenApiRouter;

use super::page::render;
use crate::access::Seeker;
use crate::auth::Viewer;
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().route("/", get(home))
}

/// New comments on the seeker's résumé versions since they last opened one.
#[derive(Serialize)]
struct CommentNotice {
    count: usize,
    /// The version to open: the newest one carrying a new comment.
    document_id: i64,
    authors: Vec<String>,
}

async fn comment_notice(
    state: &AppState,
    seeker: &Seeker,
) -> Result<Option<CommentNotice>, AppError> {
    let seen = state.data.last_seen_comment(seeker).await?;
    let new: Vec<_> = state
        .data
        .comments_on_documents_of(seeker, DocumentKind::Resume)
        .await?
        .into_iter()
        .filter(|c| c.id > seen)
        .collect();
    let Some(document_id) = new.iter().filter_map(|c| c.document_id).max() else {
        return Ok(None);
    };
    let mut authors: Vec<String> = Vec::new();
    for c in &new {
        if !authors.contains(&c.author_name) {
            authors.push(c.author_name.clone());
        }
    }
    Ok(Some(CommentNotice {
        count: new.len(),
        document_id,
        authors,
    }))
}

async fn home(State(state): State<AppState>, viewer: Viewer) -> Result<Html<String>, AppError> {
    let (triage, notice) = if viewer.user().is_adviser() {
        let list = state.data.adviser_triage(&viewer, state.today()).await?;
        let list: Vec<Value> = list
            .iter()
            .map(|t| {
                Value::from_serialize(serde_json::json!({
                    "seeker": t.seeker,
                    "attention": t.attention,
                    "attention_label": t.attention.label(),
                    "reasons": t.reasons,
                    "resume": t.resume,
                }))
            })
            .collect();
        (list, None)
    } else {
        (
            Vec::new(),
            comment_notice(&state, &Seeker::own(&viewer)).await?,
        )
    };
    let applications = state
        .data
        .applications_of(&Seeker::own(&viewer))
        .await?
        .len();
    render(
        &state,
        Some(&viewer),
        "home",
        None,
        "home.html",
        context! { triage, notice, applications },
    )
}
