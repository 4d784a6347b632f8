//! 「書き直す」 (issue #20): a weak achievement line of a résumé version, the questions that fill
//! what it lacks (naitei-core `rewrite`), the line composed from the seeker's answers with its
//! review, and the accepted line saved as a new version (comments on unchanged lines follow it).
//! No number is ever written that the seeker did not give: without one, the page says how to
//! measure it instead.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use minijinja::{Value, context};
use naitei_core::rewrite::{self, Answers, Composition, Target};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;

use super::documents::{derived_label, save_resume};
use super::page::{Subject, render, see_other};
use crate::access::OwnedDocument;
use crate::extract::PageForm;
use crate::logic::blocking;
use crate::{AppError, AppState};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route(
            "/resume/{id}/rewrite",
            get(rewrite_form).post(rewrite_compose),
        )
        .route("/resume/{id}/rewrite/accept", post(rewrite_accept))
}

#[derive(Deserialize)]
struct LineQuery {
    line: usize,
}

/// The seeker's answers as the form sends them (an empty field is no answer).
#[derive(Deserialize, Default)]
struct RewriteForm {
    line: usize,
    #[serde(default)]
    problem: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    measure: String,
    #[serde(default)]
    before: String,
    #[serde(default)]
    after: String,
    #[serde(default)]
    period: String,
}

impl RewriteForm {
    fn answers(&self) -> Answers {
        let opt = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        Answers {
            problem: opt(&self.problem),
            action: opt(&self.action),
            measure: opt(&self.measure),
            before: opt(&self.before),
            after: opt(&self.after),
            period: opt(&self.period),
        }
    }
}

/// The version's weak line `line` (its first line or any of its lines), and, with answers, the
/// composed line; also the text after accepting it.
struct Planned {
    target: Target,
    composition: Option<Composition>,
    rewritten: Option<String>,
}

async fn plan(
    state: &AppState,
    text: String,
    line: usize,
    answers: Option<Answers>,
) -> Result<Planned, AppError> {
    let config = state.config.engine.clone();
    blocking(move || {
        let (doc, _review, targets, style) = rewrite::plan(&text, &config);
        let target = targets
            .into_iter()
            .find(|t| t.line == line || t.lines.contains(&line))
            .ok_or_else(|| {
                AppError::Invalid(
                    "この行は書き直しの候補ではありません（課題・行動・数字がそろっているか、実績の行ではありません）".into(),
                )
            })?;
        let composition = answers.map(|a| rewrite::compose(&target, &a, style, &config));
        let rewritten = match &composition {
            Some(Composition::Composed { line, .. }) => {
                Some(rewrite::apply(&text, &doc, &target, line))
            }
            _ => None,
        };
        Ok(Planned {
            target,
            composition,
            rewritten,
        })
    })
    .await?
}

async fn page(
    state: &AppState,
    owned: &OwnedDocument,
    planned: &Planned,
    form: &RewriteForm,
) -> Result<Html<String>, AppError> {
    let doc = owned.load().await?;
    let subject = Subject::of_checked(state, owned).await;
    let ask: Vec<&str> = match &planned.composition {
        Some(Composition::NeedsAnswer { ask, .. }) => ask.iter().map(|k| k.id()).collect(),
        _ => Vec::new(),
    };
    let answers = form.answers();
    render(
        state,
        Some(owned.viewer()),
        "resume",
        Some(&subject),
        "resume_rewrite.html",
        context! {
            doc,
            target => Value::from_serialize(&planned.target),
            result => planned.composition.as_ref().map(Value::from_serialize),
            ask,
            answers => Value::from_serialize(&answers),
            line => form.line,
        },
    )
}

async fn rewrite_form(
    State(state): State<AppState>,
    owned: OwnedDocument,
    Query(q): Query<LineQuery>,
) -> Result<Html<String>, AppError> {
    let doc = owned.load().await?;
    let planned = plan(&state, doc.content, q.line, None).await?;
    let form = RewriteForm {
        line: q.line,
        ..RewriteForm::default()
    };
    page(&state, &owned, &planned, &form).await
}

/// Composes the line from the answers and shows it with its review (or what is still missing).
async fn rewrite_compose(
    State(state): State<AppState>,
    owned: OwnedDocument,
    form: PageForm<RewriteForm>,
) -> Result<Response, AppError> {
    let doc = owned.load().await?;
    let f = &form.data;
    let planned = plan(&state, doc.content, f.line, Some(f.answers())).await?;
    answered_page(&state, &owned, &planned, f).await
}

/// The page after answers: 422 when they do not make a line yet (the message by the form).
async fn answered_page(
    state: &AppState,
    owned: &OwnedDocument,
    planned: &Planned,
    f: &RewriteForm,
) -> Result<Response, AppError> {
    let html = page(state, owned, planned, f).await?;
    let status = match planned.composition {
        Some(Composition::NeedsAnswer { .. }) => StatusCode::UNPROCESSABLE_ENTITY,
        _ => StatusCode::OK,
    };
    Ok((status, html).into_response())
}

/// Saves the version with the composed line (composed again from the same answers, so only a
/// line the engine made from the seeker's facts is saved).
async fn rewrite_accept(
    State(state): State<AppState>,
    owned: OwnedDocument,
    form: PageForm<RewriteForm>,
) -> Result<Response, AppError> {
    let doc = owned.load().await?;
    let f = &form.data;
    let planned = plan(&state, doc.content, f.line, Some(f.answers())).await?;
    let Some(text) = planned.rewritten.clone() else {
        return answered_page(&state, &owned, &planned, f).await;
    };
    let label = derived_label(&doc.label, "書き直し");
    let id = save_resume(&state, owned.viewer(), Some(&label), text).await?;
    Ok(see_other(format!("/resume/{id}?changed=1")))
}
