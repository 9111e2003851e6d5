package org.backchannel.model.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the project's knowledge files: UTF-8, tab-separated, {@code #} comment lines, one record per
 * line. Every stage reads its data files through this one class.
 */
public final class Tsv {
    private Tsv() {}

    /** One record with its origin, for error messages that point at the line. */
    public record Row(String source, int line, String[] cols) {
        /** Column {@code i}, trimmed; "" when the line is shorter. */
        public String col(int i) {
            return i < cols.length ? cols[i].strip() : "";
        }

        /** Column {@code i} split on '|', empty parts dropped. */
        public List<String> list(int i) {
            String c = col(i);
            if (c.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(c.split("\\|"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        /** Column {@code i}, or null when empty. */
        public String optional(int i) {
            String c = col(i);
            return c.isEmpty() ? null : c;
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + line + ": " + message);
        }
    }

    /** Reads a classpath resource such as {@code /backchannel/ontology/cameo-codebook.tsv}. */
    public static List<Row> resource(String path) {
        InputStream in = Tsv.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return read(path, in);
    }

    /** Reads a file a user supplies. */
    public static List<Row> file(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(path.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static List<Row> read(String source, InputStream in) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(source, n, line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return rows;
    }
}
