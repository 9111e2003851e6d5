package org.backchannel.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.AnalogMention;
import org.backchannel.model.Analysis;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Document;
import org.backchannel.model.Epistemic;
import org.backchannel.model.Event;
import org.backchannel.model.EventCode;
import org.backchannel.model.EventDate;
import org.backchannel.model.Evidence;
import org.backchannel.model.Location;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.Role;
import org.backchannel.model.Status;
import org.backchannel.model.SyndicatedCopy;
import org.backchannel.model.Warning;
import org.duckdb.DuckDBConnection;

/** The embedded DuckDB store. One instance per file; close it when done. */
public final class EventStore implements AutoCloseable {
    public static final int SCHEMA_VERSION = 4;
    /** The schema scripts, oldest first; each is idempotent and brings any older store to its version. */
    private static final List<String> SCHEMA_SCRIPTS = List.of(
            "/backchannel/store/schema-v1.sql",
            "/backchannel/store/schema-v2.sql",
            "/backchannel/store/schema-v3.sql",
            "/backchannel/store/schema-v4.sql");

    private final Connection db;
    private final Path file;
    /** Shared with sibling connections, so a save through any of them reaches the listeners. */
    private final List<SaveListener> listeners;
    /** Whether closing this store closes the listeners: true for the store that was opened, false for its siblings. */
    private final boolean ownsListeners;

    private EventStore(Path file, Connection db) {
        this(file, db, new java.util.concurrent.CopyOnWriteArrayList<>(), true);
    }

    private EventStore(Path file, Connection db, List<SaveListener> listeners, boolean ownsListeners) {
        this.file = file;
        this.db = db;
        this.listeners = listeners;
        this.ownsListeners = ownsListeners;
    }

    /** The tables that hold analysed data (not the schema bookkeeping), in the order a load fills them. */
    public static final List<String> DATA_TABLES = List.of(
            "documents",
            "sentences",
            "actors",
            "roles",
            "events",
            "evidence",
            "warnings",
            "analogs",
            "document_copies");

    /**
     * A store that lives in memory only, with the current schema: a scratch store whose tables are read
     * back as rows (the Spark job writes a partition's analysis through it, so Parquet and store agree).
     */
    public static EventStore inMemory() {
        try {
            EventStore s = new EventStore(null, DriverManager.getConnection("jdbc:duckdb:"));
            s.migrate();
            return s;
        } catch (SQLException e) {
            throw new StoreException("cannot open an in-memory store: " + e.getMessage(), e);
        }
    }

    /** How a store is opened: created when missing and written, or only read (several readers may share it). */
    public enum Mode {
        CREATE,
        READ
    }

    /** How long {@link #open(Path)} waits while another process holds the store. */
    public static final java.time.Duration DEFAULT_LOCK_WAIT = java.time.Duration.ofSeconds(60);

    /** Opens (creating when missing) the store at {@code file}, migrating its schema to the current version. */
    public static EventStore open(Path file) {
        return open(file, Mode.CREATE, DEFAULT_LOCK_WAIT);
    }

