package org.backchannel.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * The index's layout: field names, and how a stored document becomes Lucene documents. One stored
 * document gives one {@code document} entry and one {@code sentence} entry per sentence, all sharing
 * its id in {@link #DOC}, so replacing a document is one delete-by-term; readable names of facet
 * values live in {@code label} entries.
 */
final class IndexFields {
    static final String KIND = "kind";
    static final String DOC = "doc";
    static final String SENTENCE = "sentence";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String PUBLISHED = "published";
    static final String DAY = "day";
    static final String LATEST = "latest";
    static final String ACTOR = "actor";
    static final String ACTOR_NAME = "actor_name";
    static final String COUNTRY = "country";
    static final String ROOT = "root";
    static final String CODE = "code";
    static final String MONTH = "month";
    static final String DYAD = "dyad";
    static final String SIGNATURE = "signature";
    static final String EVENT = "event";
    static final String LABEL_KEY = "label_key";
    static final String LABEL = "label";

    static final String KIND_DOCUMENT = "document";
    static final String KIND_SENTENCE = "sentence";
    static final String KIND_LABEL = "label";

    /** Text with positions and offsets, so the highlighter reads matches from the postings instead of re-analyzing. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private IndexFields() {}

    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : SearchResults.FACETS) {
            c.setMultiValued(dim, true);
        }
        return c;
    }

    /** The entries of one stored document: the document itself, then its sentences. */
    static List<Document> entries(IndexedDocument d, FacetsConfig config) throws IOException {
        List<Document> out = new ArrayList<>();
        Document doc = base(d, KIND_DOCUMENT, d.body());
        facts(doc, d, d.events());
        for (String dyad : IndexedDocument.collect(d.events(), e -> java.util.Collections.singletonList(e.dyad()))) {
            doc.add(new StringField(DYAD, dyad, Field.Store.YES));
        }
        for (String signature :
                IndexedDocument.collect(d.events(), e -> java.util.Collections.singletonList(e.signature()))) {
            doc.add(new StringField(SIGNATURE, signature, Field.Store.YES));
        }
        out.add(config.build(doc));
        for (IndexedDocument.Sentence s : d.sentences()) {
            Document sd = base(d, KIND_SENTENCE, s.text());
            sd.add(new StoredField(SENTENCE, s.index()));
            sd.add(new IntPoint(SENTENCE, s.index()));
            List<IndexedDocument.EventFacts> events = d.eventsOf(s.index());
            facts(sd, d, events);
            events.forEach(e -> sd.add(new StoredField(EVENT, e.id())));
            out.add(config.build(sd));
        }
        return out;
    }

    /** Label entries for readable facet values, keyed {@code dimension/value}. */
    static List<Document> labels(Map<String, String> labels) {
        List<Document> out = new ArrayList<>();
        labels.forEach((key, label) -> {
            Document l = new Document();
            l.add(new StringField(KIND, KIND_LABEL, Field.Store.NO));
            l.add(new StringField(LABEL_KEY, key, Field.Store.YES));
            l.add(new StoredField(LABEL, label));
            out.add(l);
        });
        return out;
    }

    private static Document base(IndexedDocument d, String kind, String text) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind, Field.Store.NO));
        doc.add(new StringField(DOC, d.id(), Field.Store.YES));
        if (d.title() != null) {
            doc.add(new Field(TITLE, d.title(), TEXT_WITH_OFFSETS));
        }
        doc.add(new Field(TEXT, text, TEXT_WITH_OFFSETS));
        if (d.published() != null) {
            doc.add(new StoredField(PUBLISHED, d.published().toString()));
        }
        return doc;
    }

    /** Filter terms, facets and days of the events behind an entry; an entry without events takes the document's date. */
    private static void facts(Document doc, IndexedDocument d, List<IndexedDocument.EventFacts> events) {
        Set<String> actors = IndexedDocument.collect(events, IndexedDocument.EventFacts::actors);
        Set<String> countries = IndexedDocument.collect(events, IndexedDocument.EventFacts::countries);
        Set<String> roots = IndexedDocument.collect(events, e -> List.of(e.root()));
        Set<String> codes = IndexedDocument.collect(events, e -> List.of(e.code()));
        TreeSet<LocalDate> days = new TreeSet<>();
        events.stream()
                .map(IndexedDocument.EventFacts::day)
                .filter(java.util.Objects::nonNull)
                .forEach(days::add);
        if (days.isEmpty() && d.published() != null) {
            days.add(d.published());
        }
        terms(doc, ACTOR, actors, true);
        terms(doc, COUNTRY, countries, false);
        terms(doc, ROOT, roots, false);
        terms(doc, CODE, codes, false);
        Set<String> names = new TreeSet<>();
        for (IndexedDocument.EventFacts e : events) {
            for (String a : e.actors()) {
                String label = d.labels().get("actor/" + a);
                if (label != null) {
                    names.add(label);
                }
            }
            if (e.sourceText() != null) {
                names.add(e.sourceText());
            }
            if (e.targetText() != null) {
                names.add(e.targetText());
            }
        }
        names.forEach(n -> doc.add(new TextField(ACTOR_NAME, n, Field.Store.NO)));
        Set<String> months = new TreeSet<>();
        for (LocalDate day : days) {
            doc.add(new LongPoint(DAY, day.toEpochDay()));
            months.add(day.toString().substring(0, 7));
        }
        months.forEach(m -> doc.add(new SortedSetDocValuesFacetField(MONTH, m)));
        doc.add(new NumericDocValuesField(
                LATEST, days.isEmpty() ? Long.MIN_VALUE : days.last().toEpochDay()));
    }

    private static void terms(Document doc, String field, Collection<String> values, boolean stored) {
        for (String v : values) {
            doc.add(new StringField(field, v, stored ? Field.Store.YES : Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(field, v));
        }
    }

    /** Normalizes a country filter the way countries are indexed. */
    static String country(String c) {
        return c.strip().toUpperCase(Locale.ROOT);
    }

    /** Normalizes a CAMEO root filter: {@code 4} → {@code 04}. */
    static String root(String r) {
        String s = r.strip();
        return s.length() == 1 ? "0" + s : s;
    }
}
