package org.backchannel.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Stored documents read back: listed newest first, or one whole with its sentences. */
public final class StoredDocuments {
    private static final String COLUMNS =
            "d.id, d.title, d.origin, d.url, d.author, d.published, d.ingested_at, d.sentence_count, "
                    + "(SELECT count(*) FROM events e WHERE e.document_id = d.id) AS events";
    private final EventStore store;

    public StoredDocuments(EventStore store) {
        this.store = store;
    }

    /** Documents newest first (by ingest time, then id), {@code offset} skipped, at most {@code limit}; a title filter when not null. */
    public List<StoredDocument> list(String titleContains, int offset, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM documents d"
                + (titleContains == null ? "" : " WHERE d.title ILIKE ? OR d.id ILIKE ?")
                + " ORDER BY d.ingested_at DESC, d.id LIMIT ? OFFSET ?";
        List<StoredDocument> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            int i = 1;
            if (titleContains != null) {
                String like = "%" + titleContains + "%";
                ps.setString(i++, like);
                ps.setString(i++, like);
            }
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs, null, List.of()));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
        return out;
    }

    public int count() {
        return Integer.parseInt(
                store.rows("SELECT count(*) FROM documents").get(0).get(0));
    }

    /** One document with its text and sentences, or null when no document has that id. */
    public StoredDocument get(String id) {
        try (PreparedStatement ps =
                store.connection().prepareStatement("SELECT " + COLUMNS + ", d.body FROM documents d WHERE d.id = ?")) {
            ps.setString(1, id);
            String body;
            StoredDocument meta;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                body = rs.getString("body");
                meta = read(rs, body, List.of());
            }
            List<StoredDocument.Sentence> sentences = new ArrayList<>();
            try (PreparedStatement s = store.connection()
                    .prepareStatement(
                            "SELECT idx, char_start, char_end, body FROM sentences WHERE document_id = ? ORDER BY idx")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sentences.add(
                                new StoredDocument.Sentence(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4)));
                    }
                }
            }
            return new StoredDocument(
                    meta.id(),
                    meta.title(),
                    meta.origin(),
                    meta.url(),
                    meta.author(),
                    meta.published(),
                    meta.ingestedAt(),
                    meta.sentenceCount(),
                    meta.events(),
                    body,
                    sentences);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    private static StoredDocument read(ResultSet rs, String body, List<StoredDocument.Sentence> sentences)
            throws SQLException {
        Date published = rs.getDate("published");
        Timestamp at = rs.getTimestamp("ingested_at");
        return new StoredDocument(
                rs.getString("id"),
                rs.getString("title"),
                rs.getString("origin"),
                rs.getString("url"),
                rs.getString("author"),
                published == null ? null : published.toLocalDate(),
                at == null ? null : at.toInstant(),
                rs.getInt("sentence_count"),
                rs.getInt("events"),
                body,
                sentences);
    }
}
