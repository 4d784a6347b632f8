//! Advisers' comments (添削) on a line of a résumé version or on an interview question.

use crate::text::check;
use serde::{Deserialize, Serialize};
use sqlx::FromRow as _;
use sqlx::Row;

use crate::text::CheckText as _;
use crate::{DocumentKind, NewDocument, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Comment {
    pub id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub document_id: Option<i64>,
    /// 1-based line of the document.
    pub line: Option<i64>,
    pub question_id: Option<i64>,
    pub body: String,
    /// RFC 3339, UTC.
    pub created_at: String,
}

/// Where a comment goes: exactly one of a document line or a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommentTarget {
    DocumentLine { document_id: i64, line: i64 },
    Question(i64),
}

const COMMENT_SELECT: &str = "SELECT c.id, c.author_id, u.display_name AS author_name, \
     c.document_id, c.line, c.question_id, c.body, c.created_at \
     FROM comments c JOIN users u ON u.id = c.author_id";

impl Store {
    pub async fn add_comment(
        &self,
        author_id: i64,
        target: &CommentTarget,
        body: &str,
        created_at: &str,
    ) -> Result<i64, StoreError> {
        check("コメント", body)?;
        let (document_id, line, question_id) = match *target {
            CommentTarget::DocumentLine { document_id, line } => {
                (Some(document_id), Some(line), None)
            }
            CommentTarget::Question(q) => (None, None, Some(q)),
        };
        let row = sqlx::query(
            "INSERT INTO comments (author_id, document_id, line, question_id, body, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(author_id)
        .bind(document_id)
        .bind(line)
        .bind(question_id)
        .bind(body)
        .bind(created_at)
        .fetch_one(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        row.try_get(0).map_err(|e| self.err(e))
    }

    async fn comments_where(&self, condition: &str, id: i64) -> Result<Vec<Comment>, StoreError> {
        let sql = format!("{COMMENT_SELECT} WHERE {condition} ORDER BY c.id");
        let rows = sqlx::query(&sql)
            .bind(id)
            .fetch_all(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        rows.iter()
            .map(Comment::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    /// The comments on the lines of one document version, oldest first.
    pub async fn document_comments(&self, document_id: i64) -> Result<Vec<Comment>, StoreError> {
        self.comments_where("c.document_id = $1", document_id).await
    }

    /// The comments on the questions of one application, oldest first.
    pub async fn application_comments(
        &self,
        application_id: i64,
    ) -> Result<Vec<Comment>, StoreError> {
        self.comments_where(
            "c.question_id IN (SELECT q.id FROM questions q JOIN interviews i \
             ON i.id = q.interview_id WHERE i.application_id = $1)",
            application_id,
        )
        .await
    }

    pub async fn question_comments(&self, question_id: i64) -> Result<Vec<Comment>, StoreError> {
        self.comments_where("c.question_id = $1", question_id).await
    }

    /// Keeps a new version of a document owned by `user_id` and, in the same transaction, moves
    /// the comments listed in `carry` — `(comment id, line in the new version)` — onto it. A moved
    /// comment remembers the version it was written on (the first one, when moved again).
    pub async fn add_document_carrying_comments(
        &self,
        user_id: i64,
        d: &NewDocument,
        carry: &[(i64, i64)],
    ) -> Result<i64, StoreError> {
        d.check_text("")?;
        let mut tx = self.begin_write().await?;
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
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| self.err(e))?;
        let id: i64 = row.try_get(0).map_err(|e| self.err(e))?;
        for (comment, line) in carry {
            sqlx::query(
                "UPDATE comments SET first_document_id = COALESCE(first_document_id, document_id), \
                 document_id = $1, line = $2 WHERE id = $3 AND document_id IS NOT NULL",
            )
            .bind(id)
            .bind(*line)
            .bind(*comment)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        }
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(id)
    }

    /// The comments on every version of one user's documents of one kind, oldest first.
    pub async fn comments_on_documents_of(
        &self,
        user_id: i64,
        kind: DocumentKind,
    ) -> Result<Vec<Comment>, StoreError> {
        let sql = format!(
            "{COMMENT_SELECT} JOIN documents d ON d.id = c.document_id \
             WHERE d.user_id = $1 AND d.kind = $2 ORDER BY c.id"
        );
        let rows = sqlx::query(&sql)
            .bind(user_id)
            .bind(kind)
            .fetch_all(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        rows.iter()
            .map(Comment::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    /// The newest version of `user_id`'s documents of `kind` that `author_id` wrote a comment on
    /// (the version written on, not the one a comment was carried to); `None`: no comment yet.
    pub async fn last_commented_version(
        &self,
        author_id: i64,
        user_id: i64,
        kind: DocumentKind,
    ) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query(
            "SELECT MAX(COALESCE(c.first_document_id, c.document_id)) FROM comments c \
             JOIN documents d ON d.id = c.document_id \
             WHERE c.author_id = $1 AND d.user_id = $2 AND d.kind = $3",
        )
        .bind(author_id)
        .bind(user_id)
        .bind(kind)
        .fetch_one(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        row.try_get::<Option<i64>, _>(0).map_err(|e| self.err(e))
    }
}
