package org.backchannel.search;

import java.time.LocalDate;

/**
 * One search: words and filters; null fields do not filter.
 *
 * @param text    the words, in simple query syntax ({@code "quoted phrase"}, {@code -not}, {@code prefix*}); blank lists everything
 * @param scope   sentences (evidence, the default) or whole documents
 * @param actor   an actor id, or words of its name, on either side of an event in the hit
 * @param country ISO-3 code of either side
 * @param root    CAMEO root, e.g. {@code 04}
 * @param code    CAMEO code or prefix, e.g. {@code 046}
 * @param from    first day (event date, else the document's date)
 * @param to      last day
 * @param cursor  where the page starts, as returned in {@link SearchResults#nextCursor()}; null for the first page
 * @param limit   hits per page, 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(
        String text,
        Scope scope,
        String actor,
        String country,
        String root,
        String code,
        LocalDate from,
        LocalDate to,
        String cursor,
        int limit) {
    public static final int MAX_LIMIT = 200;

    /** What a hit is. */
    public enum Scope {
        SENTENCES,
        DOCUMENTS
    }

    public SearchQuery {
        scope = scope == null ? Scope.SENTENCES : scope;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        Cursor.offset(cursor); // a cursor that does not parse is rejected here, not deep in the search
    }

    /** Sentences matching these words, first page of 20. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Scope.SENTENCES, null, null, null, null, null, null, null, 20);
    }

    public SearchQuery withScope(Scope s) {
        return new SearchQuery(text, s, actor, country, root, code, from, to, cursor, limit);
    }

    public SearchQuery withActor(String a) {
        return new SearchQuery(text, scope, a, country, root, code, from, to, cursor, limit);
    }

    public SearchQuery withCountry(String c) {
        return new SearchQuery(text, scope, actor, c, root, code, from, to, cursor, limit);
    }

    public SearchQuery withRoot(String r) {
        return new SearchQuery(text, scope, actor, country, r, code, from, to, cursor, limit);
    }

    public SearchQuery withCode(String c) {
        return new SearchQuery(text, scope, actor, country, root, c, from, to, cursor, limit);
    }

    public SearchQuery withDates(LocalDate f, LocalDate t) {
        return new SearchQuery(text, scope, actor, country, root, code, f, t, cursor, limit);
    }

    public SearchQuery withCursor(String c) {
        return new SearchQuery(text, scope, actor, country, root, code, from, to, c, limit);
    }

    public SearchQuery withLimit(int n) {
        return new SearchQuery(text, scope, actor, country, root, code, from, to, cursor, n);
    }
}
