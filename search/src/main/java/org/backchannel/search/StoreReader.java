package org.backchannel.search;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.store.EventStore;
import org.backchannel.store.StoreException;

/** Reads stored documents, sentences and events back from the store in the shape the index wants. */
final class StoreReader {
    private final Connection db;

    StoreReader(EventStore store) {
        this.db = store.connection();
    }

    /** Every stored document id, in store order. */
    List<String> documentIds() {
        List<String> out = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM documents ORDER BY ingested_at, id")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list documents: " + e.getMessage(), e);
        }
        return out;
    }

    /** The documents with these ids (unknown ids are left out), in the order given. */
    List<IndexedDocument> read(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        try {
            Map<String, List<IndexedDocument.Sentence>> sentences = new HashMap<>();
            query(
                    "SELECT document_id, idx, body FROM sentences WHERE document_id IN (" + in
                            + ") ORDER BY document_id, idx",
                    ids,
                    rs -> sentences
                            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new IndexedDocument.Sentence(rs.getInt(2), rs.getString(3))));
            Map<String, List<IndexedDocument.EventFacts>> events = new HashMap<>();
            Map<String, String> labels = new HashMap<>();
            query(
                    "SELECT e.document_id, e.id, e.sentence, e.event_date, e.source_actor, e.target_actor, e.source_text, e.target_text,"
                            + " e.source_country, e.target_country, e.cameo, e.root, e.cameo_name, sa.name, ta.name"
                            + " FROM events e LEFT JOIN actors sa ON sa.id = e.source_actor LEFT JOIN actors ta ON ta.id = e.target_actor"
                            + " WHERE e.document_id IN (" + in + ") ORDER BY e.document_id, e.sentence, e.id",
                    ids,
                    rs -> {
                        Date day = rs.getDate(4);
                        IndexedDocument.EventFacts f = new IndexedDocument.EventFacts(
                                rs.getString(2),
                                rs.getInt(3),
                                day == null ? null : day.toLocalDate(),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10),
                                rs.getString(11),
                                rs.getString(12));
                        events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(f);
                        label(labels, "code", f.code(), rs.getString(13));
                        if (f.code().equals(f.root() + "0")) {
                            label(labels, "root", f.root(), rs.getString(13));
                        }
                        label(labels, "actor", f.source(), rs.getString(14));
                        label(labels, "actor", f.target(), rs.getString(15));
                    });
            Map<String, IndexedDocument> byId = new LinkedHashMap<>();
            query("SELECT id, title, published, body FROM documents WHERE id IN (" + in + ")", ids, rs -> {
                String id = rs.getString(1);
                Date published = rs.getDate(3);
                byId.put(
                        id,
                        new IndexedDocument(
                                id,
                                rs.getString(2),
                                published == null ? null : published.toLocalDate(),
                                rs.getString(4),
                                sentences.getOrDefault(id, List.of()),
                                events.getOrDefault(id, List.of()),
                                labels));
            });
            List<IndexedDocument> out = new ArrayList<>();
            for (String id : ids) {
                if (byId.containsKey(id)) {
                    out.add(byId.get(id));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read documents for the index: " + e.getMessage(), e);
        }
    }

    private static void label(Map<String, String> labels, String dimension, String value, String label) {
        if (value != null && label != null && !label.isBlank()) {
            labels.putIfAbsent(dimension + "/" + value, label);
        }
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<String> args, Row row) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }
}
