//! Interviews, the questions asked in them, and documents.

use crate::text::CheckText as _;
use sqlx::FromRow as _;
use sqlx::{Any, Row, Transaction};

use crate::{
    Document, Interview, InterviewPatch, NewDocument, NewQuestion, Question, Round, Scheduled,
    Store, StoreError,
};

const INTERVIEW_COLUMNS: &str =
    "id, application_id, round, on_date, start_time, interviewer_role, place";

impl Store {
    /// Creates the interview of this round if it does not exist yet and sets the given fields;
    /// returns it. One transaction.
    pub async fn upsert_interview(
        &self,
        application_id: i64,
        round: Round,
        patch: &InterviewPatch,
    ) -> Result<Interview, StoreError> {
        patch.check_text("")?;
        let mut tx = self.begin_write().await?;
        let interview = self
            .upsert_interview_in(&mut tx, application_id, round, patch)
            .await?;
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(interview)
    }

    pub(crate) async fn upsert_interview_in(
        &self,
        tx: &mut Transaction<'static, Any>,
        application_id: i64,
        round: Round,
        patch: &InterviewPatch,
    ) -> Result<Interview, StoreError> {
        let exists = sqlx::query("SELECT id FROM applications WHERE id = $1")
            .bind(application_id)
            .fetch_optional(&mut **tx)
            .await
            .map_err(|e| self.err(e))?;
        if exists.is_none() {
            return Err(StoreError::ApplicationNotFound(application_id));
        }
        let found =
            sqlx::query("SELECT id FROM interviews WHERE application_id = $1 AND round = $2")
                .bind(application_id)
                .bind(round)
                .fetch_optional(&mut **tx)
                .await
                .map_err(|e| self.err(e))?;
        let id: i64 = match found {
            Some(row) => row.try_get(0).map_err(|e| self.err(e))?,
            None => sqlx::query(
                "INSERT INTO interviews (application_id, round) VALUES ($1, $2) RETURNING id",
            )
            .bind(application_id)
            .bind(round)
            .fetch_one(&mut **tx)
            .await
            .and_then(|row| row.try_get(0))
            .map_err(|e| self.err(e))?,
        };
        sqlx::query(
            "UPDATE interviews SET on_date = COALESCE($1, on_date), \
             start_time = COALESCE($2, start_time), \
             interviewer_role = COALESCE($3, interviewer_role), place = COALESCE($4, place) \
             WHERE id = $5",
        )
        .bind(&patch.on_date)
        .bind(&patch.start_time)
        .bind(&patch.interviewer_role)
        .bind(&patch.place)
        .bind(id)
        .execute(&mut **tx)
        .await
        .map_err(|e| self.err(e))?;
        let sql = format!("SELECT {INTERVIEW_COLUMNS} FROM interviews WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id)
            .fetch_one(&mut **tx)
            .await
            .map_err(|e| self.err(e))?;
        Interview::from_row(&row).map_err(|e| self.err(e))
    }

    /// Records a question and the answer given in the interview of `round` (created if needed),
    /// in one transaction with the interview's fields.
    pub async fn add_question(
        &self,
        application_id: i64,
        round: Round,
        patch: &InterviewPatch,
        q: &NewQuestion,
    ) -> Result<(Interview, i64), StoreError> {
        patch.check_text("")?;
        q.check_text("")?;
        let mut tx = self.begin_write().await?;
        let interview = self
            .upsert_interview_in(&mut tx, application_id, round, patch)
            .await?;
        let row = sqlx::query(
            "INSERT INTO questions (interview_id, kind, question, answer, memo) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(interview.id)
        .bind(q.kind)
        .bind(&q.question)
        .bind(&q.answer)
        .bind(&q.memo)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| self.err(e))?;
        let id = row.try_get(0).map_err(|e| self.err(e))?;
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok((interview, id))
    }

    /// An application's interviews, by date (undated last) then round.
    pub async fn interviews(&self, application_id: i64) -> Result<Vec<Interview>, StoreError> {
        let sql = format!(
            "SELECT {INTERVIEW_COLUMNS} FROM interviews WHERE application_id = $1 ORDER BY id"
        );
        let rows = sqlx::query(&sql)
            .bind(application_id)
            .fetch_all(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        rows.iter()
            .map(Interview::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    pub async fn questions(&self, interview_id: i64) -> Result<Vec<Question>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, interview_id, kind, question, answer, memo FROM questions \
             WHERE interview_id = $1 ORDER BY id",
        )
        .bind(interview_id)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        rows.iter()
            .map(Question::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    /// Interviews dated from `from` to `to` (inclusive, YYYY-MM-DD), earliest first.
    pub async fn scheduled_interviews(
        &self,
        from: &str,
        to: &str,
    ) -> Result<Vec<Scheduled>, StoreError> {
        let rows = sqlx::query(
            "SELECT i.id, i.application_id, i.round, i.on_date, i.start_time, \
             i.interviewer_role, i.place, a.company, a.position \
             FROM interviews i JOIN applications a ON a.id = i.application_id \
             WHERE i.on_date >= $1 AND i.on_date <= $2 \
             ORDER BY i.on_date, i.start_time, i.id",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        rows.iter()
            .map(Scheduled::from_joined_row)
            .collect::<Result<_, sqlx::Error>>()
            .map_err(|e| self.err(e))
    }

    /// Keeps a résumé version (or another document).
    pub async fn add_document(&self, d: &NewDocument) -> Result<i64, StoreError> {
        d.check_text("")?;
        let row = sqlx::query(
            "INSERT INTO documents (application_id, kind, label, created_on, content) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(d.application_id)
        .bind(d.kind)
        .bind(&d.label)
        .bind(&d.created_on)
        .bind(&d.content)
        .fetch_one(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        row.try_get(0).map_err(|e| self.err(e))
    }

    pub async fn documents(&self) -> Result<Vec<Document>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, application_id, kind, label, created_on, content FROM documents ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        rows.iter()
            .map(Document::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }
}

impl Scheduled {
    /// An interview row joined with its application's company and position (the queries of
    /// `scheduled_interviews` and `interviews_of`).
    pub(crate) fn from_joined_row(row: &sqlx::any::AnyRow) -> Result<Scheduled, sqlx::Error> {
        Ok(Scheduled {
            interview: Interview::from_row(row)?,
            company: row.try_get("company")?,
            position: row.try_get("position")?,
        })
    }
}
