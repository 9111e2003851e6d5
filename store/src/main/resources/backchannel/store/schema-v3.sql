-- Backchannel store, schema version 3: placeholder on the formats branch. The users schema of another
-- branch is schema version 3 and replaces this file when the branches are merged; schema-v4.sql does
-- not depend on it.
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL);
