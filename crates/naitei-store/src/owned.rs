//! Owner scoping for the web app: every application and document belongs to one user
//! (`user_id`, the local user on the command line). These queries select or write one user's
//! rows; the unscoped ones in `applications.rs` / `interviews.rs` are the command line's.

use crate::applications::{APPLICATION_COLUMNS, DATA_COLUMNS, bind_data};
use crate::text::CheckText as _;
use sqlx::FromRow as _;
use sqlx::Row;

use crate::{
    Application, ApplicationData, Document, DocumentKind, FunnelRow, NewDocument, Store, StoreError,
};

impl Store {
    /// Adds an application owned by `user_id`.
    pub async fn add_application_for(
        &self,
        user_id: i64,
        a: &ApplicationData,
    ) -> Result<i64, StoreError> {
        a.check_text("")?;
        let sql = format!(
            "INSERT INTO applications ({DATA_COLUMNS}, user_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id"
        );
        let row = bind_data(sqlx::query(&sql), a)
            .bind(user_id)
            .fetch_one(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        row.try_get(0).map_err(|e| self.err(e))
    }

    /// One user's applications, oldest application first.
    pub async fn applications_of(&self, user_id: i64) -> Result<Vec<Application>, StoreError> {
        let sql = format!(
            "SELECT {APPLICATION_COLUMNS} FROM applications WHERE user_id = $1 ORDER BY applied_on, id"
        );
        let rows = sqlx::query(&sql)
            .bind(user_id)
            .fetch_all(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        rows.iter()
            .map(Application::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    /// What the funnel diagnosis needs of one user's applications.
    pub async fn funnel_rows_of(&self, user_id: i64) -> Result<Vec<FunnelRow>, StoreError> {
        self.funnel_rows_where(Some(user_id)).await
    }

    async fn owner_of(&self, sql: &str, id: i64) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        row.map(|r| r.try_get(0))
            .transpose()
            .map_err(|e| self.err(e))
    }

    /// The owner of an application (None: no such application).
    pub async fn application_owner(&self, id: i64) -> Result<Option<i64>, StoreError> {
        self.owner_of("SELECT user_id FROM applications WHERE id = $1", id)
            .await
    }

    /// The owner of a document (None: no such document).
    pub async fn document_owner(&self, id: i64) -> Result<Option<i64>, StoreError> {
        self.owner_of("SELECT user_id FROM documents WHERE id = $1", id)
            .await
    }

    /// The application a question was asked for (None: no such question).
    pub async fn question_application(&self, id: i64) -> Result<Option<i64>, StoreError> {
        self.owner_of(
            "SELECT i.application_id FROM questions q JOIN interviews i ON i.id = q.interview_id \
             WHERE q.id = $1",
            id,
        )
        .await
    }

    /// Keeps a document owned by `user_id`.
    pub async fn add_document_for(&self, user_id: i64, d: &NewDocument) -> Result<i64, StoreError> {
        d.check_text("")?;
        let row = sqlx::query(
            "INSERT INTO documents (application_id, kind, label, created_on, content, user_id) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(d.application_id)
        .bind(d.kind)
        .bind(&d.label)
        .bind(&d.created_on)
        .bind(&d.content)
        .bind(user_id)
        .fetch_one(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        row.try_get(0).map_err(|e| self.err(e))
    }

    /// One user's documents of one kind (`resume`, `profile` …), oldest first.
    pub async fn documents_of(
        &self,
        user_id: i64,
        kind: DocumentKind,
    ) -> Result<Vec<Document>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, application_id, kind, label, created_on, content FROM documents \
             WHERE user_id = $1 AND kind = $2 ORDER BY id",
        )
        .bind(user_id)
        .bind(kind)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        rows.iter()
            .map(Document::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    pub async fn document(&self, id: i64) -> Result<Option<Document>, StoreError> {
        let row = sqlx::query(
            "SELECT id, application_id, kind, label, created_on, content FROM documents \
             WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        row.map(|r| Document::from_row(&r))
            .transpose()
            .map_err(|e| self.err(e))
    }
}
