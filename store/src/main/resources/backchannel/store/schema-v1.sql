-- Backchannel store, schema version 1. Statements are separated by ';' at line ends.
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id VARCHAR PRIMARY KEY,
  content_hash VARCHAR NOT NULL UNIQUE,
  origin VARCHAR, url VARCHAR, title VARCHAR, author VARCHAR, published DATE,
  body VARCHAR NOT NULL,
  sentence_count INTEGER NOT NULL,
  boilerplate_removed VARCHAR,
  ingested_at TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS sentences (
  document_id VARCHAR NOT NULL, idx INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, body VARCHAR NOT NULL,
  PRIMARY KEY (document_id, idx));
CREATE TABLE IF NOT EXISTS actors (
  id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, aliases VARCHAR, type VARCHAR NOT NULL, country VARCHAR, agent VARCHAR, code VARCHAR);
CREATE TABLE IF NOT EXISTS roles (
  actor_id VARCHAR NOT NULL, title VARCHAR NOT NULL, country VARCHAR, agent VARCHAR, date_from DATE, date_to DATE);
CREATE TABLE IF NOT EXISTS events (
  id VARCHAR PRIMARY KEY,
  document_id VARCHAR NOT NULL, sentence INTEGER NOT NULL,
  event_date DATE, date_label VARCHAR, date_precision VARCHAR, date_from_text BOOLEAN,
  source_actor VARCHAR, source_text VARCHAR, source_code VARCHAR, source_country VARCHAR,
  target_actor VARCHAR, target_text VARCHAR, target_code VARCHAR, target_country VARCHAR,
  cameo VARCHAR NOT NULL, cameo_name VARCHAR, root VARCHAR NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL,
  plover_type VARCHAR, plover_mode VARCHAR, predicate VARCHAR,
  status VARCHAR NOT NULL, status_cue VARCHAR, secret BOOLEAN NOT NULL, attributed_to VARCHAR, mediator VARCHAR,
  disputed_by VARCHAR, sources INTEGER NOT NULL, contexts VARCHAR, location VARCHAR, confidence DOUBLE);
CREATE TABLE IF NOT EXISTS evidence (
  event_id VARCHAR NOT NULL, document_id VARCHAR NOT NULL, sentence INTEGER NOT NULL, body VARCHAR NOT NULL,
  char_start INTEGER NOT NULL, char_end INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS warnings (
  document_id VARCHAR, kind VARCHAR NOT NULL, message VARCHAR NOT NULL, sentence INTEGER, body VARCHAR);
CREATE TABLE IF NOT EXISTS analogs (
  document_id VARCHAR, analog_id VARCHAR NOT NULL, name VARCHAR NOT NULL, sentence INTEGER, body VARCHAR);
CREATE INDEX IF NOT EXISTS events_date ON events (event_date);
CREATE INDEX IF NOT EXISTS events_root ON events (root);
CREATE INDEX IF NOT EXISTS evidence_event ON evidence (event_id);
