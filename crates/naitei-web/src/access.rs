//! Who may see and change what. A seeker sees only their own data; an adviser sees (and
//! comments on) the data of the seekers assigned to them and changes nothing else. Anything
//! else is "not found", so ids of other people's data reveal nothing.
//!
//! Ownership is a type, and the compiler enforces it. The store is reachable only through
//! [`Data`], whose `naitei_store::Store` is private to this module: handlers cannot look a
//! row up by an id themselves. A route with the `{id}` of someone's data takes one of the
//! proofs below as an extractor, built only here from the path's id and the viewer:
//!
//! | proof           | who passes                          | otherwise                      |
//! |-----------------|-------------------------------------|--------------------------------|
//! | [`Owned<R>`]    | the owner (changes it)              | 404; 403 for the assigned adviser |
//! | [`Readable<R>`] | the owner or the assigned adviser   | 404                            |
//! | [`Advised<R>`]  | the assigned adviser (comments)     | 404; 403 for the owner         |
//!
//! The proof carries the id and the store: every read or write of that row and of the rows
//! under it is a method of the proof ([`Checked::load`], [`Owned::update`], …; the use cases
//! of `naitei-tracker` that take an id are reached from the web only through these methods).
//! Writes are methods of [`Owned`] only, comments of [`Advised`] only. Lists are asked
//! for with a [`Seeker`] — the viewer's own ([`Seeker::own`]) or an assigned seeker's
//! ([`subject`]) — and new rows are made for the [`Viewer`], whom only `auth` makes. So a
//! handler for an owned resource cannot even compile without its proof:
//!
//! ```compile_fail,E0616
//! use axum::extract::State;
//! use naitei_web::AppState;
//!
//! // A handler looking a row up by an id of the path, without a proof: the store is private
//! // to `access` (and `AppState` has no `store` any more).
//! async fn show(State(state): State<AppState>, id: i64) {
//!     let _ = state.data.0.application(id).await;
//! }
//! ```
//!
//! ```compile_fail,E0451
//! use naitei_web::access::{Access, Data, Seeker};
//!
//! // Nor can it name someone else as the seeker whose lists it reads…
//! async fn list(data: &Data) {
//!     let _ = data.applications_of(&Seeker { id: 2, access: Access::Owner }).await;
//! }
//! ```
//!
//! ```compile_fail,E0451
//! use naitei_web::auth::{Viewer, local_user};
//!
//! // …or make up the viewer it acts for…
//! fn someone() -> Viewer {
//!     Viewer { user: local_user(), csrf: String::new(), session: None }
//! }
//! ```
//!
//! ```compile_fail,E0599
//! use naitei_store::ApplicationData;
//! use naitei_web::access::ReadableApplication;
//!
//! // …or change what it may only read (an adviser reads; only the owner changes).
//! async fn edit(readable: ReadableApplication, data: ApplicationData) {
//!     let _ = readable.update(&data).await;
//! }
//! ```
//!
//! The way that compiles takes the proof as an extractor, which checked the viewer against
//! the owner before the handler runs:
//!
//! ```
//! use naitei_store::ApplicationData;
//! use naitei_web::AppError;
//! use naitei_web::access::{OwnedApplication, ReadableApplication};
//!
//! async fn show(readable: ReadableApplication) -> Result<String, AppError> {
//!     let application = readable.load().await?;
//!     let events = readable.events().await?;
//!     Ok(format!("{}: {} events", application.data.company, events.len()))
//! }
//!
//! async fn edit(owned: OwnedApplication, data: ApplicationData) -> Result<(), AppError> {
//!     owned.update(&data).await
//! }
//! ```
//!
//! (`tests/layout.rs` also reads the files of `routes/` for ids taken from the path, as a
//! second line of defence.)

use std::future::Future;
use std::marker::PhantomData;
use std::ops::Deref;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use naitei_store::Store;

use crate::auth::Viewer;
use crate::{AppError, AppState};

mod data;
mod rows;

pub use data::Login;

/// The store, as the web sees it. Its `Store` is private to this module: outside it, the
/// data is reached by what [`Data`] offers without an id of someone's data (sessions and
/// logins, the lists of a [`Seeker`], new rows of the [`Viewer`]) and by the methods of the
/// proofs. Cloning it hands out nothing more.
#[derive(Clone)]
pub struct Data(Store);

