-- What each seeker has seen of their advisers' comments: the highest comment id shown to them on
-- a résumé page, so the home page can say that new comments arrived.
CREATE TABLE comment_reads (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    last_seen_comment_id INTEGER NOT NULL
);