    /**
     * Opens the store at {@code file}. A file that is not a DuckDB database, or one DuckDB cannot open
     * (truncated, damaged), is refused with a message saying how to recover; while another process
     * holds the file (DuckDB allows one writer or several readers), the open is retried until
     * {@code lockWait} has passed, then refused naming the holder. A store read with {@link Mode#READ}
     * that has an older schema is migrated once, briefly opened for writing.
     */
    public static EventStore open(Path file, Mode mode, java.time.Duration lockWait) {
        StoreFiles.checkHeader(file);
        try {
            if (mode == Mode.CREATE && file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of store " + file + ": " + e.getMessage(), e);
        }
        Connection c = StoreFiles.connect(file, mode == Mode.READ, lockWait);
        EventStore s = new EventStore(file, c);
        try {
            if (mode == Mode.READ) {
                int v = s.storedVersion();
                if (v > SCHEMA_VERSION) {
                    throw new StoreException(
                            "store " + file + " has schema version " + v + ", newer than this program's "
                                    + SCHEMA_VERSION + ": use a newer backchannel",
                            null);
                }
                if (v < SCHEMA_VERSION) {
                    c.close();
                    open(file, Mode.CREATE, lockWait).close();
                    return open(file, Mode.READ, lockWait);
                }
            } else {
                s.migrate();
            }
            return s;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close(); // a failed open must not leave the file locked
            } catch (SQLException ignored) {
                // already failing
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open store " + file + ": " + e.getMessage() + StoreFiles.RECOVER, e);
        }
    }

    /** The schema version recorded in the store; 0 for a file without the version table. */
    private int storedVersion() throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
        }
        return queryInt("SELECT coalesce(max(version), 0) FROM schema_version");
    }

    public Path file() {
        return file;
    }

    /**
     * Registers a listener told after every save that added documents, through this connection or
     * any of its {@link #newConnection() siblings}; it is closed when this store closes.
     */
    public void onSave(SaveListener listener) {
        listeners.add(listener);
    }

    /**
     * Another connection to the same open database, for a second thread: DuckDB connections must not
     * be shared between threads, but several may read (and write, one transaction at a time) at once.
     * Closing it leaves this one open.
     */
    public EventStore newConnection() {
        try {
            return new EventStore(file, db.unwrap(DuckDBConnection.class).duplicate(), listeners, false);
        } catch (SQLException e) {
            throw new StoreException("cannot open another connection to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Brings the schema to the current version in one transaction, so a crash mid-way leaves the old version whole. */
    private void migrate() throws SQLException {
        db.setAutoCommit(false);
        try {
            migrateSteps();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private void migrateSteps() throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
                rs.next();
                int v = rs.getInt(1);
                if (!rs.wasNull() && v > SCHEMA_VERSION) {
                    throw new StoreException(
                            "store " + file + " has schema version " + v + ", newer than this program's "
                                    + SCHEMA_VERSION,
                            null);
                }
            }
            for (String resource : SCHEMA_SCRIPTS) {
                for (String sql : script(resource)) {
                    st.execute(sql);
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
                rs.next();
                int v = rs.getInt(1);
                if (rs.wasNull() || v < SCHEMA_VERSION) {
                    try (PreparedStatement ps = db.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
                        ps.setInt(1, SCHEMA_VERSION);
                        ps.setTimestamp(2, Timestamp.from(Instant.now()));
                        ps.executeUpdate();
                    }
                }
            }
        }
    }

    private static List<String> script(String resource) {
        try (InputStream in = EventStore.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            List<String> out = new ArrayList<>();
            for (String s : text.split(";\\s*\\n")) {
                if (!s.isBlank()) {
                    out.add(s.strip().replaceAll(";$", ""));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int schemaVersion() {
        return queryInt("SELECT max(version) FROM schema_version");
    }

    /** Content hashes already stored, so a batch can skip them before parsing. */
    public Set<String> storedHashes() {
        Set<String> out = new HashSet<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT content_hash FROM documents")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read document hashes", e);
        }
        return out;
    }

    /**
     * Saves an analysis: each new document with its sentences, events, evidence, warnings and analog
     * mentions in one transaction; documents whose text is already stored are skipped with their events.
     */
    public SaveReport save(Analysis a) {
        return save(a, Syndication.NONE);
    }

    /**
     * Saves an analysis as {@link #save(Analysis)} does and, in the same transaction, the band keys of
     * the documents it adds and the syndicated copies not recorded before.
     */
    public SaveReport save(Analysis a, Syndication syndication) {
        Set<String> hashes = storedHashes();
        Map<String, List<Event>> eventsByDoc = new HashMap<>();
        for (Event e : a.events()) {
            eventsByDoc
                    .computeIfAbsent(e.primaryEvidence().document(), k -> new ArrayList<>())
                    .add(e);
        }
        int added = 0;
        int skipped = 0;
        int events = 0;
        List<String> addedIds = new ArrayList<>();
        try {
            db.setAutoCommit(false);
            try {
                saveActors(a.actors());
                // DuckDB's appenders write rows in bulk inside the open transaction: one commit per save
                Set<String> assigned = new HashSet<>();
                try (Appenders ap = new Appenders(db.unwrap(DuckDBConnection.class))) {
                    for (ParsedDocument p : a.documents()) {
                        Document d = p.document();
                        if (hashes.contains(d.contentHash())) {
                            skipped++;
                            continue;
                        }
                        String id = uniqueId(d.id(), assigned);
                        ap.document(p, id);
                        List<Event> evs = eventsByDoc.getOrDefault(d.id(), List.of());
                        for (Event e : evs) {
                            // a document stored under a new id takes its events along, so ids stay unique
                            ap.event(id.equals(d.id()) ? e : e.withId(e.id() + "@" + id), id);
                        }
                        for (Warning w : a.warnings()) {
                            if (!w.evidence().isEmpty()
                                    && w.evidence().get(0).document().equals(d.id())) {
                                ap.warning(w, id);
                            }
                        }
                        for (AnalogMention m : a.analogs()) {
                            if (m.evidence() != null && m.evidence().document().equals(d.id())) {
                                ap.analog(m, id);
                            }
                        }
                        added++;
                        addedIds.add(id);
                        events += evs.size();
                        hashes.add(d.contentHash());
                        long[] bands = syndication.bandKeys().get(d.contentHash());
                        if (bands != null) {
                            ap.bands(d.contentHash(), bands);
                        }
                    }
                    Set<String> recorded = copyHashes();
                    for (SyndicatedCopy c : syndication.copies()) {
                        if (recorded.add(c.contentHash()) && !hashes.contains(c.contentHash())) {
                            ap.copy(c);
                        }
                    }
                }
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save: " + e.getMessage(), e);
        }
        if (!addedIds.isEmpty()) {
            List<String> ids = List.copyOf(addedIds);
            listeners.forEach(l -> l.saved(this, ids));
        }
        return new SaveReport(added, skipped, events);
    }

    /** Content hashes of the syndicated copies recorded so far, so a re-run does not record them twice. */
    public Set<String> copyHashes() {
        Set<String> out = new HashSet<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT content_hash FROM document_copies")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read copy hashes", e);
        }
        return out;
    }

    /** The stored documents that share at least one LSH band key with a new text: the candidates for its near-duplicate check. */
    public List<StoredText> sharingBands(long[] bandKeys) {
        List<StoredText> out = new ArrayList<>();
        if (bandKeys.length == 0) {
            return out;
        }
        StringBuilder in = new StringBuilder();
        for (long k : bandKeys) {
            in.append(in.length() == 0 ? "" : ",").append(k);
        }
        String sql = "SELECT d.id, d.content_hash, d.body FROM documents d WHERE d.content_hash IN "
                + "(SELECT DISTINCT content_hash FROM document_bands WHERE band_key IN (" + in
                + ")) ORDER BY d.ingested_at, d.id";
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new StoredText(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up similar documents: " + e.getMessage(), e);
        }
        return out;
    }

    /** The syndicated copies recorded for a stored document, earliest first. */
    public List<SyndicatedCopy> copies(String documentId) {
        List<SyndicatedCopy> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT d.id, c.kept_hash, c.copy_id, c.publisher, c.url, c.origin, c.title, c.published, "
                        + "c.content_hash, c.similarity FROM document_copies c JOIN documents d ON d.content_hash = c.kept_hash WHERE d.id = ? "
                        + "ORDER BY c.published NULLS LAST, c.copy_id")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date published = rs.getDate(8);
                    out.add(new SyndicatedCopy(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            published == null ? null : published.toLocalDate(),
                            rs.getString(9),
                            rs.getDouble(10)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read copies: " + e.getMessage(), e);
        }
        return out;
    }

    /** An id no stored document and no document of this save has. */
    private String uniqueId(String id, Set<String> assigned) throws SQLException {
        String candidate = id;
        for (int n = 2;
                assigned.contains(candidate) || exists("SELECT 1 FROM documents WHERE id = ?", candidate);
                n++) {
            candidate = id + "-" + n;
        }
        assigned.add(candidate);
        return candidate;
    }

    private boolean exists(String sql, String arg) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void saveActors(List<Actor> actors) throws SQLException {
        Set<String> known = new HashSet<>();
        Map<String, String> storedAliases = new HashMap<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, aliases FROM actors")) {
            while (rs.next()) {
                known.add(rs.getString(1));
                storedAliases.put(rs.getString(1), rs.getString(2));
            }
        }
        try (PreparedStatement upd = db.prepareStatement("UPDATE actors SET aliases = ? WHERE id = ?");
                org.duckdb.DuckDBAppender ins =
                        db.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "actors");
                org.duckdb.DuckDBAppender role =
                        db.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "roles")) {
            for (Actor a : actors) {
                if (known.contains(a.id())) {
                    // aliases found by earlier batches stay: the new ones are added to them
                    java.util.LinkedHashSet<String> aliases = new java.util.LinkedHashSet<>();
                    String before = storedAliases.get(a.id());
                    if (before != null && !before.isEmpty()) {
                        aliases.addAll(List.of(before.split("\\|")));
                    }
                    aliases.addAll(a.aliases());
                    upd.setString(1, String.join("|", aliases));
                    upd.setString(2, a.id());
                    upd.executeUpdate();
                    continue;
                }
                known.add(a.id());
                ins.beginRow();
                ins.append(a.id());
                ins.append(a.name());
                ins.append(String.join("|", a.aliases()));
                ins.append(a.type().label());
                Appenders.str(ins, a.country());
                Appenders.str(ins, a.agent());
                Appenders.str(ins, a.code());
                ins.endRow();
                for (Role r : a.roles()) {
                    role.beginRow();
                    role.append(a.id());
                    role.append(r.title());
                    Appenders.str(role, r.country());
                    Appenders.str(role, r.agent());
                    Appenders.date(role, r.from());
                    Appenders.date(role, r.to());
                    role.endRow();
                }
            }
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    /**
     * The claims ledger: events someone is said to assert, claim or deny, and events others dispute,
     * newest first.
     */
    public List<Event> ledger(EventQuery q) {
        return select(
                q,
                " AND (e.attributed_to IS NOT NULL OR e.status IN ('reported', 'claimed', 'denied', 'corrected')"
                        + " OR (e.disputed_by IS NOT NULL AND e.disputed_by <> '') OR e.id IN (SELECT unnest(string_split(disputed_by, ' ')) FROM events))");
    }

    /** One event by id, or null. */
    public Event event(String id) {
        List<Event> out = select(EventQuery.ALL, " AND e.id = '" + id.replace("'", "''") + "'");
        return out.isEmpty() ? null : out.get(0);
    }

    /** Events matching the query, newest first, with all their evidence. */
    public List<Event> events(EventQuery q) {
        return select(q, "");
    }

    private List<Event> select(EventQuery q, String extra) {
        StringBuilder sql = new StringBuilder("SELECT * FROM events e WHERE 1=1" + extra);
        List<Object> args = new ArrayList<>();
        if (q.actor() != null) {
            sql.append(
                    " AND (e.source_actor = ? OR e.target_actor = ? OR e.source_text ILIKE ? OR e.target_text ILIKE ?"
                            + " OR e.source_actor IN (SELECT id FROM actors WHERE name ILIKE ? OR aliases ILIKE ?)"
                            + " OR e.target_actor IN (SELECT id FROM actors WHERE name ILIKE ? OR aliases ILIKE ?))");
            String like = "%" + q.actor() + "%";
            args.addAll(List.of(q.actor(), q.actor(), like, like, like, like, like, like));
        }
        if (q.country() != null) {
            sql.append(" AND (e.source_country = ? OR e.target_country = ?)");
            args.add(q.country().toUpperCase(java.util.Locale.ROOT));
            args.add(q.country().toUpperCase(java.util.Locale.ROOT));
        }
        if (q.cameo() != null) {
            sql.append(" AND e.cameo LIKE ?");
            args.add(q.cameo() + "%");
        }
        if (q.from() != null) {
            sql.append(" AND e.event_date >= ?");
            args.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND e.event_date <= ?");
            args.add(Date.valueOf(q.to()));
        }
        if (q.status() != null) {
            sql.append(" AND e.status = ?");
            args.add(q.status().toLowerCase(java.util.Locale.ROOT));
        }
        if (q.secret() != null) {
            sql.append(" AND e.secret = ?");
            args.add(q.secret());
        }
        sql.append(" ORDER BY e.event_date DESC NULLS LAST, e.document_id, e.sentence, e.id");
        if (q.limit() > 0) {
            sql.append(" LIMIT ").append(q.limit());
        }
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(event(rs));
                }
            }
            attachEvidence(out);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
        return out;
    }

    static Event event(ResultSet rs) throws SQLException {
        Date d = rs.getDate("event_date");
        EventDate date = d == null
                ? null
                : new EventDate(
                        d.toLocalDate(),
                        DatePrecision.valueOf(rs.getString("date_precision").toUpperCase(java.util.Locale.ROOT)),
                        rs.getBoolean("date_from_text"));
        ActorRef src =
                new ActorRef(rs.getString("source_actor"), rs.getString("source_text"), rs.getString("source_code"));
        ActorRef tgt =
                new ActorRef(rs.getString("target_actor"), rs.getString("target_text"), rs.getString("target_code"));
        EventCode code = new EventCode(
                rs.getString("cameo"),
                rs.getString("cameo_name"),
                rs.getInt("quad_class"),
                rs.getDouble("goldstein"),
                rs.getString("plover_type"),
                rs.getString("plover_mode"));
        String disputed = rs.getString("disputed_by");
        Epistemic epi = new Epistemic(
                Status.parse(rs.getString("status")),
                rs.getBoolean("secret"),
                rs.getString("attributed_to"),
                rs.getString("mediator"),
                disputed == null || disputed.isBlank() ? List.of() : List.of(disputed.split(" ")),
                rs.getString("status_cue"),
                rs.getInt("sources"),
                Map.of(rs.getString("status"), 1));
        String contexts = rs.getString("contexts");
        Evidence first = new Evidence(rs.getString("document_id"), rs.getInt("sentence"), "", 0, 0);
        return new Event(
                rs.getString("id"),
                date,
                src,
                tgt,
                code,
                rs.getString("predicate"),
                -1,
                epi,
                contexts == null || contexts.isBlank() ? List.of() : List.of(contexts.split("\\|")),
                location(rs),
                List.of(first),
                rs.getDouble("confidence"));
    }

    /** The stored location; a row from a version 1 store has only the place as written, unresolved. */
    private static Location location(ResultSet rs) throws SQLException {
        String text = rs.getString("location");
        if (text == null) {
            return null;
        }
        String precision = rs.getString("location_precision");
        if (precision == null) {
            return Location.unresolved(text);
        }
        return new Location(
                text,
                rs.getString("location_name"),
                rs.getString("location_country"),
                rs.getObject("location_lat", Double.class),
                rs.getObject("location_lon", Double.class),
                rs.getObject("location_geonames_id", Long.class),
                Location.Precision.parse(precision));
    }

    /**
     * Attaches every event's evidence in one pass: the ids go into a temporary table joined against
     * the evidence, so a million events cost one query, not a million.
     */
    void attachEvidence(List<Event> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        Map<String, List<Evidence>> byEvent = new HashMap<>();
        try (Statement st = db.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE wanted (id VARCHAR)");
            try (org.duckdb.DuckDBAppender ap =
                    db.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "wanted")) {
                for (Event e : events) {
                    ap.beginRow();
                    ap.append(e.id());
                    ap.endRow();
                }
            } catch (SQLException e) {
                // temp tables live in the temp schema on some versions: fall back to inserts
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO wanted VALUES (?)")) {
                    for (Event ev : events) {
                        ps.setString(1, ev.id());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            try (ResultSet rs =
                    st.executeQuery("SELECT v.event_id, v.document_id, v.sentence, v.body, v.char_start, v.char_end "
                            + "FROM evidence v JOIN wanted w ON v.event_id = w.id ORDER BY v.rowid")) {
                while (rs.next()) {
                    byEvent.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Evidence(
                                    rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5), rs.getInt(6)));
                }
            }
            st.execute("DROP TABLE wanted");
        }
        for (int i = 0; i < events.size(); i++) {
            List<Evidence> ev = byEvent.get(events.get(i).id());
            if (ev != null) {
                events.set(i, events.get(i).withEvidence(ev));
            }
        }
    }

    /** Every stored actor with its roles, by id. */
    public Map<String, Actor> actors() {
        Map<String, List<Role>> roles = new HashMap<>();
        Map<String, Actor> out = new java.util.LinkedHashMap<>();
        try (Statement st = db.createStatement()) {
            try (ResultSet rs =
                    st.executeQuery("SELECT actor_id, title, country, agent, date_from, date_to FROM roles")) {
                while (rs.next()) {
                    Date f = rs.getDate(5);
                    Date t = rs.getDate(6);
                    roles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Role(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    f == null ? null : f.toLocalDate(),
                                    t == null ? null : t.toLocalDate()));
                }
            }
            try (ResultSet rs =
                    st.executeQuery("SELECT id, name, aliases, type, country, agent, code FROM actors ORDER BY id")) {
                while (rs.next()) {
                    String aliases = rs.getString(3);
                    out.put(
                            rs.getString(1),
                            new Actor(
                                    rs.getString(1),
                                    rs.getString(2),
                                    aliases == null || aliases.isEmpty() ? List.of() : List.of(aliases.split("\\|")),
                                    org.backchannel.model.ActorType.valueOf(
                                            rs.getString(4).toUpperCase(java.util.Locale.ROOT)),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    null,
                                    roles.getOrDefault(rs.getString(1), List.of())));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read actors: " + e.getMessage(), e);
        }
        return out;
    }

    /** Row counts per table, for summaries and tests. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (String t : DATA_TABLES) {
            out.put(t, queryInt("SELECT count(*) FROM " + t));
        }
        return out;
    }

    /** Runs a read-only SQL query and returns its rows as strings (for the CLI and benchmarks). */
    public List<List<String>> rows(String sql) {
        List<List<String>> out = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object o = rs.getObject(i);
                    row.add(o == null ? "" : o.toString());
                }
                out.add(row);
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
        return out;
    }

    public Connection connection() {
        return db;
    }

    private int queryInt(String sql) {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            for (SaveListener l : ownsListeners ? listeners : List.<SaveListener>of()) {
                l.close();
            }
        } catch (Exception e) {
            throw new StoreException("cannot close a listener of the store: " + e.getMessage(), e);
        } finally {
            closeConnection();
        }
    }

    private void closeConnection() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store", e);
        }
    }
}
