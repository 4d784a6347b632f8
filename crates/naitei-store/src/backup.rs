//! Full backup and exact restore (ids included), each in one transaction.

use sqlx::FromRow as _;
use sqlx::{Any, Row, Transaction};

use crate::accounts::LOCAL_USER_ID;
use crate::applications::insert_application;
use crate::goals::{GOAL_COLUMNS, MEASUREMENT_COLUMNS, insert_goal, insert_measurement};
use crate::text::CheckText;
use crate::{
    Application, Assignment, BACKUP_FORMAT, Backend, Backup, BackupComment, BackupUser, Document,
    Goal, Interview, Measurement, NextStep, Owner, Question, StageEvent, Store, StoreError,
};

/// Tables of the accounts whose ids a backup keeps.
const ACCOUNT_TABLES: [&str; 2] = ["users", "comments"];

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
        .map(Application::from_row)
        .collect::<Result<_, _>>()
        .map_err(e)?;
        let stage_events = sqlx::query(
            "SELECT id, application_id, stage, on_date, result, note FROM stage_events ORDER BY id",
        )
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?
        .iter()
        .map(StageEvent::from_row)
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
        .map(Interview::from_row)
        .collect::<Result<_, _>>()
        .map_err(e)?;
        let questions = sqlx::query(
            "SELECT id, interview_id, kind, question, answer, memo FROM questions ORDER BY id",
        )
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?
        .iter()
        .map(Question::from_row)
        .collect::<Result<_, _>>()
        .map_err(e)?;
        let documents = sqlx::query(
            "SELECT id, application_id, kind, label, created_on, content FROM documents ORDER BY id",
        )
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?
        .iter()
        .map(Document::from_row)
        .collect::<Result<_, _>>()
        .map_err(e)?;
        let goals = sqlx::query(&format!("SELECT {GOAL_COLUMNS} FROM goals ORDER BY id"))
            .fetch_all(&mut *tx)
            .await
            .map_err(e)?
            .iter()
            .map(Goal::from_row)
            .collect::<Result<_, _>>()
            .map_err(e)?;
        let goal_measurements = sqlx::query(&format!(
            "SELECT {MEASUREMENT_COLUMNS} FROM goal_measurements ORDER BY id"
        ))
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?
        .iter()
        .map(Measurement::from_row)
        .collect::<Result<_, _>>()
        .map_err(e)?;
        let users = sqlx::query_as::<_, BackupUser>(
            "SELECT id, login, display_name, role, password_hash, created_at, disabled_at \
             FROM users WHERE id <> $1 ORDER BY id",
        )
        .bind(LOCAL_USER_ID)
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?;
        let adviser_assignments = sqlx::query_as::<_, Assignment>(
            "SELECT adviser_id, seeker_id FROM adviser_assignments ORDER BY adviser_id, seeker_id",
        )
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?;
        let mut owners = Vec::new();
        for table in ["applications", "documents"] {
            owners.push(
                sqlx::query_as::<_, Owner>(&format!(
                    "SELECT id, user_id FROM {table} WHERE user_id <> $1 ORDER BY id"
                ))
                .bind(LOCAL_USER_ID)
                .fetch_all(&mut *tx)
                .await
                .map_err(e)?,
            );
        }
        let document_owners = owners.pop().unwrap_or_default();
        let application_owners = owners.pop().unwrap_or_default();
        let comments = sqlx::query_as::<_, BackupComment>(
            "SELECT id, author_id, document_id, line, question_id, body, created_at, \
             first_document_id \
             FROM comments ORDER BY id",
        )
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?;
        let next_steps = sqlx::query_as::<_, NextStep>(
            "SELECT application_id, what, on_date FROM next_steps ORDER BY application_id",
        )
        .fetch_all(&mut *tx)
        .await
        .map_err(e)?;
        tx.commit().await.map_err(e)?;
        // A personal database's backup stays version 1, byte for byte as before.
        let accounts = !(users.is_empty()
            && adviser_assignments.is_empty()
            && application_owners.is_empty()
            && document_owners.is_empty()
            && comments.is_empty());
        Ok(Backup {
            format: BACKUP_FORMAT.to_owned(),
            version: if accounts { 2 } else { 1 },
            applications,
            stage_events,
            interviews,
            questions,
            documents,
            goals,
            goal_measurements,
            users,
            adviser_assignments,
            application_owners,
            document_owners,
            comments,
            next_steps,
        })
    }

    async fn count(
        &self,
        tx: &mut Transaction<'static, Any>,
        sql: &str,
    ) -> Result<i64, StoreError> {
        sqlx::query(sql)
            .bind(LOCAL_USER_ID)
            .fetch_one(&mut **tx)
            .await
            .and_then(|row| row.try_get(0))
            .map_err(|e| self.err(e))
    }

    /// Refuses a backup whose references do not hold (an owner, author or comment target that
    /// is not in it) before anything is written, with a message instead of a database error.
    fn check_references(backup: &Backup) -> Result<(), StoreError> {
        use std::collections::HashSet;
        let users: HashSet<i64> = backup
            .users
            .iter()
            .map(|u| u.id)
            .chain([LOCAL_USER_ID])
            .collect();
        let docs: HashSet<i64> = backup.documents.iter().map(|d| d.id).collect();
        let questions: HashSet<i64> = backup.questions.iter().map(|q| q.id).collect();
        let apps: HashSet<i64> = backup.applications.iter().map(|a| a.id).collect();
        let bad = |what: String| Err(StoreError::BadBackup(what));
        for u in &backup.users {
            if u.id == LOCAL_USER_ID {
                return bad(format!(
                    "利用者 #{} はこのコンピューターの利用者と同じ番号です",
                    u.id
                ));
            }
        }
        for a in &backup.adviser_assignments {
            if !users.contains(&a.adviser_id) || !users.contains(&a.seeker_id) {
                return bad(format!(
                    "担当の割り当て（#{} と #{}）の利用者がいません",
                    a.adviser_id, a.seeker_id
                ));
            }
        }
        for (what, owners, rows) in [
            ("応募", &backup.application_owners, &apps),
            ("書類", &backup.document_owners, &docs),
        ] {
            for o in owners {
                if !rows.contains(&o.id) || !users.contains(&o.user_id) {
                    return bad(format!(
                        "{what} #{} の持ち主 #{} がいません",
                        o.id, o.user_id
                    ));
                }
            }
        }
        for n in &backup.next_steps {
            if !apps.contains(&n.application_id) {
                return bad(format!(
                    "次にやること（応募 #{}）の応募がありません",
                    n.application_id
                ));
            }
        }
        for c in &backup.comments {
            let target = match (c.document_id, c.question_id) {
                (Some(d), None) => docs.contains(&d),
                (None, Some(q)) => questions.contains(&q),
                _ => false,
            };
            let origin = c.first_document_id.is_none_or(|d| docs.contains(&d));
            if !users.contains(&c.author_id) || !target || !origin {
                return bad(format!("コメント #{} の書き手か対象がありません", c.id));
            }
        }
        Ok(())
    }

    /// Restores a backup exactly, ids included. The database must be empty unless `replace`,
    /// which first deletes everything; either way one transaction, so a failure leaves the
    /// database as it was.
    ///
    /// Accounts: a backup with users replaces the users (other than the local one), their
    /// assignments, owners and comments, and ends every session. A backup without users
    /// (version 1) gives everything to the local user, so `replace` refuses it when the
    /// database holds rows of other users or comments, which would be lost.
    pub async fn restore(&self, backup: &Backup, replace: bool) -> Result<(), StoreError> {
        backup.check_text("")?;
        Self::check_references(backup)?;
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
        let others = self
            .count(&mut tx, "SELECT COUNT(*) FROM users WHERE id <> $1")
            .await?;
        if backup.users.is_empty() {
            let owned = self
                .count(
                    &mut tx,
                    "SELECT (SELECT COUNT(*) FROM applications WHERE user_id <> $1) \
                     + (SELECT COUNT(*) FROM documents WHERE user_id <> $1) \
                     + (SELECT COUNT(*) FROM comments)",
                )
                .await?;
            if owned > 0 {
                return Err(StoreError::BackupWithoutUsers);
            }
        } else if others > 0 && !replace {
            return Err(StoreError::UsersNotEmpty);
        }
        // The comments and next steps are replaced: what a seeker had seen of the comments no
        // longer applies.
        for table in ["comments", "comment_reads", "next_steps"] {
            sqlx::query(&format!("DELETE FROM {table}"))
                .execute(&mut *tx)
                .await
                .map_err(|e| self.err(e))?;
        }
        for table in TABLES.iter().rev() {
            sqlx::query(&format!("DELETE FROM {table}"))
                .execute(&mut *tx)
                .await
                .map_err(|e| self.err(e))?;
        }
        if !backup.users.is_empty() {
            for sql in [
                "DELETE FROM sessions",
                "DELETE FROM adviser_assignments",
                "DELETE FROM users WHERE id <> $1",
            ] {
                sqlx::query(sql)
                    .bind(LOCAL_USER_ID)
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| self.err(e))?;
            }
        }
        self.insert_backup(&mut tx, backup)
            .await
            .map_err(|e| self.err(e))?;
        if self.backend == Backend::Postgres {
            // Explicit ids do not advance identity sequences: move each past the largest id.
            for table in TABLES.iter().chain(&ACCOUNT_TABLES) {
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
        for u in &b.users {
            sqlx::query(
                "INSERT INTO users (id, login, display_name, role, password_hash, created_at, \
                 disabled_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(u.id)
            .bind(&u.login)
            .bind(&u.display_name)
            .bind(&u.role)
            .bind(&u.password_hash)
            .bind(&u.created_at)
            .bind(&u.disabled_at)
            .execute(&mut **tx)
            .await?;
        }
        for a in &b.adviser_assignments {
            sqlx::query("INSERT INTO adviser_assignments (adviser_id, seeker_id) VALUES ($1, $2)")
                .bind(a.adviser_id)
                .bind(a.seeker_id)
                .execute(&mut **tx)
                .await?;
        }
        for a in &b.applications {
            insert_application(&mut **tx, Some(a.id), &a.data).await?;
        }
        for n in &b.next_steps {
            sqlx::query(
                "INSERT INTO next_steps (application_id, what, on_date) VALUES ($1, $2, $3)",
            )
            .bind(n.application_id)
            .bind(&n.what)
            .bind(&n.on_date)
            .execute(&mut **tx)
            .await?;
        }
        for ev in &b.stage_events {
            sqlx::query(
                "INSERT INTO stage_events (id, application_id, stage, on_date, result, note) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(ev.id)
            .bind(ev.application_id)
            .bind(ev.stage)
            .bind(&ev.on_date)
            .bind(ev.result)
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
            .bind(i.round)
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
            .bind(q.kind)
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
            .bind(d.kind)
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
        for (table, owners) in [
            ("applications", &b.application_owners),
            ("documents", &b.document_owners),
        ] {
            for o in owners {
                sqlx::query(&format!("UPDATE {table} SET user_id = $1 WHERE id = $2"))
                    .bind(o.user_id)
                    .bind(o.id)
                    .execute(&mut **tx)
                    .await?;
            }
        }
        for c in &b.comments {
            sqlx::query(
                "INSERT INTO comments (id, author_id, document_id, line, question_id, body, \
                 created_at, first_document_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(c.id)
            .bind(c.author_id)
            .bind(c.document_id)
            .bind(c.line)
            .bind(c.question_id)
            .bind(&c.body)
            .bind(&c.created_at)
            .bind(c.first_document_id)
            .execute(&mut **tx)
            .await?;
        }
        Ok(())
    }
}
