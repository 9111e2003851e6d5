/**
 * Ingest: reads plain text, HTML and JSON Lines into {@link org.backchannel.model.Document}s, strips
 * page furniture, takes title, byline and date from the page, reports each bad item with its cause,
 * and drops exact duplicates by content hash. Entry point: {@link org.backchannel.ingest.Ingestor}.
 */
package org.backchannel.ingest;