impl Data {
    pub(crate) fn new(store: Store) -> Self {
        Data(store)
    }
}

/// How the viewer relates to the owner of some data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Owner,
    /// An adviser assigned to the owner: may read and comment.
    Adviser,
}

/// The viewer's access to data owned by `owner` (None: no such data).
async fn access(data: &Data, viewer: &Viewer, owner: Option<i64>) -> Result<Access, AppError> {
    let owner = owner.ok_or(AppError::NotFound)?;
    let viewer = viewer.user();
    if owner == viewer.id {
        return Ok(Access::Owner);
    }
    if viewer.is_adviser() && data.0.is_assigned(viewer.id, owner).await? {
        return Ok(Access::Adviser);
    }
    Err(AppError::NotFound)
}

/// Proof that the viewer may read the lists of one seeker: their own, or (for an adviser) an
/// assigned seeker's. Made only by [`Seeker::own`], [`subject`] and [`Checked::seeker`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seeker {
    id: i64,
    access: Access,
}

impl Seeker {
    /// The viewer's own data.
    pub fn own(viewer: &Viewer) -> Self {
        Seeker {
            id: viewer.user().id,
            access: Access::Owner,
        }
    }
    pub fn id(&self) -> i64 {
        self.id
    }
    pub fn access(&self) -> Access {
        self.access
    }
}

/// Whose lists a request is about: the viewer's own, or (for an adviser) the seeker given.
pub async fn subject(
    state: &AppState,
    viewer: &Viewer,
    seeker: Option<i64>,
) -> Result<Seeker, AppError> {
    match seeker {
        None | Some(0) if !viewer.user().is_adviser() => Ok(Seeker::own(viewer)),
        None | Some(0) => Err(AppError::Invalid(
            "アドバイザーは、見る求職者を seeker で指定してください".into(),
        )),
        Some(id) => Ok(Seeker {
            id,
            access: access(&state.data, viewer, Some(id)).await?,
        }),
    }
}

mod sealed {
    pub trait Sealed {}
}

/// Data stored under an id that belongs to one seeker (sealed: the kinds are the ones below,
/// so no code outside this module is ever handed the store).
pub trait Resource: sealed::Sealed + 'static {
    /// What [`Checked::load`] gives.
    type Row: Send;
    /// The seeker who owns `id` (None: there is no such row).
    #[doc(hidden)]
    fn owner(store: &Store, id: i64) -> impl Future<Output = Result<Option<i64>, AppError>> + Send;
    /// The row itself (called only after the check).
    #[doc(hidden)]
    fn load(store: &Store, id: i64) -> impl Future<Output = Result<Self::Row, AppError>> + Send;
}

/// Applications (`/applications/{id}`, `/api/v1/applications/{id}`).
pub enum Applications {}

impl sealed::Sealed for Applications {}
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

impl sealed::Sealed for Documents {}
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

impl sealed::Sealed for Questions {}
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
/// them, the viewer, and the store to reach the row with. Fields are private: only this
/// module makes one.
pub struct Checked<R> {
    id: i64,
    owner: i64,
    access: Access,
    viewer: Viewer,
    data: Data,
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
    /// The lists of the owner, as far as the viewer may read them.
    pub fn seeker(&self) -> Seeker {
        Seeker {
            id: self.owner,
            access: self.access,
        }
    }
    /// Who asked (and passed the check).
    pub fn viewer(&self) -> &Viewer {
        &self.viewer
    }
    /// The checked row.
    pub async fn load(&self) -> Result<R::Row, AppError> {
        R::load(&self.data.0, self.id).await
    }

    async fn check(state: &AppState, viewer: Viewer, id: i64) -> Result<Self, AppError> {
        let owner = R::owner(&state.data.0, id).await?;
        let access = access(&state.data, &viewer, owner).await?;
        Ok(Checked {
            id,
            owner: owner.unwrap_or_default(),
            access,
            viewer,
            data: state.data.clone(),
            resource: PhantomData,
        })
    }
}

/// Proof that the viewer owns `R` `{id}` and may change it.
pub struct Owned<R>(Checked<R>);

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
