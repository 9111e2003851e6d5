/**
 * Store: one embedded DuckDB file with documents, sentences, actors, roles, events, evidence,
 * warnings and analog mentions. Re-ingesting the same text adds nothing (content hash), each
 * document is saved in its own transaction so an interrupted batch resumes without duplicates, and
 * the schema version is recorded for migrations. Entry point: {@link org.backchannel.store.EventStore}.
 */
package org.backchannel.store;
