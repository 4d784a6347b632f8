-- Account administration (naitei user disable/enable): when set, the user cannot log in and the
-- sessions they hold stop working. NULL: an active account.
ALTER TABLE users ADD COLUMN disabled_at TEXT;

-- Comments carried to a newer version of a document (the lines they were on are unchanged):
-- the version they were written on, so an adviser's last review is known. NULL: the document
-- they are on.
ALTER TABLE comments ADD COLUMN first_document_id BIGINT REFERENCES documents(id) ON DELETE SET NULL;
