-- Goals for the current job (naitei goals, issue 9) and their measurements over time.
CREATE TABLE goals (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The résumé the goal came from (file name as given) and the duty's line in it.
    source        TEXT    NOT NULL,
    line          INTEGER NOT NULL,
    duty          TEXT    NOT NULL,
    -- Job family and duty table entry (naitei_core::goals::catalog); entry is NULL for the fallback.
    family        TEXT    NOT NULL,
    entry         TEXT,
    -- Metric and action ids of the catalog, with their labels as shown when saved.
    metric        TEXT    NOT NULL,
    metric_label  TEXT    NOT NULL,
    measure       TEXT    NOT NULL,
    unit          TEXT    NOT NULL,
    -- down | up
    direction     TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    action_label  TEXT    NOT NULL,
    target        TEXT    NOT NULL,
    -- YYYY-MM-DD
    deadline      TEXT    NOT NULL,
    created_on    TEXT    NOT NULL
);

CREATE TABLE goal_measurements (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    goal_id  INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    -- baseline | result
    kind     TEXT    NOT NULL,
    -- A decimal number as the seeker wrote it (kept as text so that 8 stays 8 and 12.5 stays 12.5).
    value    TEXT    NOT NULL,
    on_date  TEXT    NOT NULL,
    note     TEXT
);

CREATE INDEX goal_measurements_goal ON goal_measurements (goal_id);
