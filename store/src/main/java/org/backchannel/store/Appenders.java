package org.backchannel.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.backchannel.model.ActorRef;
import org.backchannel.model.AnalogMention;
import org.backchannel.model.Document;
import org.backchannel.model.Epistemic;
import org.backchannel.model.Event;
import org.backchannel.model.Evidence;
import org.backchannel.model.Location;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.SyndicatedCopy;
import org.backchannel.model.Warning;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Bulk writers for the store's tables; rows become visible when the surrounding transaction commits. */
final class Appenders implements AutoCloseable {
    private final DuckDBAppender documents;
    private final DuckDBAppender sentences;
    private final DuckDBAppender events;
    private final DuckDBAppender evidence;
    private final DuckDBAppender warnings;
    private final DuckDBAppender analogs;
    private final DuckDBAppender bands;
    private final DuckDBAppender copies;

    Appenders(DuckDBConnection c) throws SQLException {
        documents = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "documents");
        sentences = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sentences");
        events = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
        evidence = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "evidence");
        warnings = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "warnings");
        analogs = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "analogs");
        bands = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "document_bands");
        copies = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "document_copies");
    }

    /** A stored document's LSH band keys (schema version 4). */
    void bands(String contentHash, long[] keys) throws SQLException {
        for (long k : keys) {
            bands.beginRow();
            bands.append(contentHash);
            bands.append(k);
            bands.endRow();
        }
    }

    /** A syndicated copy of a stored document (schema version 4). */
    void copy(SyndicatedCopy c) throws SQLException {
        copies.beginRow();
        copies.append(c.keptHash());
        copies.append(c.id());
        copies.append(c.contentHash());
        str(copies, c.publisher());
        str(copies, c.url());
        str(copies, c.origin());
        str(copies, c.title());
        date(copies, c.published());
        copies.append(c.similarity());
        copies.append(LocalDateTime.now());
        copies.endRow();
    }

    void document(ParsedDocument p, String id) throws SQLException {
        Document d = p.document();
        documents.beginRow();
        documents.append(id);
        documents.append(d.contentHash());
        str(documents, d.origin());
        str(documents, d.url());
        str(documents, d.title());
        str(documents, d.author());
        date(documents, d.published());
        documents.append(d.text());
        documents.append(p.sentences().size());
        documents.append(String.join("|", d.boilerplateRemoved()));
        documents.append(LocalDateTime.now());
        documents.endRow();
        for (ParsedSentence s : p.sentences()) {
            sentences.beginRow();
            sentences.append(id);
            sentences.append(s.index());
            sentences.append(s.charStart());
            sentences.append(s.charEnd());
            sentences.append(s.text());
            sentences.endRow();
        }
    }

    void event(Event e, String docId) throws SQLException {
        DuckDBAppender a = events;
        a.beginRow();
        a.append(e.id());
        a.append(docId);
        a.append(e.primaryEvidence().sentence());
        date(a, e.date() == null ? null : e.date().day());
        str(a, e.date() == null ? null : e.date().label());
        str(a, e.date() == null ? null : e.date().precision().label());
        a.append(e.date() != null && e.date().fromText());
        side(a, e.source());
        side(a, e.target());
        a.append(e.code().cameo());
        str(a, e.code().name());
        a.append(e.code().root());
        a.append(e.code().quadClass());
        a.append(e.code().goldstein());
        str(a, e.code().ploverType());
        str(a, e.code().ploverMode());
        str(a, e.predicate());
        Epistemic epi = e.epistemic();
        a.append(epi.status().label());
        str(a, epi.cue());
        a.append(epi.secret());
        str(a, epi.attributedTo());
        str(a, epi.mediator());
        a.append(String.join(" ", epi.disputedBy()));
        a.append(epi.sources());
        a.append(String.join("|", e.contexts()));
        Location loc = e.location();
        str(a, loc == null ? null : loc.text());
        a.append(e.confidence());
        str(a, loc == null ? null : loc.name());
        str(a, loc == null ? null : loc.country());
        number(a, loc == null ? null : loc.lat());
        number(a, loc == null ? null : loc.lon());
        number(a, loc == null ? null : loc.geonamesId());
        str(a, loc == null ? null : loc.precision().label());
        a.endRow();
        for (Evidence ev : e.evidence()) {
            evidence.beginRow();
            evidence.append(e.id());
            evidence.append(ev.document().equals(e.primaryEvidence().document()) ? docId : ev.document());
            evidence.append(ev.sentence());
            evidence.append(ev.text());
            evidence.append(ev.charStart());
            evidence.append(ev.charEnd());
            evidence.endRow();
        }
    }

    void warning(Warning w, String docId) throws SQLException {
        warnings.beginRow();
        warnings.append(docId);
        warnings.append(w.kind());
        warnings.append(w.message());
        warnings.append(w.evidence().get(0).sentence());
        warnings.append(w.evidence().get(0).text());
        warnings.endRow();
    }

    void analog(AnalogMention m, String docId) throws SQLException {
        analogs.beginRow();
        analogs.append(docId);
        analogs.append(m.id());
        analogs.append(m.name());
        analogs.append(m.evidence().sentence());
        analogs.append(m.evidence().text());
        analogs.endRow();
    }

    private static void side(DuckDBAppender a, ActorRef r) throws SQLException {
        str(a, r.actorId());
        str(a, r.text());
        str(a, r.code());
        str(a, r.country());
    }

    /** Appends a string, or SQL NULL for null. */
    static void str(DuckDBAppender a, String s) throws SQLException {
        if (s == null) {
            a.appendNull();
        } else {
            a.append(s);
        }
    }

    /** Appends a DOUBLE or BIGINT column's value, or SQL NULL for null. */
    static void number(DuckDBAppender a, Number n) throws SQLException {
        if (n == null) {
            a.appendNull();
        } else if (n instanceof Long l) {
            a.append(l.longValue());
        } else {
            a.append(n.doubleValue());
        }
    }

    /** Appends a date, or SQL NULL for null. */
    static void date(DuckDBAppender a, LocalDate d) throws SQLException {
        if (d == null) {
            a.appendNull();
        } else {
            a.append(d);
        }
    }

    /** Closes every appender (flushing its rows), and reports the first failure after trying them all. */
    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (DuckDBAppender a :
                new DuckDBAppender[] {documents, sentences, events, evidence, warnings, analogs, bands, copies}) {
            try {
                a.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
