-- Failed (and in-flight) logins per login name and client address, for the web app's login
-- limiter. In the database, not in memory, so that several `naitei serve` processes on one
-- PostgreSQL count together. An attempt is counted before its password is checked and the
-- row is removed on success.
CREATE TABLE login_failures (
    login        TEXT   NOT NULL,
    -- the client's address as text; '' when unknown
    address      TEXT   NOT NULL,
    failures     BIGINT NOT NULL,
    -- Unix seconds of the first attempt in the current window
    window_start BIGINT NOT NULL,
    PRIMARY KEY (login, address)
);

CREATE INDEX login_failures_window ON login_failures (window_start);
