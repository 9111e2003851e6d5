package org.backchannel.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * "You may also like": documents ranked by what their events share with the given document.
 *
 * <p>Each shared item scores its kind's weight times its rarity: a shared event (same CAMEO code
 * between the same ordered pair of actors) {@value #EVENT_WEIGHT}, a shared dyad (events between the
 * same two actors, either way) {@value #DYAD_WEIGHT}, a shared actor {@value #ACTOR_WEIGHT}; rarity is
 * {@code ln(1 + N / df)}, N the indexed documents and df those holding the item, so sharing the United
 * States counts less than sharing a small mediator. Documents are ordered by that score; how alike their
 * words are (Lucene's MoreLikeThis, scaled to 0..1) only breaks ties, and brings in documents that share
 * nothing structured after all that do.
 */
final class RelatedRanker {
    static final double EVENT_WEIGHT = 4;
    static final double DYAD_WEIGHT = 2;
    static final double ACTOR_WEIGHT = 1;
    private static final int CANDIDATES = 200;
    private static final Set<String> CANDIDATE_FIELDS = Set.of(
            IndexFields.DOC,
            IndexFields.TITLE,
            IndexFields.PUBLISHED,
            IndexFields.ACTOR,
            IndexFields.DYAD,
            IndexFields.SIGNATURE);

    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    RelatedRanker(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    private record Item(String field, String value, double weight) {}

    List<RelatedDocument> related(String documentId, int limit) throws IOException {
        TopDocs self = searcher.search(documentEntries(new TermQuery(new Term(IndexFields.DOC, documentId))), 1);
        if (self.scoreDocs.length == 0) {
            return List.of();
        }
        int selfDoc = self.scoreDocs[0].doc;
        Document d = searcher.storedFields().document(selfDoc, CANDIDATE_FIELDS);
        int n = searcher.count(kind());
        List<Item> items = new ArrayList<>();
        items(d, IndexFields.SIGNATURE, EVENT_WEIGHT, n, items);
        items(d, IndexFields.DYAD, DYAD_WEIGHT, n, items);
        items(d, IndexFields.ACTOR, ACTOR_WEIGHT, n, items);

        Map<Integer, Double> words = wordScores(selfDoc);
        Set<Integer> candidates = new LinkedHashSet<>(words.keySet());
        if (!items.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            items.forEach(i -> any.add(new TermQuery(new Term(i.field(), i.value())), Occur.SHOULD));
            for (ScoreDoc sd : searcher.search(documentEntries(any.build()), CANDIDATES).scoreDocs) {
                candidates.add(sd.doc);
            }
        }
        candidates.remove(selfDoc);

        List<RelatedDocument> out = new ArrayList<>();
        for (int doc : candidates) {
            Document c = searcher.storedFields().document(doc, CANDIDATE_FIELDS); // not the body: candidates are many
            Set<String> actors = new java.util.HashSet<>(List.of(c.getValues(IndexFields.ACTOR)));
            Set<String> dyads = new java.util.HashSet<>(List.of(c.getValues(IndexFields.DYAD)));
            Set<String> signatures = new java.util.HashSet<>(List.of(c.getValues(IndexFields.SIGNATURE)));
            double score = 0;
            List<String> sharedActors = new ArrayList<>();
            List<String> sharedDyads = new ArrayList<>();
            List<String> sharedEvents = new ArrayList<>();
            for (Item i : items) {
                Set<String> theirs =
                        switch (i.field()) {
                            case IndexFields.SIGNATURE -> signatures;
                            case IndexFields.DYAD -> dyads;
                            default -> actors;
                        };
                if (theirs.contains(i.value())) {
                    score += i.weight();
                    (i.field().equals(IndexFields.SIGNATURE)
                                    ? sharedEvents
                                    : i.field().equals(IndexFields.DYAD) ? sharedDyads : sharedActors)
                            .add(i.value());
                }
            }
            double word = words.getOrDefault(doc, 0.0);
            if (score == 0 && word == 0) {
                continue;
            }
            String published = c.get(IndexFields.PUBLISHED);
            out.add(new RelatedDocument(
                    c.get(IndexFields.DOC),
                    c.get(IndexFields.TITLE),
                    published == null ? null : LocalDate.parse(published),
                    Math.round(score * 1000) / 1000.0,
                    Math.round(word * 1000) / 1000.0,
                    sharedActors,
                    sharedDyads,
                    sharedEvents));
        }
        out.sort(Comparator.comparingDouble(RelatedDocument::score)
                .reversed()
                .thenComparing(
                        Comparator.comparingDouble(RelatedDocument::wordScore).reversed())
                .thenComparing(RelatedDocument::documentId));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    /** The document's distinct values of a field, each weighted by its kind and its rarity, rarest first. */
    private void items(Document d, String field, double weight, int n, List<Item> out) throws IOException {
        List<Item> found = new ArrayList<>();
        for (String v : new LinkedHashSet<>(List.of(d.getValues(field)))) {
            int df = Math.max(1, searcher.count(documentEntries(new TermQuery(new Term(field, v)))));
            found.add(new Item(field, v, weight * Math.log(1 + (double) n / df)));
        }
        found.sort(Comparator.comparingDouble(Item::weight).reversed());
        out.addAll(found);
    }

    /** MoreLikeThis scores of documents whose words are like this one's, scaled so the best is 1. */
    private Map<Integer, Double> wordScores(int selfDoc) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {IndexFields.TEXT});
        mlt.setMinTermFreq(1); // a short article repeats few words; the 25 best by tf-idf are kept
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(25);
        Map<Integer, Double> out = new HashMap<>();
        Query like = mlt.like(selfDoc);
        TopDocs top = searcher.search(documentEntries(like), CANDIDATES);
        double best = 0;
        for (ScoreDoc sd : top.scoreDocs) {
            if (sd.doc != selfDoc) {
                best = Math.max(best, sd.score);
            }
        }
        for (ScoreDoc sd : top.scoreDocs) {
            if (sd.doc != selfDoc && best > 0) {
                out.put(sd.doc, sd.score / best);
            }
        }
        return out;
    }

    private static Query kind() {
        return new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOCUMENT));
    }

    private static Query documentEntries(Query q) {
        return new BooleanQuery.Builder()
                .add(q, Occur.MUST)
                .add(kind(), Occur.FILTER)
                .build();
    }
}
