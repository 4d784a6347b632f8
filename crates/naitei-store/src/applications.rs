//! Applications and their stage events.

use crate::text::CheckText as _;
use sqlx::FromRow as _;
use sqlx::{Any, Row};

use crate::{
    Application, ApplicationData, Backend, FunnelRow, InterviewPatch, ListFilter, NewEvent,
    StageEvent, Store, StoreError,
};
use naitei_vocab::{Channel, Outcome, Relation, Round, Stage};

/// The entered fields of an application, in the order [`bind_data`] binds them.
pub(crate) const DATA_COLUMNS: &str = "company, position, channel, channel_name, relation, \
     applied_on, furthest_stage, outcome, offered_salary, posting, notes";

/// Every column of an application row (`Application::from_row`).
pub(crate) const APPLICATION_COLUMNS: &str = "id, company, position, channel, channel_name, \
     relation, applied_on, furthest_stage, outcome, offered_salary, posting, notes";

type AnyQuery<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>;

/// Binds the entered fields of `a` ([`DATA_COLUMNS`], in that order) after what `q` has bound:
/// the one list of them for inserting, inserting for a user and updating.
pub(crate) fn bind_data<'q>(q: AnyQuery<'q>, a: &'q ApplicationData) -> AnyQuery<'q> {
    q.bind(&a.company)
        .bind(&a.position)
        .bind(a.channel)
        .bind(&a.channel_name)
        .bind(a.relation)
        .bind(&a.applied_on)
        .bind(a.furthest_stage)
        .bind(a.outcome)
        .bind(a.offered_salary)
        .bind(&a.posting)
        .bind(&a.notes)
}

pub(crate) async fn insert_application<'e, E>(
    executor: E,
    id: Option<i64>,
    a: &ApplicationData,
) -> Result<i64, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let sql = if id.is_some() {
        format!(
            "INSERT INTO applications (id, {DATA_COLUMNS}) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id"
        )
    } else {
        format!(
            "INSERT INTO applications ({DATA_COLUMNS}) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id"
        )
    };
    let mut q = sqlx::query(&sql);
    if let Some(id) = id {
        q = q.bind(id);
    }
    let row = bind_data(q, a).fetch_one(executor).await?;
    row.try_get(0)
}

/// One application as the database's JSON functions spell it.
#[derive(serde::Deserialize)]
struct FlatApplication {
    id: i64,
    company: String,
    position: String,
    channel: Channel,
    channel_name: Option<String>,
    relation: Relation,
    applied_on: String,
    furthest_stage: Stage,
    outcome: Outcome,
    offered_salary: Option<i64>,
    posting: Option<String>,
    notes: Option<String>,
}

impl From<FlatApplication> for Application {
    fn from(f: FlatApplication) -> Self {
        Application {
            id: f.id,
            data: ApplicationData {
                company: f.company,
                position: f.position,
                channel: f.channel,
                channel_name: f.channel_name,
                relation: f.relation,
                applied_on: f.applied_on,
                furthest_stage: f.furthest_stage,
                outcome: f.outcome,
                offered_salary: f.offered_salary,
                posting: f.posting,
                notes: f.notes,
            },
        }
    }
}

impl Store {
    /// Adds one application; returns its number.
    pub async fn add_application(&self, a: &ApplicationData) -> Result<i64, StoreError> {
        a.check_text("")?;
        insert_application(&self.pool, None, a)
            .await
            .map_err(|e| self.err(e))
    }

    /// Adds many applications in one transaction: all or nothing.
    pub async fn add_applications(&self, rows: &[ApplicationData]) -> Result<Vec<i64>, StoreError> {
        for (i, a) in rows.iter().enumerate() {
            a.check_text(&format!("{}件目の", i + 1))?;
        }
        let mut tx = self.begin_write().await?;
        let mut ids = Vec::with_capacity(rows.len());
        for a in rows {
            ids.push(
                insert_application(&mut *tx, None, a)
                    .await
                    .map_err(|e| self.err(e))?,
            );
        }
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(ids)
    }

