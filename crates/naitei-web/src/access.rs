//! Who may see and change what. A seeker sees only their own data; an adviser sees (and
//! comments on) the data of the seekers assigned to them and changes nothing else. Anything
//! else is "not found", so ids of other people's data reveal nothing.

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use naitei_store::User;

use crate::auth::Viewer;
use crate::{AppError, AppState};

/// How the viewer relates to the owner of some data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Owner,
    /// An adviser assigned to the owner: may read and comment.
    Adviser,
}

/// The viewer's access to data owned by `owner` (None: no such data).
pub async fn access(
    state: &AppState,
    viewer: &User,
    owner: Option<i64>,
) -> Result<Access, AppError> {
    let owner = owner.ok_or(AppError::NotFound)?;
    if owner == viewer.id {
        return Ok(Access::Owner);
    }
    if viewer.is_adviser() && state.store.is_assigned(viewer.id, owner).await? {
        return Ok(Access::Adviser);
    }
    Err(AppError::NotFound)
}

/// Only the owner may change data; an assigned adviser is told it is not allowed.
async fn must_own(state: &AppState, viewer: &User, owner: Option<i64>) -> Result<(), AppError> {
    match access(state, viewer, owner).await? {
        Access::Owner => Ok(()),
        Access::Adviser => Err(AppError::Forbidden),
    }
}

/// Only the seeker who owns the application changes it (an id of someone else's is 404).
async fn must_own_application(state: &AppState, viewer: &User, id: i64) -> Result<(), AppError> {
    must_own(state, viewer, state.store.application_owner(id).await?).await
}

/// Only an assigned adviser comments.
async fn must_advise(state: &AppState, viewer: &User, owner: Option<i64>) -> Result<(), AppError> {
    match access(state, viewer, owner).await? {
        Access::Adviser => Ok(()),
        Access::Owner => Err(AppError::Forbidden),
    }
}

/// Whose lists a request is about: the viewer's own, or (for an adviser) the seeker given.
pub async fn subject(
    state: &AppState,
    viewer: &User,
    seeker: Option<i64>,
) -> Result<(i64, Access), AppError> {
    match seeker {
        None | Some(0) if !viewer.is_adviser() => Ok((viewer.id, Access::Owner)),
        None | Some(0) => Err(AppError::Invalid(
            "アドバイザーは、見る求職者を seeker で指定してください".into(),
        )),
        Some(id) => Ok((id, access(state, viewer, Some(id)).await?)),
    }
}

/// The `{id}` of the path (anything else is "not found").
async fn path_id(parts: &mut Parts, state: &AppState) -> Result<i64, AppError> {
    Path::<i64>::from_request_parts(parts, state)
        .await
        .map(|Path(id)| id)
        .map_err(|_| AppError::NotFound)
}

/// Proof that the viewer owns the application `{id}` of the path. A handler that changes an
/// application takes this extractor to get the id, so it cannot compile without the check; it
/// cannot be built anywhere else (the field is private).
#[derive(Debug, Clone, Copy)]
pub struct OwnedApplication {
    id: i64,
}

impl OwnedApplication {
    pub fn id(self) -> i64 {
        self.id
    }
}

impl FromRequestParts<AppState> for OwnedApplication {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let id = path_id(parts, state).await?;
        let viewer = Viewer::from_request_parts(parts, state).await?;
        must_own_application(state, &viewer.user, id).await?;
        Ok(OwnedApplication { id })
    }
}

/// Proof that the viewer owns the document `{id}` of the path.
#[derive(Debug, Clone, Copy)]
pub struct OwnedDocument {
    id: i64,
}

impl OwnedDocument {
    pub fn id(self) -> i64 {
        self.id
    }
}

impl FromRequestParts<AppState> for OwnedDocument {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let id = path_id(parts, state).await?;
        let viewer = Viewer::from_request_parts(parts, state).await?;
        must_own(state, &viewer.user, state.store.document_owner(id).await?).await?;
        Ok(OwnedDocument { id })
    }
}

/// Proof that the viewer is the adviser assigned to the owner of the document `{id}`.
#[derive(Debug, Clone, Copy)]
pub struct AdvisedDocument {
    id: i64,
}

impl AdvisedDocument {
    pub fn id(self) -> i64 {
        self.id
    }
}

impl FromRequestParts<AppState> for AdvisedDocument {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let id = path_id(parts, state).await?;
        let viewer = Viewer::from_request_parts(parts, state).await?;
        must_advise(state, &viewer.user, state.store.document_owner(id).await?).await?;
        Ok(AdvisedDocument { id })
    }
}

/// Proof that the viewer is the adviser assigned to the owner of the question `{id}`.
#[derive(Debug, Clone, Copy)]
pub struct AdvisedQuestion {
    id: i64,
}

impl AdvisedQuestion {
    pub fn id(self) -> i64 {
        self.id
    }
}

impl FromRequestParts<AppState> for AdvisedQuestion {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let id = path_id(parts, state).await?;
        let viewer = Viewer::from_request_parts(parts, state).await?;
        let owner = match state.store.question_application(id).await? {
            Some(app) => state.store.application_owner(app).await?,
            None => None,
        };
        must_advise(state, &viewer.user, owner).await?;
        Ok(AdvisedQuestion { id })
    }
}
