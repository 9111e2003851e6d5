-- Backchannel store, schema version 2: where an event happened, resolved to a place with coordinates.
-- Run after schema-v1.sql on every open, so a new store and a version 1 store end up alike; the
-- columns come after the version 1 columns. events.location keeps the place as written; a version 1
-- row has no precision, and reads back as an unresolved place. Statements are separated by ';' at line ends.
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_name VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_country VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_lat DOUBLE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_lon DOUBLE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_geonames_id BIGINT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_precision VARCHAR;
