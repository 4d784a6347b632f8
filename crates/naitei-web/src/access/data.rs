//! What [`Data`] offers without an id of someone's data: logins and sessions (by login name and
//! session hash), the lists of a [`Seeker`], the adviser's own lists, and new rows made for the
//! [`Viewer`] (which come back as their [`Owned`] proof where a handler goes on with them).

use naitei_core::funnel::Diagnosis;
use naitei_store::{
    Application, ApplicationData, Comment, Document, DocumentKind, NewDocument, NextStep,
    Scheduled, Session, User,
};
use naitei_tracker::{SavedVersion, SeekerTriage};

use super::{Access, Applications, Checked, Data, Owned, Seeker};
use crate::AppError;
use crate::auth::Viewer;

/// An account found by its login name, with its password hash (made only here, so a session
/// is opened only for an account the store gave).
pub struct Login {
    user: User,
    hash: Option<String>,
}

impl Login {
    pub fn user(&self) -> &User {
        &self.user
    }
    pub fn password_hash(&self) -> Option<&str> {
        self.hash.as_deref()
    }
    pub fn into_user(self) -> User {
        self.user
    }
}

/// Sessions, logins and health.
impl Data {
    /// Answers when the database does (`/healthz`).
    pub async fn ping(&self) -> Result<(), AppError> {
        self.0.count_applications().await?;
        Ok(())
    }
    pub async fn session(&self, token_hash: &str, now: i64) -> Result<Option<Session>, AppError> {
        Ok(self.0.session(token_hash, now).await?)
    }
    pub async fn delete_session(&self, token_hash: &str) -> Result<(), AppError> {
        Ok(self.0.delete_session(token_hash).await?)
    }
    pub async fn reserve_login_attempt(
        &self,
        login: &str,
        address: &str,
        now: i64,
        window: i64,
        max: i64,
    ) -> Result<bool, AppError> {
        Ok(self
            .0
            .reserve_login_attempt(login, address, now, window, max)
            .await?)
    }
    pub async fn clear_login_attempts(&self, login: &str, address: &str) -> Result<(), AppError> {
        Ok(self.0.clear_login_attempts(login, address).await?)
    }
    pub async fn login(&self, login: &str) -> Result<Option<Login>, AppError> {
        Ok(self
            .0
            .user_by_login(login)
            .await?
            .map(|(user, hash)| Login { user, hash }))
    }
    /// Opens a session for an account found by [`Data::login`].
    pub async fn create_session(
        &self,
        token_hash: &str,
        login: &Login,
        csrf_token: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<(), AppError> {
        Ok(self
            .0
            .create_session(token_hash, login.user.id, csrf_token, expires_at, now)
            .await?)
    }
}

/// The lists of a seeker the viewer may read.
impl Data {
    pub async fn applications_of(&self, seeker: &Seeker) -> Result<Vec<Application>, AppError> {
        Ok(self.0.applications_of(seeker.id).await?)
    }
    pub async fn interviews_of(&self, seeker: &Seeker) -> Result<Vec<Scheduled>, AppError> {
        Ok(self.0.interviews_of(seeker.id).await?)
    }
    pub async fn next_steps_of(&self, seeker: &Seeker) -> Result<Vec<NextStep>, AppError> {
        Ok(self.0.next_steps_of(seeker.id).await?)
    }
    /// The seeker's documents of one kind, oldest first.
    pub async fn documents_of(
        &self,
        seeker: &Seeker,
        kind: DocumentKind,
    ) -> Result<Vec<Document>, AppError> {
        Ok(self.0.documents_of(seeker.id, kind).await?)
    }
    pub async fn comments_on_documents_of(
        &self,
        seeker: &Seeker,
        kind: DocumentKind,
    ) -> Result<Vec<Comment>, AppError> {
        Ok(self.0.comments_on_documents_of(seeker.id, kind).await?)
    }
    /// The newest comment the seeker has seen (0: none).
    pub async fn last_seen_comment(&self, seeker: &Seeker) -> Result<i64, AppError> {
        Ok(self.0.last_seen_comment(seeker.id).await?)
    }
    /// The funnel diagnosis of the seeker's applications (a bad stored row is an error).
    pub async fn diagnosis(&self, seeker: &Seeker) -> Result<Diagnosis, AppError> {
        Ok(naitei_tracker::diagnosis(&self.0, Some(seeker.id)).await?)
    }
    /// The seeker's account, when an adviser looks at it (the viewer's own: None).
    pub async fn seeker_user(&self, seeker: &Seeker) -> Result<Option<User>, AppError> {
        match seeker.access {
            Access::Owner => Ok(None),
            Access::Adviser => Ok(self.0.user(seeker.id).await?),
        }
    }
}

/// The viewer's own: the seekers assigned to an adviser, and new rows.
impl Data {
    pub async fn seekers_of(&self, adviser: &Viewer) -> Result<Vec<User>, AppError> {
        Ok(self.0.seekers_of(adviser.user().id).await?)
    }
    pub async fn adviser_triage(
        &self,
        adviser: &Viewer,
        today: jiff::civil::Date,
    ) -> Result<Vec<SeekerTriage>, AppError> {
        Ok(naitei_tracker::adviser_triage(&self.0, adviser.user().id, today).await?)
    }
    /// A new application of the viewer's, as the proof of owning it.
    pub async fn add_application(
        &self,
        viewer: &Viewer,
        data: &ApplicationData,
    ) -> Result<Owned<Applications>, AppError> {
        let id = self.0.add_application_for(viewer.user().id, data).await?;
        Ok(Owned(Checked {
            id,
            owner: viewer.user().id,
            access: Access::Owner,
            viewer: viewer.clone(),
            data: self.clone(),
            resource: std::marker::PhantomData,
        }))
    }
    /// A new document of the viewer's; its id.
    pub async fn add_document(&self, viewer: &Viewer, doc: &NewDocument) -> Result<i64, AppError> {
        Ok(self.0.add_document_for(viewer.user().id, doc).await?)
    }
    /// A new version of the viewer's résumé, through the tracker (the adviser's comments on
    /// unchanged lines follow the new version).
    pub async fn save_version(
        &self,
        viewer: &Viewer,
        doc: &NewDocument,
    ) -> Result<SavedVersion, AppError> {
        Ok(naitei_tracker::save_version(&self.0, viewer.user().id, doc).await?)
    }
}
