package org.backchannel.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/** The store's file on disk: what it must look like, and how to connect to it while others may hold it. */
final class StoreFiles {
    /** What a user can do about a store that cannot be opened. */
    static final String RECOVER =
            ". The file may be truncated or damaged: move it aside (keeping it for inspection) and run"
                    + " `backchannel ingest` on your inputs again to rebuild the store, or restore a copy; a damaged `.wal` file"
                    + " next to it may be moved aside the same way, losing only the last unfinished batch.";
    /** DuckDB writes its magic bytes after an 8-byte checksum at the start of every database file. */
    private static final byte[] MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);

    private static final int MAGIC_OFFSET = 8;

    private StoreFiles() {}

    /** Refuses a file that exists, is not empty, and is not a DuckDB database, before DuckDB is asked to open it. */
    static void checkHeader(Path file) {
        if (!Files.isRegularFile(file)) {
            if (Files.exists(file)) {
                throw new StoreException("store " + file + " is not a file", null);
            }
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC_OFFSET + MAGIC.length);
            if (head.length == 0) {
                return; // an empty file becomes a new store
            }
            boolean duck = head.length == MAGIC_OFFSET + MAGIC.length;
            for (int i = 0; duck && i < MAGIC.length; i++) {
                duck = head[MAGIC_OFFSET + i] == MAGIC[i];
            }
            if (!duck) {
                throw new StoreException(
                        "store " + file + " is not a DuckDB database (" + head.length + " header bytes, no DUCK mark)"
                                + RECOVER,
                        null);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Connects, retrying while another process holds a conflicting lock, until {@code wait} has passed. */
    static Connection connect(Path file, boolean readOnly, Duration wait) {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = 50;
        boolean told = false;
        while (true) {
            try {
                return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
            } catch (SQLException e) {
                String m = String.valueOf(e.getMessage());
                if (!isLockConflict(m)) {
                    throw new StoreException("cannot open store " + file + ": " + firstLine(m) + RECOVER, e);
                }
                if (System.nanoTime() >= deadline) {
                    throw new StoreException(
                            "store " + file + " is in use by another process and stayed so for " + wait.toSeconds()
                                    + " s (" + firstLine(m) + "); wait for it to finish or raise --lock-wait",
                            e);
                }
                if (!told) {
                    System.err.println("backchannel: store " + file + " is in use by another process; waiting up to "
                            + wait.toSeconds() + " s");
                    told = true;
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while waiting for store " + file, ie);
                }
                pause = Math.min(1000, pause * 2);
            }
        }
    }

    static boolean isLockConflict(String message) {
        return message.contains("Could not set lock") || message.contains("Conflicting lock");
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse(s);
    }
}
