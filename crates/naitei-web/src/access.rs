//! Who may see and change what. A seeker sees only their own data; an adviser sees (and
//! comments on) the data of the seekers assigned to them and changes nothing else. Anything
//! else is "not found", so ids of other people's data reveal nothing.
//!
//! Ownership is a type. A route with the `{id}` of someone's data takes one of the proofs
//! below as an extractor, built only here from the path's id and the viewer:
//!
//! | proof           | who passes                          | otherwise                      |
//! |-----------------|-------------------------------------|--------------------------------|
//! | [`Owned<R>`]    | the owner (changes it)              | 404; 403 for the assigned adviser |
//! | [`Readable<R>`] | the owner or the assigned adviser   | 404                            |
//! | [`Advised<R>`]  | the assigned adviser (comments)     | 404; 403 for the owner         |
//!
//! The proof is the only way to the row ([`Checked::load`]) and to the rows under it (the
//! use cases in `logic` take the proof, not an id): the handlers in `routes/` never look
//! anything up by an id of the path (`tests/layout.rs` reads them to keep it so), so a handler
//! for an owned resource cannot get its row without the check.

use std::future::Future;
use std::marker::PhantomData;
use std::ops::Deref;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use naitei_store::{Store, User};

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

/// Data stored under an id that belongs to one seeker.
pub trait Resource: 'static {
    /// What [`Checked::load`] gives.
    type Row: Send;
    /// The seeker who owns `id` (None: there is no such row).
    fn owner(store: &Store, id: i64) -> impl Future<Output = Result<Option<i64>, AppError>> + Send;
    /// The row itself (called only after the check).
    fn load(store: &Store, id: i64) -> impl Future<Output = Result<Self::Row, AppError>> + Send;
}

/// Applications (`/applications/{id}`, `/api/v1/applications/{id}`).
pub enum Applications {}

impl Resource for Applications {
    type Row = naitei_store::Application;
    async fn owner(store: &Store, id: i64) -> Result<Option<i64>, AppError> {
        Ok(store.application_owner(id).await?)
    }
    async fn load(store: &Store, id: i64) -> Result<Self::Row, AppError> {
        Ok(store.application(id).await?)
    }
}

/// Saved documents: résumé versions and profiles (`/resume/{id}`, `/api/v1/documents/{id}`).
pub enum Documents {}

impl Resource for Documents {
    type Row = naitei_store::Document;
    async fn owner(store: &Store, id: i64) -> Result<Option<i64>, AppError> {
        Ok(store.document_owner(id).await?)
    }
    async fn load(store: &Store, id: i64) -> Result<Self::Row, AppError> {
        store.document(id).await?.ok_or(AppError::NotFound)
    }
}

/// Interview questions logged on an application (`/questions/{id}`); they belong to the
/// owner of the application.
pub enum Questions {}

impl Resource for Questions {
    /// The id of the application the question was asked for.
    type Row = i64;
    async fn owner(store: &Store, id: i64) -> Result<Option<i64>, AppError> {
        match store.question_application(id).await? {
            Some(app) => Ok(store.application_owner(app).await?),
            None => Ok(None),
        }
    }
    async fn load(store: &Store, id: i64) -> Result<Self::Row, AppError> {
        store
            .question_application(id)
            .await?
            .ok_or(AppError::NotFound)
    }
}

/// What every proof holds: the id of the path, whose data it is, how the viewer relates to
/// them, and the viewer. Fields are private: only this module makes one.
pub struct Checked<R> {
    id: i64,
    owner: i64,
    access: Access,
    viewer: Viewer,
    resource: PhantomData<fn() -> R>,
}

impl<R: Resource> Checked<R> {
    pub fn id(&self) -> i64 {
        self.id
    }
    /// The seeker the data belongs to.
    pub fn owner(&self) -> i64 {
        self.owner
    }
    pub fn access(&self) -> Access {
        self.access
    }
    /// Who asked (and passed the check).
    pub fn viewer(&self) -> &Viewer {
        &self.viewer
    }
    /// The checked row.
    pub async fn load(&self, store: &Store) -> Result<R::Row, AppError> {
        R::load(store, self.id).await
    }

    async fn check(state: &AppState, viewer: Viewer, id: i64) -> Result<Self, AppError> {
        let owner = R::owner(&state.store, id).await?;
        let access = access(state, &viewer.user, owner).await?;
        Ok(Checked {
            id,
            owner: owner.unwrap_or_default(),
            access,
            viewer,
            resource: PhantomData,
        })
    }
}

/// Proof that the viewer owns `R` `{id}` and may change it.
pub struct Owned<R>(Checked<R>);

impl<R: Resource> Owned<R> {
    /// The row `id` the viewer has just made (so it is theirs without a check).
    pub fn just_made(viewer: Viewer, id: i64) -> Self {
        Owned(Checked {
            id,
            owner: viewer.user.id,
            access: Access::Owner,
            viewer,
            resource: PhantomData,
        })
    }
}

/// Proof that the viewer may read `R` `{id}`: its owner or the adviser assigned to the owner.
pub struct Readable<R>(Checked<R>);

/// Proof that the viewer is the adviser assigned to the owner of `R` `{id}` (and may comment).
pub struct Advised<R>(Checked<R>);

pub type OwnedApplication = Owned<Applications>;
pub type ReadableApplication = Readable<Applications>;
pub type OwnedDocument = Owned<Documents>;
pub type ReadableDocument = Readable<Documents>;
pub type AdvisedDocument = Advised<Documents>;
pub type AdvisedQuestion = Advised<Questions>;

macro_rules! deref_to_checked {
    ($($proof:ident),*) => {$(
        impl<R> Deref for $proof<R> {
            type Target = Checked<R>;
            fn deref(&self) -> &Checked<R> {
                &self.0
            }
        }
    )*};
}
deref_to_checked!(Owned, Readable, Advised);

/// The `{id}` of the path (anything else is "not found").
async fn path_id(parts: &mut Parts, state: &AppState) -> Result<i64, AppError> {
    Path::<i64>::from_request_parts(parts, state)
        .await
        .map(|Path(id)| id)
        .map_err(|_| AppError::NotFound)
}

/// The id, then the viewer, then the check (the order the write routes have always had: a
/// path that is not an id is 404 before anything else).
async fn checked_id_first<R: Resource>(
    parts: &mut Parts,
    state: &AppState,
) -> Result<Checked<R>, AppError> {
    let id = path_id(parts, state).await?;
    let viewer = Viewer::from_request_parts(parts, state).await?;
    Checked::check(state, viewer, id).await
}

impl<R: Resource> FromRequestParts<AppState> for Owned<R> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let checked = checked_id_first::<R>(parts, state).await?;
        match checked.access {
            Access::Owner => Ok(Owned(checked)),
            Access::Adviser => Err(AppError::Forbidden),
        }
    }
}

impl<R: Resource> FromRequestParts<AppState> for Advised<R> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let checked = checked_id_first::<R>(parts, state).await?;
        match checked.access {
            Access::Adviser => Ok(Advised(checked)),
            Access::Owner => Err(AppError::Forbidden),
        }
    }
}

impl<R: Resource> FromRequestParts<AppState> for Readable<R> {
    type Rejection = Response;

    /// The viewer first (an anonymous visitor is sent to the login), then the id: a path
    /// that is not a number gets axum's own 400, as the read routes always did.
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let viewer = Viewer::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let Path(id) = Path::<i64>::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        Checked::check(state, viewer, id)
            .await
            .map(Readable)
            .map_err(IntoResponse::into_response)
    }
}
