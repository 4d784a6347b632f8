//! Goals of `naitei goals` and their measurements (baseline and results over time).

use crate::text::CheckText as _;
use sqlx::FromRow as _;
use sqlx::{Any, Executor, Row};

use crate::{Goal, Measurement, NewGoal, NewMeasurement, Store, StoreError};

pub(crate) const GOAL_COLUMNS: &str = "id, source, line, duty, family, entry, metric, metric_label, \
     measure, unit, direction, action, action_label, target, deadline, created_on";
pub(crate) const MEASUREMENT_COLUMNS: &str = "id, goal_id, kind, value, on_date, note";

/// `$1, $2, … $n`: placeholders in the order of binding (SQLite numbers `$N` parameters by
/// their first appearance, so they must appear in order).
fn placeholders(n: usize) -> String {
    (1..=n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Inserts a goal (with its id when restoring) and returns the id.
pub(crate) async fn insert_goal<'e, E>(
    executor: E,
    id: Option<i64>,
    g: &NewGoal,
) -> Result<i64, sqlx::Error>
where
    E: Executor<'e, Database = Any>,
{
    let columns = "source, line, duty, family, entry, metric, metric_label, measure, unit, \
                   direction, action, action_label, target, deadline, created_on";
    let sql = match id {
        Some(_) => format!(
            "INSERT INTO goals (id, {columns}) VALUES ({}) RETURNING id",
            placeholders(16)
        ),
        None => format!(
            "INSERT INTO goals ({columns}) VALUES ({}) RETURNING id",
            placeholders(15)
        ),
    };
    let mut q = sqlx::query(&sql);
    if let Some(id) = id {
        q = q.bind(id);
    }
    q.bind(&g.source)
        .bind(g.line)
        .bind(&g.duty)
        .bind(&g.family)
        .bind(&g.entry)
        .bind(&g.metric)
        .bind(&g.metric_label)
        .bind(&g.measure)
        .bind(&g.unit)
        .bind(&g.direction)
        .bind(&g.action)
        .bind(&g.action_label)
        .bind(&g.target)
        .bind(&g.deadline)
        .bind(&g.created_on)
        .fetch_one(executor)
        .await?
        .try_get(0)
}

pub(crate) async fn insert_measurement<'e, E>(
    executor: E,
    id: Option<i64>,
    goal_id: i64,
    m: &NewMeasurement,
) -> Result<i64, sqlx::Error>
where
    E: Executor<'e, Database = Any>,
{
    let columns = "goal_id, kind, value, on_date, note";
    let sql = match id {
        Some(_) => format!(
            "INSERT INTO goal_measurements (id, {columns}) VALUES ({}) RETURNING id",
            placeholders(6)
        ),
        None => format!(
            "INSERT INTO goal_measurements ({columns}) VALUES ({}) RETURNING id",
            placeholders(5)
        ),
    };
    let mut q = sqlx::query(&sql);
    if let Some(id) = id {
        q = q.bind(id);
    }
    q.bind(goal_id)
        .bind(m.kind)
        .bind(&m.value)
        .bind(&m.on_date)
        .bind(&m.note)
        .fetch_one(executor)
        .await?
        .try_get(0)
}

impl Store {
    /// Saves goals in one transaction; returns their ids in order.
    pub async fn add_goals(&self, goals: &[NewGoal]) -> Result<Vec<i64>, StoreError> {
        for g in goals {
            g.check_text("")?;
        }
        let mut tx = self.begin_write().await?;
        let mut ids = Vec::with_capacity(goals.len());
        for g in goals {
            ids.push(
                insert_goal(&mut *tx, None, g)
                    .await
                    .map_err(|e| self.err(e))?,
            );
        }
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(ids)
    }

    /// All goals, oldest first.
    pub async fn goals(&self) -> Result<Vec<Goal>, StoreError> {
        let sql = format!("SELECT {GOAL_COLUMNS} FROM goals ORDER BY id");
        let rows = sqlx::query(&sql)
            .fetch_all(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        rows.iter()
            .map(Goal::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    pub async fn goal(&self, id: i64) -> Result<Goal, StoreError> {
        let sql = format!("SELECT {GOAL_COLUMNS} FROM goals WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| self.err(e))?
            .ok_or(StoreError::GoalNotFound(id))?;
        Goal::from_row(&row).map_err(|e| self.err(e))
    }

    /// Records a measurement of a goal; the goal must exist.
    pub async fn add_measurement(
        &self,
        goal_id: i64,
        m: &NewMeasurement,
    ) -> Result<i64, StoreError> {
        m.check_text("")?;
        let mut tx = self.begin_write().await?;
        let exists = sqlx::query("SELECT id FROM goals WHERE id = $1")
            .bind(goal_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        if exists.is_none() {
            return Err(StoreError::GoalNotFound(goal_id));
        }
        let id = insert_measurement(&mut *tx, None, goal_id, m)
            .await
            .map_err(|e| self.err(e))?;
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(id)
    }

    /// A goal's measurements, in the order of their dates (then of recording).
    pub async fn measurements(&self, goal_id: i64) -> Result<Vec<Measurement>, StoreError> {
        let sql = format!(
            "SELECT {MEASUREMENT_COLUMNS} FROM goal_measurements WHERE goal_id = $1 \
             ORDER BY on_date, id"
        );
        let rows = sqlx::query(&sql)
            .bind(goal_id)
            .fetch_all(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        rows.iter()
            .map(Measurement::from_row)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    /// Removes a goal with its measurements (one transaction).
    pub async fn remove_goal(&self, id: i64) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM goal_measurements WHERE goal_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        let done = sqlx::query("DELETE FROM goals WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        if done.rows_affected() == 0 {
            return Err(StoreError::GoalNotFound(id));
        }
        tx.commit().await.map_err(|e| self.err(e))
    }
}
