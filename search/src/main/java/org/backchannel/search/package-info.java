/**
 * Evidence search and related articles: a Lucene index kept beside the DuckDB store, fed from the
 * store after each save, queried through {@link org.backchannel.search.EvidenceIndex}.
 */
package org.backchannel.search;
