//! Full backup and exact restore (ids included), each in one transaction.

use sqlx::{Any, Row, Transaction};

use crate::applications::{application_from_row, event_from_row, insert_application};
use crate::goals::{
    GOAL_COLUMNS, MEASUREMENT_COLUMNS, goal_from_row, insert_goal, insert_measurement,
    measurement_from_row,
};
use crate::interviews::{document_from_row, interview_from_row, question_from_row};
use crate::{BACKUP_FORMAT, BACKUP_VERSION, Backend, Backup, Store, StoreError};

/// Tables in the order that respects the foreign keys when inserting.
const TABLES: [&str; 7] = [
    "applications",
    "stage_events",
    "interviews",
    "questions",
    "documents",
    "goals",
    "goal_measurements",
];

impl Store {
    /// Reads the whole database (one consistent snapshot: a single read transaction).
    pub async fn backup(&self) -> Result<Backup, StoreError> {
        let mut tx = self.pool.begin().await.map_err(|e| self.err(e))?;
        let e = |e: sqlx::Error| self.err(e);
        let applications = sqlx::query(
            "SELECT id, company, position, channel, channel_name, relation, applied_on, \
             furthest_stage, outcome, offered_salary, posting, notes FROM applications ORDER BY id",
        )
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?
        .iter()
        .map(application_from_row)
        .collect::<Result<_, _>>()
        .map_err(e)?;
        let stage_events = sqlx::query(
            "SELECT id, application_id, stage, on_date, result, note FROM stage_events ORDER BY id",
        )
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?
        .iter()
        .map(event_from_row)
        .collect::<Result<_, _>>()
        .map_err(e)?;
        let interviews = sqlx::query(
            "SELECT id, application_id, round, on_date, start_time, interviewer_role, place \
             FROM interviews ORDER BY id",
        )
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?
        .iter()
        .map(interview_from_row)
        .collect::<Result<_, _>>()
        .map_err(e)?;
        let questions = sqlx::query(
            "SELECT id, interview_id, kind, question, answer, memo FROM questions ORDER BY id",
        )
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?
        .iter()
        .map(question_from_row)
        .collect::<Result<_, _>>()
        .map_err(e)?;
        let documents = sqlx::query(
            "SELECT id, application_id, kind, label, created_on, content FROM documents ORDER BY id",
        )
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?
        .iter()
        .map(document_from_row)
        .collect::<Result<_, _>>()
        .map_err(e)?;
        let goals = sqlx::query(&format!("SELECT {GOAL_COLUMNS} FROM goals ORDER BY id"))
            .fetch_all(&mut *tx)
            .await
            .map_err(e)?
            .iter()
            .map(goal_from_row)
            .collect::<Result<_, _>>()
            .map_err(e)?;
        let goal_measurements = sqlx::query(&format!(
            "SELECT {MEASUREMENT_COLUMNS} FROM goal_measurements ORDER BY id"
        ))
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?
        .iter()
        .map(measurement_from_row)
        .collect::<Result<_, _>>()
        .map_err(e)?;
        tx.commit().await.map_err(e)?;
        Ok(Backup {
            format: BACKUP_FORMAT.to_owned(),
            version: BACKUP_VERSION,
            applications,
            stage_events,
            interviews,
            questions,
            documents,
            goals,
            goal_measurements,
        })
    }

    /// Restores a backup exactly, ids included. The database must be empty unless `replace`,
    /// which first deletes everything; either way one transaction, so a failure leaves the
    /// database as it was.
    pub async fn restore(&self, backup: &Backup, replace: bool) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let count: i64 = sqlx::query("SELECT COUNT(*) FROM applications")
            .fetch_one(&mut *tx)
            .await
            .and_then(|row| row.try_get(0))
            .map_err(|e| self.err(e))?;
        if count > 0 && !replace {
            return Err(StoreError::NotEmpty(count));
        }
        let goals: i64 = sqlx::query("SELECT COUNT(*) FROM goals")
            .fetch_one(&mut *tx)
            .await
            .and_then(|row| row.try_get(0))
            .map_err(|e| self.err(e))?;
        if goals > 0 && !replace {
            return Err(StoreError::GoalsNotEmpty(goals));
        }
        for table in TABLES.iter().rev() {
            sqlx::query(&format!("DELETE FROM {table}"))
                .execute(&mut *tx)
                .await
                .map_err(|e| self.err(e))?;
        }
        self.insert_backup(&mut tx, backup)
            .await
            .map_err(|e| self.err(e))?;
        if self.backend == Backend::Postgres {
            // Explicit ids do not advance identity sequences: move each past the largest id.
            for table in TABLES {
                sqlx::query(&format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                     COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                ))
                .execute(&mut *tx)
                .await
                .map_err(|e| self.err(e))?;
            }
        }
        tx.commit().await.map_err(|e| self.err(e))
    }

    async fn insert_backup(
        &self,
        tx: &mut Transaction<'static, Any>,
        b: &Backup,
    ) -> Result<(), sqlx::Error> {
        for a in &b.applications {
            insert_application(&mut **tx, Some(a.id), &a.data).await?;
        }
        for ev in &b.stage_events {
            sqlx::query(
                "INSERT INTO stage_events (id, application_id, stage, on_date, result, note) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(ev.id)
            .bind(ev.application_id)
            .bind(&ev.stage)
            .bind(&ev.on_date)
            .bind(&ev.result)
            .bind(&ev.note)
            .execute(&mut **tx)
            .await?;
        }
        for i in &b.interviews {
            sqlx::query(
                "INSERT INTO interviews (id, application_id, round, on_date, start_time, \
                 interviewer_role, place) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(i.id)
            .bind(i.application_id)
            .bind(&i.round)
            .bind(&i.on_date)
            .bind(&i.start_time)
            .bind(&i.interviewer_role)
            .bind(&i.place)
            .execute(&mut **tx)
            .await?;
        }
        for q in &b.questions {
            sqlx::query(
                "INSERT INTO questions (id, interview_id, kind, question, answer, memo) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(q.id)
            .bind(q.interview_id)
            .bind(&q.kind)
            .bind(&q.question)
            .bind(&q.answer)
            .bind(&q.memo)
            .execute(&mut **tx)
            .await?;
        }
        for d in &b.documents {
            sqlx::query(
                "INSERT INTO documents (id, application_id, kind, label, created_on, content) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(d.id)
            .bind(d.application_id)
            .bind(&d.kind)
            .bind(&d.label)
            .bind(&d.created_on)
            .bind(&d.content)
            .execute(&mut **tx)
            .await?;
        }
        for g in &b.goals {
            insert_goal(&mut **tx, Some(g.id), &g.data).await?;
        }
        for m in &b.goal_measurements {
            insert_measurement(&mut **tx, Some(m.id), m.goal_id, &m.data).await?;
        }
        Ok(())
    }
}
