-- Backchannel store, schema version 3: the analyst workspace. Users with a role and a password hash,
-- login sessions (only a hash of each session token is kept), comments on events, actors and
-- documents, reviews that mark an event disputed or confirmed, and the audit log of every change.
-- Run after schema-v2.sql on every open; each statement is idempotent. Statements are separated by ';' at line ends.
CREATE TABLE IF NOT EXISTS users (
  name VARCHAR PRIMARY KEY, role VARCHAR NOT NULL, password_hash VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash VARCHAR PRIMARY KEY, user_name VARCHAR NOT NULL, csrf_token VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL, expires_at TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS comments (
  id VARCHAR PRIMARY KEY, target_kind VARCHAR NOT NULL, target_id VARCHAR NOT NULL, author VARCHAR NOT NULL,
  body VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS reviews (
  id VARCHAR PRIMARY KEY, event_id VARCHAR NOT NULL, verdict VARCHAR NOT NULL, reason VARCHAR NOT NULL, author VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
  id VARCHAR PRIMARY KEY, changed_at TIMESTAMP NOT NULL, user_name VARCHAR, action VARCHAR NOT NULL, target VARCHAR, detail VARCHAR);
CREATE INDEX IF NOT EXISTS comments_target ON comments (target_kind, target_id);
CREATE INDEX IF NOT EXISTS reviews_event ON reviews (event_id);