    pub async fn application(&self, id: i64) -> Result<Application, StoreError> {
        let sql = format!("SELECT {APPLICATION_COLUMNS} FROM applications WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| self.err(e))?
            .ok_or(StoreError::ApplicationNotFound(id))?;
        Application::from_row(&row).map_err(|e| self.err(e))
    }

    /// Applications matching the filter, oldest application first.
    ///
    /// The rows come back as one JSON array built by the database: the drivers hand rows over
    /// one by one between threads, which costs more than the query itself when a seeker's whole
    /// history (thousands of rows) is listed. The JSON function is the one thing spelled per
    /// backend here.
    pub async fn list_applications(
        &self,
        filter: &ListFilter,
    ) -> Result<Vec<Application>, StoreError> {
        let mut filtered = String::from("SELECT * FROM applications");
        let mut binds: Vec<&str> = Vec::new();
        for (column, value) in [
            ("furthest_stage", filter.stage.map(Stage::code)),
            ("channel", filter.channel.map(Channel::code)),
            ("outcome", filter.outcome.map(Outcome::code)),
        ] {
            if let Some(value) = value {
                filtered.push_str(if binds.is_empty() { " WHERE " } else { " AND " });
                binds.push(value);
                filtered.push_str(&format!("{column} = ${}", binds.len()));
            }
        }
        let fields = "'id', id, 'company', company, 'position', position, 'channel', channel, \
             'channel_name', channel_name, 'relation', relation, 'applied_on', applied_on, \
             'furthest_stage', furthest_stage, 'outcome', outcome, \
             'offered_salary', offered_salary, 'posting', posting, 'notes', notes";
        let sql = match self.backend {
            Backend::Sqlite => {
                format!("SELECT json_group_array(json_object({fields})) FROM ({filtered}) AS a")
            }
            Backend::Postgres => format!(
                "SELECT COALESCE(json_agg(json_build_object({fields})), '[]')::text \
                 FROM ({filtered}) AS a"
            ),
        };
        let mut q = sqlx::query(&sql);
        for b in binds {
            q = q.bind(b);
        }
        let row = q.fetch_one(&self.pool).await.map_err(|e| self.err(e))?;
        let json: String = row.try_get(0).map_err(|e| self.err(e))?;
        let rows: Vec<FlatApplication> =
            serde_json::from_str(&json).map_err(|e| StoreError::Database {
                location: self.location.clone(),
                source: sqlx::Error::Decode(Box::new(e)),
            })?;
        let mut apps: Vec<Application> = rows.into_iter().map(Application::from).collect();
        apps.sort_by(|a, b| {
            (a.data.applied_on.as_str(), a.id).cmp(&(b.data.applied_on.as_str(), b.id))
        });
        Ok(apps)
    }

    /// What the funnel diagnosis needs of every application (no texts).
    pub async fn funnel_rows(&self) -> Result<Vec<FunnelRow>, StoreError> {
        self.funnel_rows_where(None).await
    }

    /// What the funnel diagnosis needs of the applications of `user` (every application when
    /// `None`), in one JSON array built by the database.
    pub(crate) async fn funnel_rows_where(
        &self,
        user: Option<i64>,
    ) -> Result<Vec<FunnelRow>, StoreError> {
        let fields = "furthest_stage, outcome, channel, relation, offered_salary";
        let only = if user.is_some() {
            " WHERE user_id = $1"
        } else {
            ""
        };
        let sql = match self.backend {
            Backend::Sqlite => format!(
                "SELECT json_group_array(json_array({fields}, \
                 (SELECT group_concat(DISTINCT e.stage) FROM stage_events e \
                  WHERE e.application_id = applications.id))) FROM applications{only}"
            ),
            Backend::Postgres => format!(
                "SELECT COALESCE(json_agg(json_build_array({fields}, \
                 (SELECT string_agg(DISTINCT e.stage, ',') FROM stage_events e \
                  WHERE e.application_id = applications.id))), '[]')::text \
                 FROM applications{only}"
            ),
        };
        let mut query = sqlx::query(&sql);
        if let Some(user) = user {
            query = query.bind(user);
        }
        let row = query.fetch_one(&self.pool).await.map_err(|e| self.err(e))?;
        let json: String = row.try_get(0).map_err(|e| self.err(e))?;
        #[allow(clippy::type_complexity)]
        let rows: Vec<(String, String, String, String, Option<i64>, Option<String>)> =
            serde_json::from_str(&json).map_err(|e| StoreError::Database {
                location: self.location.clone(),
                source: sqlx::Error::Decode(Box::new(e)),
            })?;
        Ok(rows
            .into_iter()
            .map(
                |(furthest_stage, outcome, channel, relation, offered_salary, stages)| FunnelRow {
                    furthest_stage,
                    outcome,
                    channel,
                    relation,
                    offered_salary,
                    event_stages: split_codes(stages),
                },
            )
            .collect())
    }

    /// Replaces the entered fields of an application.
    pub async fn update_application(&self, id: i64, a: &ApplicationData) -> Result<(), StoreError> {
        a.check_text("")?;
        let query = sqlx::query(
            "UPDATE applications SET company = $1, position = $2, channel = $3, channel_name = $4, \
             relation = $5, applied_on = $6, furthest_stage = $7, outcome = $8, \
             offered_salary = $9, posting = $10, notes = $11 WHERE id = $12",
        );
        let done = bind_data(query, a)
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        if done.rows_affected() == 0 {
            return Err(StoreError::ApplicationNotFound(id));
        }
        Ok(())
    }

    /// Removes an application with its events, interviews and questions (one transaction).
    pub async fn remove_application(&self, id: i64) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        // Explicit deletes rather than relying on ON DELETE CASCADE alone: the same on every
        // backend and whatever the connection's foreign-key setting.
        let steps = [
            "DELETE FROM questions WHERE interview_id IN \
             (SELECT id FROM interviews WHERE application_id = $1)",
            "DELETE FROM interviews WHERE application_id = $1",
            "DELETE FROM stage_events WHERE application_id = $1",
            "DELETE FROM next_steps WHERE application_id = $1",
            "UPDATE documents SET application_id = NULL WHERE application_id = $1",
        ];
        for sql in steps {
            sqlx::query(sql)
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(|e| self.err(e))?;
        }
        let done = sqlx::query("DELETE FROM applications WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        if done.rows_affected() == 0 {
            return Err(StoreError::ApplicationNotFound(id));
        }
        tx.commit().await.map_err(|e| self.err(e))
    }

