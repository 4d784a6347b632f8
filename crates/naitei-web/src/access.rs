//! Who may see and change what. A seeker sees only their own data; an adviser sees (and
//! comments on) the data of the seekers assigned to them and changes nothing else. Anything
//! else is "not found", so ids of other people's data reveal nothing.

use naitei_store::User;

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
pub async fn must_own(state: &AppState, viewer: &User, owner: Option<i64>) -> Result<(), AppError> {
    match access(state, viewer, owner).await? {
        Access::Owner => Ok(()),
        Access::Adviser => Err(AppError::Forbidden),
    }
}

/// Only the seeker who owns the application changes it (an id of someone else's is 404).
pub async fn must_own_application(
    state: &AppState,
    viewer: &User,
    id: i64,
) -> Result<(), AppError> {
    must_own(state, viewer, state.store.application_owner(id).await?).await
}

/// Only an assigned adviser comments.
pub async fn must_advise(
    state: &AppState,
    viewer: &User,
    owner: Option<i64>,
) -> Result<(), AppError> {
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
