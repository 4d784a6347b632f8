//! 次にやること: one next step per application, with an optional date, and one user's dated
//! items (interviews and next steps) for the board and the calendar.

use sqlx::FromRow as _;

use crate::text::check;
use crate::{NextStep, Scheduled, Store, StoreError};

impl Store {
    /// Sets the next step of application `application_id` (`None`: there is none any more).
    pub async fn set_next_step(
        &self,
        application_id: i64,
        step: Option<(&str, Option<&str>)>,
    ) -> Result<(), StoreError> {
        if let Some((what, on)) = step {
            check("次にやること", what)?;
            check("次にやることの日付", on.unwrap_or(""))?;
        }
        let mut tx = self.begin_write().await?;
        let exists = sqlx::query("SELECT id FROM applications WHERE id = $1")
            .bind(application_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        if exists.is_none() {
            return Err(StoreError::ApplicationNotFound(application_id));
        }
        sqlx::query("DELETE FROM next_steps WHERE application_id = $1")
            .bind(application_id)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        if let Some((what, on)) = step {
            sqlx::query(
                "INSERT INTO next_steps (application_id, what, on_date) VALUES ($1, $2, $3)",
            )
            .bind(application_id)
            .bind(what)
            .bind(on)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        }
        tx.commit().await.map_err(|e| self.err(e))
    }

    /// The next step of one application, if any.
    pub async fn next_step(&self, application_id: i64) -> Result<Option<NextStep>, StoreError> {
        let row = sqlx::query(
            "SELECT application_id, what, on_date FROM next_steps WHERE application_id = $1",
        )
        .bind(application_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        row.map(|r| NextStep::from_row(&r))
            .transpose()
            .map_err(|e| self.err(e))
    }

    /// The next steps of one user's applications, by application id.
    pub async fn next_steps_of(&self, user_id: i64) -> Result<Vec<NextStep>, StoreError> {
        let rows = sqlx::query(
            "SELECT n.application_id, n.what, n.on_date FROM next_steps n \
             JOIN applications a ON a.id = n.application_id \
             WHERE a.user_id = $1 ORDER BY n.application_id",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        rows.iter()
            .map(NextStep::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    /// Every next step (the command line's: all users), by application id.
    pub async fn next_steps(&self) -> Result<Vec<NextStep>, StoreError> {
        let rows = sqlx::query(
            "SELECT application_id, what, on_date FROM next_steps ORDER BY application_id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        rows.iter()
            .map(NextStep::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    /// Every interview of one user's applications (dated or not), earliest first, undated last.
    pub async fn interviews_of(&self, user_id: i64) -> Result<Vec<Scheduled>, StoreError> {
        let rows = sqlx::query(
            "SELECT i.id, i.application_id, i.round, i.on_date, i.start_time, \
             i.interviewer_role, i.place, a.company, a.position \
             FROM interviews i JOIN applications a ON a.id = i.application_id \
             WHERE a.user_id = $1 \
             ORDER BY i.on_date IS NULL, i.on_date, i.start_time, i.id",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        rows.iter()
            .map(Scheduled::from_joined_row)
            .collect::<Result<_, sqlx::Error>>()
            .map_err(|e| self.err(e))
    }
}

impl crate::text::CheckText for NextStep {
    fn check_text(&self, at: &str) -> Result<(), StoreError> {
        check(&format!("{at}次にやること"), &self.what)?;
        check(
            &format!("{at}次にやることの日付"),
            self.on_date.as_deref().unwrap_or(""),
        )
    }
}
