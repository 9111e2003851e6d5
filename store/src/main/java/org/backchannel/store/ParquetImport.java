package org.backchannel.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the Parquet output of the Spark job into the store. The job writes one folder per store table
 * ({@code DIR/events/event_day=.../part-*.parquet}, ...) whose files hold the store's own columns plus
 * {@code run_id}, and marks each finished run with {@code DIR/_runs/RUN.json}; rows of runs without a
 * marker (a run that died half-way) are ignored. Documents whose text the store already has are
 * skipped with everything hanging off them (syndicated copies the job recorded and the band keys of the
 * documents added come along), and a document whose id the store already uses for another
 * text is renamed the way {@link EventStore#save} renames it, so importing twice adds nothing.
 */
public final class ParquetImport {
    /** The folder under the job's output that holds one marker file per finished run. */
    public static final String RUNS = "_runs";

    /**
     * The folder (and store table) of the LSH band keys of the documents a run wrote: not one of the
     * {@link EventStore#DATA_TABLES}, since the job writes it from its reprint collapse.
     */
    public static final String BANDS = "document_bands";

    private ParquetImport() {}

    /** The finished runs in a job's output folder, oldest name first. */
    public static List<String> finishedRuns(Path dir) {
        Path runs = dir.resolve(RUNS);
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(runs)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the finished runs under {@code dir} into {@code store} in one transaction. */
    public static SaveReport into(EventStore store, Path dir) {
        List<String> runs = finishedRuns(dir);
        if (runs.isEmpty() || !hasParquet(dir.resolve("documents"))) {
            return new SaveReport(0, 0, 0);
        }
        Connection db = store.connection();
        try (Statement st = db.createStatement()) {
            for (String table : EventStore.DATA_TABLES) {
                stage(st, dir, table, runs);
            }
            stage(st, dir, BANDS, runs);
            int total = count(st, "SELECT count(DISTINCT content_hash) FROM pq_documents");
            // one document per text: the first run's copy; texts the store has are left out
            st.execute(
                    "CREATE OR REPLACE TEMP TABLE pq_ids AS SELECT id AS old_id, run_id, content_hash FROM pq_documents "
                            + "WHERE content_hash NOT IN (SELECT content_hash FROM documents) "
                            + "QUALIFY row_number() OVER (PARTITION BY content_hash ORDER BY run_id, id) = 1");
            st.execute("ALTER TABLE pq_ids ADD COLUMN new_id VARCHAR");
            st.execute(
                    "UPDATE pq_ids SET new_id = CASE WHEN old_id IN (SELECT id FROM documents) THEN old_id || '-' || substr(content_hash, 1, 8) ELSE old_id END");
            int added = count(st, "SELECT count(*) FROM pq_ids");
            int events;
            db.setAutoCommit(false);
            try {
                st.execute(
                        "INSERT INTO documents BY NAME SELECT d.* EXCLUDE (id, run_id, pq_order), i.new_id AS id FROM pq_documents d "
                                + "JOIN pq_ids i ON d.id = i.old_id AND d.run_id = i.run_id ORDER BY d.pq_order");
                st.execute(
                        "INSERT INTO sentences BY NAME SELECT s.* EXCLUDE (document_id, run_id, pq_order), i.new_id AS document_id FROM pq_sentences s "
                                + "JOIN pq_ids i ON s.document_id = i.old_id AND s.run_id = i.run_id ORDER BY s.pq_order");
                // a document stored under a new id takes its events along, as EventStore.save does
                st.execute("CREATE OR REPLACE TEMP TABLE pq_event_ids AS SELECT e.id AS old_id, e.run_id, "
                        + "CASE WHEN i.new_id = i.old_id THEN e.id ELSE e.id || '@' || i.new_id END AS new_id "
                        + "FROM pq_events e JOIN pq_ids i ON e.document_id = i.old_id AND e.run_id = i.run_id");
                events = count(st, "SELECT count(*) FROM pq_event_ids");
                st.execute(
                        "INSERT INTO events BY NAME SELECT e.* EXCLUDE (id, document_id, run_id, pq_order), x.new_id AS id, i.new_id AS document_id "
                                + "FROM pq_events e JOIN pq_ids i ON e.document_id = i.old_id AND e.run_id = i.run_id "
                                + "JOIN pq_event_ids x ON e.id = x.old_id AND e.run_id = x.run_id ORDER BY e.pq_order");
                st.execute(
                        "INSERT INTO evidence BY NAME SELECT v.* EXCLUDE (event_id, document_id, run_id, pq_order), x.new_id AS event_id, "
                                + "coalesce(i.new_id, v.document_id) AS document_id FROM pq_evidence v "
                                + "JOIN pq_event_ids x ON v.event_id = x.old_id AND v.run_id = x.run_id "
                                + "LEFT JOIN pq_ids i ON v.document_id = i.old_id AND v.run_id = i.run_id ORDER BY v.pq_order");
                for (String t : List.of("warnings", "analogs")) {
                    st.execute("INSERT INTO " + t
                            + " BY NAME SELECT w.* EXCLUDE (document_id, run_id, pq_order), i.new_id AS document_id FROM pq_"
                            + t + " w "
                            + "JOIN pq_ids i ON w.document_id = i.old_id AND w.run_id = i.run_id ORDER BY w.pq_order");
                }
                st.execute(
                        "CREATE OR REPLACE TEMP TABLE pq_new_actors AS SELECT * EXCLUDE (run_id) FROM pq_actors "
                                + "WHERE id NOT IN (SELECT id FROM actors) QUALIFY row_number() OVER (PARTITION BY id ORDER BY run_id) = 1");
                st.execute(
                        "INSERT INTO roles BY NAME SELECT DISTINCT r.* EXCLUDE (run_id, pq_order) FROM pq_roles r WHERE r.actor_id IN (SELECT id FROM pq_new_actors)");
                st.execute(
                        "INSERT INTO actors BY NAME SELECT * EXCLUDE (pq_order) FROM pq_new_actors ORDER BY pq_order");
                // reprints the job collapsed, once per text, as EventStore.save records them; band keys of the
                // documents added
                st.execute(
                        "INSERT INTO document_copies BY NAME SELECT * EXCLUDE (run_id, pq_order) FROM pq_document_copies c "
                                + "WHERE c.content_hash NOT IN (SELECT content_hash FROM document_copies) "
                                + "AND c.content_hash NOT IN (SELECT content_hash FROM documents) "
                                + "QUALIFY row_number() OVER (PARTITION BY c.content_hash ORDER BY c.run_id, c.pq_order) = 1 ORDER BY c.pq_order");
                st.execute("INSERT INTO " + BANDS + " SELECT DISTINCT b.content_hash, b.band_key FROM pq_" + BANDS
                        + " b JOIN pq_ids i ON b.content_hash = i.content_hash");
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
            for (String t : EventStore.DATA_TABLES) {
                st.execute("DROP TABLE IF EXISTS pq_" + t);
            }
            st.execute("DROP TABLE IF EXISTS pq_" + BANDS);
            st.execute("DROP TABLE IF EXISTS pq_ids");
            st.execute("DROP TABLE IF EXISTS pq_event_ids");
            st.execute("DROP TABLE IF EXISTS pq_new_actors");
            return new SaveReport(added, total - added, events);
        } catch (SQLException e) {
            throw new StoreException("cannot import " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies one table's rows of the finished runs into a temporary table (empty, with the store's columns, when there are none),
     * numbered in the order the job wrote them ({@code pq_order}): an event's first evidence row is its primary evidence.
     */
    private static void stage(Statement st, Path dir, String table, List<String> runs) throws SQLException {
        Path folder = dir.resolve(table);
        String name = "pq_" + table;
        if (hasParquet(folder)) {
            String glob = folder.toAbsolutePath().toString().replace("'", "''") + "/**/*.parquet";
            List<String> quoted = new ArrayList<>();
            runs.forEach(r -> quoted.add("'" + r.replace("'", "''") + "'"));
            st.execute("CREATE OR REPLACE TEMP TABLE " + name + " AS SELECT * EXCLUDE (filename, file_row_number), "
                    + "row_number() OVER (ORDER BY filename, file_row_number) AS pq_order FROM read_parquet('" + glob
                    + "', union_by_name = true, hive_partitioning = false, filename = true, file_row_number = true) WHERE run_id IN ("
                    + String.join(", ", quoted) + ")");
        } else {
            st.execute("CREATE OR REPLACE TEMP TABLE " + name
                    + " AS SELECT *, NULL::VARCHAR AS run_id, 0::BIGINT AS pq_order FROM " + table + " LIMIT 0");
        }
    }

    private static boolean hasParquet(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