    /// Records a stage event and sets the application's furthest stage and outcome, and when
    /// given, the date and details of the interview of that round — all in one transaction.
    /// The caller computes the new state (naitei-core's funnel rules).
    pub async fn record_event(
        &self,
        application_id: i64,
        event: &NewEvent,
        furthest_stage: Stage,
        outcome: Outcome,
        interview: Option<(Round, &InterviewPatch)>,
    ) -> Result<i64, StoreError> {
        event.check_text("")?;
        if let Some((_, patch)) = interview {
            patch.check_text("")?;
        }
        let mut tx = self.begin_write().await?;
        let done =
            sqlx::query("UPDATE applications SET furthest_stage = $1, outcome = $2 WHERE id = $3")
                .bind(furthest_stage)
                .bind(outcome)
                .bind(application_id)
                .execute(&mut *tx)
                .await
                .map_err(|e| self.err(e))?;
        if done.rows_affected() == 0 {
            return Err(StoreError::ApplicationNotFound(application_id));
        }
        let row = sqlx::query(
            "INSERT INTO stage_events (application_id, stage, on_date, result, note) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(application_id)
        .bind(event.stage)
        .bind(&event.on_date)
        .bind(event.result)
        .bind(&event.note)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| self.err(e))?;
        let id: i64 = row.try_get(0).map_err(|e| self.err(e))?;
        if let Some((round, patch)) = interview {
            self.upsert_interview_in(&mut tx, application_id, round, patch)
                .await?;
        }
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(id)
    }

    /// An application's events in date order.
    pub async fn events(&self, application_id: i64) -> Result<Vec<StageEvent>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, application_id, stage, on_date, result, note FROM stage_events \
             WHERE application_id = $1 ORDER BY on_date, id",
        )
        .bind(application_id)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        rows.iter()
            .map(StageEvent::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    pub async fn count_applications(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) FROM applications")
            .fetch_one(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        row.try_get(0).map_err(|e| self.err(e))
    }
}

/// The stage codes of an aggregated `a,b,c` column (NULL when the application has no event).
pub(crate) fn split_codes(codes: Option<String>) -> Vec<String> {
    codes
        .map(|c| c.split(',').map(str::to_string).collect())
        .unwrap_or_default()
}
