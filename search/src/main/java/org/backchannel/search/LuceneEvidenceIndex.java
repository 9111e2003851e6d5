package org.backchannel.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.backchannel.store.EventStore;

/**
 * The {@link EvidenceIndex} on a Lucene directory: English stemming for text and titles, exact terms
 * and sorted-set facets for actors, countries, CAMEO roots and codes, points for days. Safe for
 * concurrent searches; writes commit after each batch so a crash loses at most the batch, which
 * {@link #catchUp} then restores from the store.
 */
final class LuceneEvidenceIndex implements EvidenceIndex {
    private static final int BATCH = 500;
    private static final int FACET_VALUES = 10;

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = IndexFields.facetsConfig();
    /** The facet ordinals of the last reader searched; rebuilt when the index changes. */
    private volatile FacetState facetState;

    private volatile boolean closed;

    /** Facet ordinals and the labels looked up so far, for one reader. */
    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state, Map<String, String> labels) {}

    private LuceneEvidenceIndex(Directory directory, Analyzer analyzer, IndexWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
    }

    static LuceneEvidenceIndex open(Path dir) {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(
                new EnglishAnalyzer(), Map.of(IndexFields.ACTOR_NAME, new StandardAnalyzer(CharArraySet.EMPTY_SET)));
        try {
            Directory d = FSDirectory.open(dir);
            IndexWriter w = new IndexWriter(
                    d, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            w.commit(); // a new index is readable at once
            return new LuceneEvidenceIndex(d, analyzer, w, new SearcherManager(w, null));
        } catch (IOException e) {
            throw new SearchException("cannot open the search index " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void index(EventStore store, List<String> documentIds) {
        StoreReader reader = new StoreReader(store);
        try {
            for (int i = 0; i < documentIds.size(); i += BATCH) {
                Map<String, String> labels = new LinkedHashMap<>();
                for (IndexedDocument d : reader.read(documentIds.subList(i, Math.min(documentIds.size(), i + BATCH)))) {
                    writer.updateDocuments(new Term(IndexFields.DOC, d.id()), IndexFields.entries(d, facets));
                    labels.putAll(d.labels());
                }
                for (Document l : IndexFields.labels(labels)) {
                    writer.updateDocument(new Term(IndexFields.LABEL_KEY, l.get(IndexFields.LABEL_KEY)), l);
                }
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new SearchException("cannot index documents: " + e.getMessage(), e);
        }
    }

    @Override
    public int rebuild(EventStore store) {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new SearchException("cannot clear the search index: " + e.getMessage(), e);
        }
        List<String> ids = new StoreReader(store).documentIds();
        index(store, ids);
        return ids.size();
    }

    @Override
    public int catchUp(EventStore store) {
        List<String> stored = new StoreReader(store).documentIds();
        if (stored.size() == documentCount()) {
            return 0; // the common case: nothing saved behind the index's back
        }
        Set<String> indexed = indexedIds();
        List<String> missing =
                stored.stream().filter(id -> !indexed.contains(id)).toList();
        index(store, missing);
        return missing.size();
    }

    private Set<String> indexedIds() {
        return withSearcher(s -> {
            Set<String> out = new HashSet<>();
            TopDocs all = s.search(
                    kind(IndexFields.KIND_DOCUMENT),
                    Math.max(1, s.getIndexReader().maxDoc()));
            StoredFields fields = s.storedFields();
            for (ScoreDoc sd : all.scoreDocs) {
                out.add(fields.document(sd.doc, Set.of(IndexFields.DOC)).get(IndexFields.DOC));
            }
            return out;
        });
    }

    @Override
    public int documentCount() {
        return withSearcher(s -> s.count(kind(IndexFields.KIND_DOCUMENT)));
    }

    @Override
    public SearchResults search(SearchQuery q) {
        long t0 = System.nanoTime();
        boolean sentences = q.scope() == SearchQuery.Scope.SENTENCES;
        Query words = words(q.text(), sentences);
        Query query = filtered(words, q, sentences ? IndexFields.KIND_SENTENCE : IndexFields.KIND_DOCUMENT);
        int offset = Cursor.offset(q.cursor());
        return withSearcher(s -> {
            int want = offset + q.limit();
            FacetsCollectorManager.FacetsResult r = words == null
                    ? FacetsCollectorManager.search(
                            s,
                            query,
                            want,
                            new Sort(new SortField(IndexFields.LATEST, SortField.Type.LONG, true)),
                            new FacetsCollectorManager())
                    : FacetsCollectorManager.search(s, query, want, new FacetsCollectorManager());
            FacetsCollector fc = r.facetsCollector();
            long total =
                    fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
            ScoreDoc[] page = java.util.Arrays.copyOfRange(
                    r.topDocs().scoreDocs,
                    Math.min(offset, r.topDocs().scoreDocs.length),
                    r.topDocs().scoreDocs.length);
            List<SearchHit> hits = hits(s, words == null ? new MatchAllDocsQuery() : words, page, sentences);
            Map<String, List<FacetCount>> counts = facetCounts(s, fc);
            String next = offset + hits.size() < total && !hits.isEmpty() ? Cursor.at(offset + hits.size()) : null;
            return new SearchResults(total, hits, counts, next, (System.nanoTime() - t0) / 1e6);
        });
    }

    /** The user's words over sentence text, or over document text and title; null when there are none. */
    private Query words(String text, boolean sentences) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<String, Float> fields =
                sentences ? Map.of(IndexFields.TEXT, 1f) : Map.of(IndexFields.TEXT, 1f, IndexFields.TITLE, 2f);
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields);
        parser.setDefaultOperator(Occur.MUST);
        Query parsed = parser.parse(text);
        // a query of stop words only ("the") parses to nothing: it matches nothing rather than everything
        return parsed == null ? new BooleanQuery.Builder().build() : parsed;
    }

    private Query filtered(Query words, SearchQuery q, String kind) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(words == null ? new MatchAllDocsQuery() : words, words == null ? Occur.FILTER : Occur.MUST);
        b.add(kind(kind), Occur.FILTER);
        if (blank(q.actor()) == null) {
            // no actor filter
        } else {
            BooleanQuery.Builder actor = new BooleanQuery.Builder();
            actor.add(new TermQuery(new Term(IndexFields.ACTOR, q.actor().strip())), Occur.SHOULD);
            Query name = new QueryBuilder(analyzer).createPhraseQuery(IndexFields.ACTOR_NAME, q.actor());
            if (name != null) {
                actor.add(name, Occur.SHOULD);
            }
            b.add(actor.build(), Occur.FILTER);
        }
        if (blank(q.country()) != null) {
            b.add(new TermQuery(new Term(IndexFields.COUNTRY, IndexFields.country(q.country()))), Occur.FILTER);
        }
        if (blank(q.root()) != null) {
            b.add(new TermQuery(new Term(IndexFields.ROOT, IndexFields.root(q.root()))), Occur.FILTER);
        }
        if (blank(q.code()) != null) {
            b.add(new PrefixQuery(new Term(IndexFields.CODE, q.code().strip())), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(IndexFields.DAY, lo, hi), Occur.FILTER);
        }
        return b.build();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(IndexFields.KIND, kind));
    }

    private List<SearchHit> hits(IndexSearcher s, Query words, ScoreDoc[] page, boolean sentences) throws IOException {
        int[] ids = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            ids[i] = page[i].doc;
        }
        OffsetHighlighter.Snippet[] snippets =
                OffsetHighlighter.of(s, analyzer, sentences).snippets(IndexFields.TEXT, words, ids);
        StoredFields fields = s.storedFields();
        List<SearchHit> out = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = fields.document(page[i].doc);
            OffsetHighlighter.Snippet snip = snippets[i] != null
                    ? snippets[i]
                    : new OffsetHighlighter.Snippet(d.get(IndexFields.TEXT), List.of());
            String published = d.get(IndexFields.PUBLISHED);
            List<String> events = java.util.Arrays.asList(d.getValues(IndexFields.EVENT));
            int sentence = d.getField(IndexFields.SENTENCE) == null
                    ? -1
                    : d.getField(IndexFields.SENTENCE).numericValue().intValue();
            out.add(new SearchHit(
                    d.get(IndexFields.DOC),
                    sentence,
                    d.get(IndexFields.TITLE),
                    published == null ? null : LocalDate.parse(published),
                    snip.text(),
                    snip.matches(),
                    events,
                    Float.isNaN(page[i].score) ? 0f : page[i].score));
        }
        return out;
    }

    private Map<String, List<FacetCount>> facetCounts(IndexSearcher s, FacetsCollector fc) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        FacetState f = facetState(s.getIndexReader());
        SortedSetDocValuesReaderState state = f.state();
        if (state == null) {
            SearchResults.FACETS.forEach(dim -> out.put(dim, List.of()));
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : SearchResults.FACETS) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult r = counts.getTopChildren(FACET_VALUES, dim); // null when no entry has this facet yet
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    String key = dim + "/" + lv.label;
                    String label = f.labels().get(key);
                    if (label == null) {
                        label = label(s, key, lv.label);
                        f.labels().put(key, label);
                    }
                    values.add(new FacetCount(lv.label, label, lv.value.intValue()));
                }
            }
            out.put(dim, List.copyOf(values));
        }
        return out;
    }

    /** Facet ordinals for this reader, kept until the index changes; the state is null while no document has facets. */
    private FacetState facetState(IndexReader reader) throws IOException {
        FacetState f = facetState;
        if (f != null && f.reader() == reader) {
            return f;
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facets);
        } catch (IllegalArgumentException e) {
            state = null; // no facet field indexed yet
        }
        f = new FacetState(reader, state, new java.util.concurrent.ConcurrentHashMap<>());
        facetState = f;
        return f;
    }

    private static String label(IndexSearcher s, String key, String value) throws IOException {
        TopDocs t = s.search(new TermQuery(new Term(IndexFields.LABEL_KEY, key)), 1);
        if (t.scoreDocs.length == 0) {
            return value;
        }
        return s.storedFields().document(t.scoreDocs[0].doc).get(IndexFields.LABEL);
    }

    @Override
    public List<RelatedDocument> related(String documentId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return withSearcher(s -> new RelatedRanker(s, analyzer).related(documentId, limit));
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        if (closed) {
            throw new IllegalStateException("the search index is closed");
        }
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new SearchException("search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
