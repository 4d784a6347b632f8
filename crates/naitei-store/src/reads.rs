//! What a seeker has seen of their advisers' comments (migration 0008): the highest comment id
//! shown to them, so the home page can announce the comments that arrived since.

use sqlx::Row;

use crate::{Store, StoreError};

impl Store {
    /// The highest comment id `user_id` has been shown (0: none yet).
    pub async fn last_seen_comment(&self, user_id: i64) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT last_seen_comment_id FROM comment_reads WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        match row {
            Some(r) => r.try_get(0).map_err(|e| self.err(e)),
            None => Ok(0),
        }
    }

    /// Records that `user_id` has seen the comments up to `comment_id` (never moves backwards).
    pub async fn mark_comments_seen(
        &self,
        user_id: i64,
        comment_id: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO comment_reads (user_id, last_seen_comment_id) VALUES ($1, $2) \
             ON CONFLICT (user_id) DO UPDATE SET last_seen_comment_id = excluded.last_seen_comment_id \
             WHERE comment_reads.last_seen_comment_id < excluded.last_seen_comment_id",
        )
        .bind(user_id)
        .bind(comment_id)
        .execute(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        Ok(())
    }
}
