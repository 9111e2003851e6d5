package org.backchannel.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backchannel.model.Event;

/**
 * Event listings with every filter of the workspace, an order and keyset paging, read with the
 * store's own row reader so an event looks the same here as in {@link EventStore#events}.
 */
public final class EventPages {
    private final EventStore store;

    public EventPages(EventStore store) {
        this.store = store;
    }

    /** One page of the events {@code f} selects, with the total they number. */
    public EventPage page(EventFilter f) {
        List<Object> args = new ArrayList<>();
        String where = where(f, args);
        EventSort s = f.sort();
        String order = s.descending ? "DESC" : "ASC";
        StringBuilder sql = new StringBuilder("SELECT e.*, CAST(")
                .append(s.key)
                .append(" AS VARCHAR) AS sort_key FROM events e WHERE ")
                .append(where);
        List<Object> pageArgs = new ArrayList<>(args);
        if (f.after() != null) {
            String cmp = s.descending ? "<" : ">";
            sql.append(" AND (")
                    .append(s.key)
                    .append(' ')
                    .append(cmp)
                    .append(" CAST(? AS ")
                    .append(s.type)
                    .append(") OR (")
                    .append(s.key)
                    .append(" = CAST(? AS ")
                    .append(s.type)
                    .append(") AND e.id > ?))");
            pageArgs.add(f.after().key());
            pageArgs.add(f.after().key());
            pageArgs.add(f.after().id());
        }
        sql.append(" ORDER BY ")
                .append(s.key)
                .append(' ')
                .append(order)
                .append(", e.id ASC LIMIT ")
                .append(f.limit() + 1);
        try {
            List<Event> events = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(sql.toString())) {
                bind(ps, pageArgs);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(EventStore.event(rs));
                        keys.add(rs.getString("sort_key"));
                    }
                }
            }
            EventCursor next = null;
            if (events.size() > f.limit()) {
                events = new ArrayList<>(events.subList(0, f.limit()));
                Event last = events.get(events.size() - 1);
                next = new EventCursor(s, keys.get(f.limit() - 1), last.id());
            }
            attachEvidence(events);
            long total;
            try (PreparedStatement ps =
                    store.connection().prepareStatement("SELECT count(*) FROM events e WHERE " + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return new EventPage(events, total, next);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    /** The events whose ids are given, in that order; ids not stored are left out. */
    public List<Event> byIds(List<String> ids) {
        List<Event> out = new ArrayList<>();
        for (String id : ids) {
            Event e = store.event(id);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** The events coded from one document, in sentence order, with their evidence. */
    public List<Event> ofDocument(String documentId) {
        return exact("SELECT * FROM events e WHERE e.document_id = ? ORDER BY e.sentence, e.id", documentId);
    }

    /** The events with this actor id on either side, newest first, at most {@code limit}. */
    public List<Event> ofActor(String actorId, int limit) {
        return exact(
                "SELECT * FROM events e WHERE e.source_actor = ? OR e.target_actor = ? ORDER BY e.event_date DESC NULLS LAST, e.id LIMIT "
                        + Math.max(1, limit),
                actorId,
                actorId);
    }

    private List<Event> exact(String sql, String... args) {
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(EventStore.event(rs));
                }
            }
            store.attachEvidence(out);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** The ids of the events that name {@code id} among the events disputing them (the reverse of disputed_by). */
    public List<String> disputedBy(String id) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection()
                .prepareStatement(
                        "SELECT id FROM events WHERE list_contains(string_split(disputed_by, ' '), ?) ORDER BY id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Attaches the evidence of a page (at most a few hundred events) by one IN query; the store's own
     * temporary-table join is for loading every event at once.
     */
    private void attachEvidence(List<Event> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        java.util.Map<String, List<org.backchannel.model.Evidence>> byEvent = new java.util.HashMap<>();
        String marks = String.join(", ", java.util.Collections.nCopies(events.size(), "?"));
        try (PreparedStatement ps = store.connection()
                .prepareStatement("SELECT event_id, document_id, sentence, body, char_start, char_end "
                        + "FROM evidence WHERE event_id IN (" + marks + ") ORDER BY rowid")) {
            for (int i = 0; i < events.size(); i++) {
                ps.setString(i + 1, events.get(i).id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byEvent.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new org.backchannel.model.Evidence(
                                    rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5), rs.getInt(6)));
                }
            }
        }
        for (int i = 0; i < events.size(); i++) {
            List<org.backchannel.model.Evidence> ev = byEvent.get(events.get(i).id());
            if (ev != null) {
                events.set(i, events.get(i).withEvidence(ev));
            }
        }
    }

    private static String where(EventFilter f, List<Object> args) {
        StringBuilder w = new StringBuilder("1=1");
        if (f.actor() != null) {
            String like = like(f.actor());
            w.append(
                    " AND (e.source_actor = ? OR e.target_actor = ? OR e.source_text ILIKE ? ESCAPE '\\' OR e.target_text ILIKE ? ESCAPE '\\'"
                            + " OR e.source_actor IN (SELECT id FROM actors WHERE name ILIKE ? ESCAPE '\\' OR aliases ILIKE ? ESCAPE '\\')"
                            + " OR e.target_actor IN (SELECT id FROM actors WHERE name ILIKE ? ESCAPE '\\' OR aliases ILIKE ? ESCAPE '\\'))");
            args.addAll(List.of(f.actor(), f.actor(), like, like, like, like, like, like));
        }
        if (f.country() != null) {
            w.append(" AND (e.source_country = ? OR e.target_country = ?)");
            args.add(f.country().toUpperCase(Locale.ROOT));
            args.add(f.country().toUpperCase(Locale.ROOT));
        }
        if (f.dyad() != null) {
            w.append(" AND ((")
                    .append(side("source"))
                    .append(" AND ")
                    .append(side("target"))
                    .append(") OR (")
                    .append(side("source"))
                    .append(" AND ")
                    .append(side("target"))
                    .append("))");
            String a = f.dyad().a();
            String b = f.dyad().b();
            args.addAll(List.of(
                    a,
                    a.toUpperCase(Locale.ROOT),
                    b,
                    b.toUpperCase(Locale.ROOT),
                    b,
                    b.toUpperCase(Locale.ROOT),
                    a,
                    a.toUpperCase(Locale.ROOT)));
        }
        if (f.cameo() != null) {
            w.append(" AND e.cameo LIKE ? ESCAPE '\\'");
            args.add(escape(f.cameo()) + "%");
        }
        if (f.ploverType() != null) {
            w.append(" AND upper(e.plover_type) = ?");
            args.add(f.ploverType().toUpperCase(Locale.ROOT));
        }
        if (!f.statuses().isEmpty()) {
            w.append(" AND e.status IN (")
                    .append(String.join(
                            ", ", f.statuses().stream().map(x -> "?").toList()))
                    .append(')');
            f.statuses().stream().sorted().forEach(x -> args.add(x.toLowerCase(Locale.ROOT)));
        }
        if (f.secret() != null) {
            w.append(" AND e.secret = ?");
            args.add(f.secret());
        }
        if (f.mediator() != null) {
            if (f.mediator().equalsIgnoreCase("any")) {
                w.append(" AND e.mediator IS NOT NULL AND e.mediator <> ''");
            } else {
                w.append(
                        " AND (e.mediator = ? OR e.mediator ILIKE ? ESCAPE '\\' OR e.mediator IN (SELECT id FROM actors WHERE name ILIKE ? ESCAPE '\\'))");
                args.addAll(List.of(f.mediator(), like(f.mediator()), like(f.mediator())));
            }
        }
        if (f.from() != null) {
            w.append(" AND e.event_date >= ?");
            args.add(java.sql.Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            w.append(" AND e.event_date <= ?");
            args.add(java.sql.Date.valueOf(f.to()));
        }
        if (f.text() != null) {
            w.append(" AND e.id IN (SELECT event_id FROM evidence WHERE body ILIKE ? ESCAPE '\\')");
            args.add(like(f.text()));
        }
        return w.toString();
    }

    /** One side of a dyad: an actor id or a country code (two parameters). */
    private static String side(String which) {
        return "(e." + which + "_actor = ? OR e." + which + "_country = ?)";
    }

    private static String like(String words) {
        return "%" + escape(words) + "%";
    }

    /** The words as a LIKE pattern matches them literally: '%' and '_' in a name are not wildcards. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }
}
