-- Accounts for the web app (naitei serve): users with a role, login sessions, adviser
-- assignments and comments; an owner on applications and documents.
-- User 1 is the local user of personal mode and of the command line: it has no password and
-- cannot log in; every row written before this migration (and by the CLI) belongs to it.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    login         TEXT    NOT NULL UNIQUE,
    display_name  TEXT    NOT NULL,
    -- seeker (求職者) | adviser (アドバイザー)
    role          TEXT    NOT NULL,
    -- argon2 PHC string; NULL: cannot log in
    password_hash TEXT,
    created_at    TEXT    NOT NULL
);

INSERT INTO users (id, login, display_name, role, password_hash, created_at)
VALUES (1, 'local', 'ローカル利用者', 'seeker', NULL, '1970-01-01T00:00:00Z');

CREATE TABLE sessions (
    -- SHA-256 of the cookie's token (hex): a copy of the database does not give sessions away
    token_hash TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token TEXT    NOT NULL,
    -- Unix seconds
    expires_at BIGINT  NOT NULL
);

CREATE TABLE adviser_assignments (
    adviser_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    seeker_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (adviser_id, seeker_id)
);

-- A comment is on one line of a document version, or on one question (and its answer).
CREATE TABLE comments (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    line        INTEGER,
    question_id INTEGER REFERENCES questions(id) ON DELETE CASCADE,
    body        TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);

-- SQLite cannot add a column with both a REFERENCES clause and a non-NULL default.
ALTER TABLE applications ADD COLUMN user_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE documents ADD COLUMN user_id INTEGER NOT NULL DEFAULT 1;

CREATE INDEX applications_user ON applications (user_id);
CREATE INDEX documents_user ON documents (user_id);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX comments_document ON comments (document_id);
CREATE INDEX comments_question ON comments (question_id);
