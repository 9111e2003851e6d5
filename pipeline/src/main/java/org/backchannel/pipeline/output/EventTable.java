package org.backchannel.pipeline.output;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.Analysis;
import org.backchannel.model.Event;
import org.backchannel.model.Location;

/** Events as rows for TSV, CSV and plain-text tables: one column layout for every flat output. */
public final class EventTable {
    public static final List<String> COLUMNS = List.of(
            "id",
            "date",
            "source",
            "source_code",
            "cameo",
            "cameo_name",
            "target",
            "target_code",
            "goldstein",
            "quad_class",
            "plover",
            "status",
            "secret",
            "attributed_to",
            "mediator",
            "disputed_by",
            "location",
            "location_country",
            "location_lat",
            "location_lon",
            "document",
            "sentence",
            "evidence");

    private EventTable() {}

    public static List<List<String>> rows(Analysis a) {
        List<List<String>> out = new ArrayList<>();
        for (Event e : a.events()) {
            out.add(row(e));
        }
        return out;
    }

    public static List<String> row(Event e) {
        Location l = e.location();
        return List.of(
                e.id(),
                e.date() == null ? "" : e.date().label(),
                nz(e.source().text()),
                nz(e.source().code()),
                e.code().cameo(),
                nz(e.code().name()),
                nz(e.target().text()),
                nz(e.target().code()),
                Double.toString(e.code().goldstein()),
                Integer.toString(e.code().quadClass()),
                nz(e.code().ploverType()),
                e.epistemic().status().label(),
                Boolean.toString(e.epistemic().secret()),
                nz(e.epistemic().attributedTo()),
                nz(e.epistemic().mediator()),
                String.join(" ", e.epistemic().disputedBy()),
                l == null ? "" : l.name(),
                l == null ? "" : nz(l.country()),
                l == null || !l.hasPoint() ? "" : Double.toString(l.lat()),
                l == null || !l.hasPoint() ? "" : Double.toString(l.lon()),
                e.primaryEvidence().document(),
                Integer.toString(e.primaryEvidence().sentence()),
                e.primaryEvidence().text().replaceAll("\\s+", " "));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Tab-separated, with a header line; tabs and newlines inside fields become spaces. */
    public static String tsv(List<String> columns, List<List<String>> rows) {
        StringBuilder b = new StringBuilder(String.join("\t", columns)).append('\n');
        for (List<String> r : rows) {
            b.append(String.join(
                            "\t",
                            r.stream()
                                    .map(x -> x.replaceAll("[\\t\\r\\n]+", " "))
                                    .toList()))
                    .append('\n');
        }
        return b.toString();
    }

    /** RFC 4180 CSV with a header line. */
    public static String csv(List<String> columns, List<List<String>> rows) {
        StringBuilder b = new StringBuilder(
                        String.join(",", columns.stream().map(EventTable::quote).toList()))
                .append("\r\n");
        for (List<String> r : rows) {
            b.append(String.join(",", r.stream().map(EventTable::quote).toList()))
                    .append("\r\n");
        }
        return b.toString();
    }

    private static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** A plain-text table: columns padded to the widest cell, long cells cut to {@code maxWidth}. */
    public static String table(List<String> columns, List<List<String>> rows, int maxWidth) {
        int[] w = new int[columns.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(columns);
        all.addAll(rows);
        List<List<String>> cut = new ArrayList<>();
        for (List<String> r : all) {
            List<String> c = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                String v = r.get(i).length() > maxWidth ? r.get(i).substring(0, maxWidth - 1) + "…" : r.get(i);
                c.add(v);
                w[i] = Math.max(w[i], v.length());
            }
            cut.add(c);
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < cut.size(); k++) {
            List<String> r = cut.get(k);
            for (int i = 0; i < r.size(); i++) {
                b.append(i == 0 ? "" : "  ").append(String.format("%-" + w[i] + "s", r.get(i)));
            }
            b.append('\n');
            if (k == 0) {
                for (int i = 0; i < w.length; i++) {
                    b.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
