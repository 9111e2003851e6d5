package org.backchannel.analysis.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backchannel.analysis.export.SourceDocuments.SourceDocument;
import org.backchannel.model.Actor;
import org.backchannel.model.Event;
import org.backchannel.store.EventStore;

/**
 * Event exports for the tools analysts use: GDELT 2.0 event TSV with a sidecar ({@link GdeltExport}),
 * PLOVER JSON ({@link PloverExport}), and Parquet or CSV of every store table (written by DuckDB itself).
 */
public final class EventExports {
    public static final List<String> GDELT_COLUMNS = GdeltExport.COLUMNS;
    public static final List<String> SIDECAR_COLUMNS = GdeltExport.SIDECAR_COLUMNS;
    /** The store tables the Parquet and CSV exports write, one file each. */
    public static final List<String> TABLES =
            List.of("documents", "sentences", "actors", "roles", "events", "evidence", "warnings", "analogs");

    private EventExports() {}

    /** GDELT 2.0 rows and the sidecar, for events whose documents are known. */
    public static void gdelt(
            List<Event> events, Map<String, Actor> actors, Map<String, SourceDocument> documents, Path file)
            throws IOException {
        new GdeltExport(actors, documents, LocalDateTime.now(ZoneOffset.UTC)).write(events, file);
    }

    /** GDELT 2.0 rows and the sidecar without the stored documents (SOURCEURL is then the document id). */
    public static void gdelt(List<Event> events, Map<String, Actor> actors, Path file) throws IOException {
        gdelt(events, actors, Map.of(), file);
    }

    /** PLOVER records for events whose documents are known. */
    public static void plover(
            List<Event> events, Map<String, Actor> actors, Map<String, SourceDocument> documents, Path file)
            throws IOException {
        new PloverExport(actors, documents, LocalDateTime.now(ZoneOffset.UTC).toLocalDate()).write(events, file);
    }

    /** PLOVER records without actors' names or the stored documents. */
    public static void plover(List<Event> events, Path file) throws IOException {
        plover(events, Map.of(), Map.of(), file);
    }

    /** Every store table as {@code DIR/TABLE.parquet} or {@code .csv}, written by DuckDB's COPY. */
    public static List<Path> tables(EventStore store, Path dir, String format) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        String fmt = format.equals("parquet") ? "(FORMAT PARQUET)" : "(FORMAT CSV, HEADER)";
        try (Statement st = store.connection().createStatement()) {
            for (String t : TABLES) {
                Path f = dir.resolve(t + "." + format);
                st.execute("COPY " + t + " TO '" + f.toAbsolutePath().toString().replace("'", "''") + "' " + fmt);
                out.add(f);
            }
        } catch (SQLException e) {
            throw new IOException("export failed: " + e.getMessage(), e);
        }
        return out;
    }
}
