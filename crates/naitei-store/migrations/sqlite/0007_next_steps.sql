-- 次にやること: one next step per application (what to do, and by when when a date is given).
-- The row goes with its application.
CREATE TABLE next_steps (
    application_id INTEGER PRIMARY KEY REFERENCES applications(id) ON DELETE CASCADE,
    what           TEXT    NOT NULL,
    -- YYYY-MM-DD, or NULL when no date is set
    on_date        TEXT
);
