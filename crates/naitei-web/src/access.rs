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

/// An extractor that is proof of a check on the `{id}` of the path: a handler that needs the
/// check takes it to get the id, so it cannot compile without it; it cannot be built anywhere
/// else (the field is private).
macro_rules! proof {
    ($(#[$doc:meta])* $name:ident, |$state:ident, $viewer:ident, $id:ident| $check:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        pub struct $name {
            id: i64,
        }

        impl $name {
            pub fn id(self) -> i64 {
                self.id
            }
        }

        impl FromRequestParts<AppState> for $name {
            type Rejection = AppError;

            async fn from_request_parts(
                parts: &mut Parts,
                $state: &AppState,
            ) -> Result<Self, AppError> {
                let $id = path_id(parts, $state).await?;
                let $viewer = Viewer::from_request_parts(parts, $state).await?;
                $check;
                Ok($name { id: $id })
            }
        }
    };
}

proof!(
    /// The viewer owns the application `{id}`.
    OwnedApplication,
    |state, viewer, id| must_own_application(state, &viewer.user, id).await?
);

proof!(
    /// The viewer owns the document `{id}`.
    OwnedDocument,
    |state, viewer, id| must_own(state, &viewer.user, state.store.document_owner(id).await?).await?
);

proof!(
    /// The viewer is the adviser assigned to the owner of the document `{id}`.
    AdvisedDocument,
    |state, viewer, id| must_advise(state, &viewer.user, state.store.document_owner(id).await?).await?
);

proof!(
    /// The viewer is the adviser assigned to the owner of the question `{id}`.
    AdvisedQuestion,
    |state, viewer, id| {
        let owner = match state.store.question_application(id).await? {
            Some(app) => state.store.application_owner(app).await?,
            None => None,
        };
        must_advise(state, &viewer.user, owner).await?
    }
);
