-- Backchannel store, schema version 4: syndicated copies. Run after the older scripts on every open;
-- every statement is idempotent and touches no table of another version, so it needs nothing of
-- version 3. Statements are separated by ';' at line ends.
-- document_bands: the MinHash LSH band keys of each stored document (by content hash), so a new text is
-- compared only with stored texts that share a band (ingest.dedupe: 5-word shingles, 40 bands of 3 rows).
-- document_copies: reprints of a stored document that were recorded instead of coded again, with their
-- source; kept_hash is the content hash of the stored document they copy.
CREATE TABLE IF NOT EXISTS document_bands (content_hash VARCHAR NOT NULL, band_key BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS document_bands_key ON document_bands (band_key);
CREATE TABLE IF NOT EXISTS document_copies (
  kept_hash VARCHAR NOT NULL, copy_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  publisher VARCHAR, url VARCHAR, origin VARCHAR, title VARCHAR, published DATE,
  similarity DOUBLE NOT NULL, recorded_at TIMESTAMP NOT NULL);
CREATE OR REPLACE VIEW syndication AS
  SELECT d.id AS document_id, d.title AS title, count(*) AS copies,
         string_agg(coalesce(c.publisher, c.url, c.origin), ', ' ORDER BY c.published NULLS LAST, c.copy_id) AS sources
  FROM documents d JOIN document_copies c ON c.kept_hash = d.content_hash
  GROUP BY d.id, d.title;
