package org.backchannel.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with facet counts over all hits.
 *
 * @param total      how many hits match in all
 * @param hits       this page, best first
 * @param facets     per facet ({@link #FACETS}), the most frequent values over all hits, most frequent first
 * @param nextCursor the cursor of the next page, or null on the last page
 */
public record SearchResults(
        long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, String nextCursor, double millis) {
    /** The facets every search counts: actor ids, ISO-3 countries, CAMEO roots, CAMEO codes, months (YYYY-MM). */
    public static final List<String> FACETS = List.of("actor", "country", "root", "code", "month");

    public SearchResults {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(facets)); // keeps the order of FACETS
    }
}
