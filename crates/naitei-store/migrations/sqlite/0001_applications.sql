-- First schema: applications and their stage events.
-- Dates are ISO 8601 text (YYYY-MM-DD) so SQLite and PostgreSQL store and sort them alike.
CREATE TABLE applications (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    company        TEXT    NOT NULL,
    position       TEXT    NOT NULL DEFAULT '',
    -- hellowork | agent | scout | direct | referral
    channel        TEXT    NOT NULL,
    -- agent or scout site name (agent:NAME in CSV)
    channel_name   TEXT,
    -- same | same-job | adjacent | new
    relation       TEXT    NOT NULL,
    applied_on     TEXT    NOT NULL,
    -- furthest stage entered: document | first | second | final | offer
    furthest_stage TEXT    NOT NULL DEFAULT 'document',
    -- outcome at that stage: pending | failed | withdrawn | accepted | declined
    outcome        TEXT    NOT NULL DEFAULT 'pending',
    -- offered annual salary in 万円
    offered_salary INTEGER,
    posting        TEXT,
    notes          TEXT
);

CREATE TABLE stage_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    stage          TEXT    NOT NULL,
    on_date        TEXT    NOT NULL,
    -- pending | passed | failed | withdrawn | accepted | declined
    result         TEXT    NOT NULL,
    note           TEXT
);
