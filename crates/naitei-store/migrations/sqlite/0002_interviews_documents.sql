-- Interviews with the questions asked and the answers given; résumé versions; indexes for the
-- list and diagnose queries.
CREATE TABLE interviews (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id   INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    -- first | second | final | other
    round            TEXT    NOT NULL,
    on_date          TEXT,
    -- HH:MM, local time
    start_time       TEXT,
    interviewer_role TEXT,
    place            TEXT,
    UNIQUE (application_id, round)
);

CREATE TABLE questions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    interview_id  INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    -- reason | motive | pr | strength | weakness | success | failure | reverse | other
    kind          TEXT    NOT NULL,
    question      TEXT    NOT NULL,
    answer        TEXT    NOT NULL DEFAULT '',
    memo          TEXT
);

CREATE TABLE documents (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id INTEGER REFERENCES applications(id) ON DELETE SET NULL,
    -- resume (職務経歴書) | rirekisho (履歴書) | other
    kind           TEXT    NOT NULL,
    label          TEXT    NOT NULL,
    created_on     TEXT    NOT NULL,
    content        TEXT    NOT NULL
);

CREATE INDEX stage_events_application ON stage_events (application_id);
CREATE INDEX interviews_date ON interviews (on_date);
CREATE INDEX questions_interview ON questions (interview_id);
CREATE INDEX applications_stage ON applications (furthest_stage, outcome);
CREATE INDEX applications_channel ON applications (channel);
