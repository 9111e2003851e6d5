package org.backchannel.analysis.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.Event;
import org.backchannel.model.Location;
import org.backchannel.store.EventStore;

/**
 * Event exports for the tools analysts use: GDELT 2.0 event TSV (the 61 columns, in order, with our
 * epistemic fields in a sidecar TSV keyed by GLOBALEVENTID), PLOVER JSON, and Parquet or CSV of
 * every store table (written by DuckDB itself).
 */
public final class EventExports {
    public static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
            "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
            "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
            "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat",
            "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat",
            "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat",
            "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
    public static final List<String> SIDECAR_COLUMNS = List.of("GLOBALEVENTID", "backchannel_id", "status", "secret", "attributed_to",
            "mediator", "disputed_by", "sources", "plover_type", "plover_mode", "evidence_document", "evidence_sentence", "evidence");

    private EventExports() {
    }

    /** GDELT 2.0 event rows (no header, as GDELT ships them) and the sidecar with a header. */
    public static void gdelt(List<Event> events, Map<String, Actor> actors, Path file) throws IOException {
        Path sidecar = file.resolveSibling(file.getFileName().toString().replaceFirst("(\\.[^.]+)?$", "") + ".backchannel.tsv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             BufferedWriter s = Files.newBufferedWriter(sidecar, StandardCharsets.UTF_8)) {
            s.write(String.join("\t", SIDECAR_COLUMNS));
            s.newLine();
            long n = 0;
            String added = java.time.LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
            for (Event e : events) {
                n++;
                List<String> row = new ArrayList<>();
                row.add(Long.toString(n));
                if (e.date() != null) {
                    var d = e.date().day();
                    row.add(d.format(DateTimeFormatter.BASIC_ISO_DATE));
                    row.add(String.format("%04d%02d", d.getYear(), d.getMonthValue()));
                    row.add(Integer.toString(d.getYear()));
                    row.add(String.format("%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0));
                } else {
                    row.addAll(List.of("", "", "", ""));
                }
                actor(row, e.source(), actors);
                actor(row, e.target(), actors);
                row.add("1");
                row.add(e.code().cameo());
                row.add(e.code().cameo().substring(0, Math.min(3, e.code().cameo().length())));
                row.add(e.code().root());
                row.add(Integer.toString(e.code().quadClass()));
                row.add(Double.toString(e.code().goldstein()));
                row.add(Integer.toString(e.evidence().size()));
                row.add(Integer.toString(e.epistemic().sources()));
                row.add(Long.toString(e.evidence().stream().map(x -> x.document()).distinct().count()));
                row.add("");
                row.addAll(List.of("", "", "", "", "", "", "", "")); // Actor1Geo: actors' places are not coded
                row.addAll(List.of("", "", "", "", "", "", "", "")); // Actor2Geo
                row.addAll(actionGeo(e.location()));
                row.add(added);
                row.add(e.primaryEvidence().document());
                if (row.size() != GDELT_COLUMNS.size()) {
                    throw new IllegalStateException("GDELT row has " + row.size() + " columns");
                }
                w.write(String.join("\t", row.stream().map(EventExports::clean).toList()));
                w.newLine();
                s.write(String.join("\t", List.of(Long.toString(n), e.id(), e.epistemic().status().label(), Boolean.toString(e.epistemic().secret()),
                        nz(e.epistemic().attributedTo()), nz(e.epistemic().mediator()), String.join(" ", e.epistemic().disputedBy()),
                        Integer.toString(e.epistemic().sources()), nz(e.code().ploverType()), nz(e.code().ploverMode()),
                        e.primaryEvidence().document(), Integer.toString(e.primaryEvidence().sentence()), e.primaryEvidence().text())
                        .stream().map(EventExports::clean).toList()));
                s.newLine();
            }
        }
    }

    /**
     * GDELT's eight ActionGeo columns. Type: 1 country, 3 US city, 4 world city (blank when the place
     * is unresolved). Two departures, because the project keeps no FIPS 10-4 or GNS table:
     * ActionGeo_CountryCode is the ISO 3166-1 alpha-3 code (as in the Actor*CountryCode columns), not
     * GDELT's FIPS code, and ActionGeo_FeatureID is the GeoNames id (for a country, its code), not a
     * GNS id. ADM1 and ADM2 codes are left blank. A country's point is its capital's.
     */
    static List<String> actionGeo(Location l) {
        if (l == null) {
            return List.of("", "", "", "", "", "", "", "");
        }
        if (l.precision() == Location.Precision.UNRESOLVED) {
            return List.of("", l.text(), "", "", "", "", "", "");
        }
        String countryName = Ontology.defaults().countries().name(l.country());
        boolean country = l.precision() == Location.Precision.COUNTRY;
        String type = country ? "1" : "USA".equals(l.country()) ? "3" : "4";
        String fullName = country ? countryName : l.name() + ", " + countryName;
        String featureId = country ? l.country() : l.geonamesId() == null ? "" : Long.toString(l.geonamesId());
        return List.of(type, fullName, l.country(), "", "", l.hasPoint() ? Double.toString(l.lat()) : "",
                l.hasPoint() ? Double.toString(l.lon()) : "", featureId);
    }

    private static void actor(List<String> row, ActorRef r, Map<String, Actor> actors) {
        String code = nz(r.code());
        Actor a = r.actorId() == null ? null : actors.get(r.actorId());
        row.add(code);
        row.add(a != null ? a.name().toUpperCase(java.util.Locale.ROOT) : nz(r.text()).toUpperCase(java.util.Locale.ROOT));
        row.add(code.length() >= 3 && !code.startsWith("IGO") ? code.substring(0, 3) : "");
        row.add(code.startsWith("IGO") && code.length() >= 6 ? code.substring(3, 6) : "");
        row.add("");
        row.add("");
        row.add("");
        row.add(code.length() >= 6 ? code.substring(3, 6) : "");
        row.add(code.length() >= 9 ? code.substring(6, 9) : "");
        row.add("");
    }

    /** PLOVER-style event records (event type and mode, contexts), with the epistemic layer added. */
    public static void plover(List<Event> events, Path file) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode arr = m.createArrayNode();
        for (Event e : events) {
            ObjectNode n = arr.addObject();
            n.put("id", e.id());
            n.put("event_date", e.date() == null ? null : e.date().label());
            n.put("event_type", e.code().ploverType());
            n.put("event_mode", e.code().ploverMode());
            var contexts = n.putArray("event_context");
            e.contexts().forEach(contexts::add);
            n.put("source_actor", e.source().text());
            n.put("source_agent", e.source().code());
            n.put("target_actor", e.target().text());
            n.put("target_agent", e.target().code());
            n.put("cameo", e.code().cameo());
            n.put("event_text", e.primaryEvidence().text());
            n.set("location", e.location() == null ? null : m.valueToTree(e.location().fields()));
            n.put("status", e.epistemic().status().label());
            n.put("secret", e.epistemic().secret());
            n.put("attributed_to", e.epistemic().attributedTo());
            n.put("mediator", e.epistemic().mediator());
            var d = n.putArray("disputed_by");
            e.epistemic().disputedBy().forEach(d::add);
        }
        m.writeValue(file.toFile(), arr);
    }

    /** Every store table as {@code DIR/TABLE.parquet} or {@code .csv}, written by DuckDB's COPY. */
    public static List<Path> tables(EventStore store, Path dir, String format) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        String fmt = format.equals("parquet") ? "(FORMAT PARQUET)" : "(FORMAT CSV, HEADER)";
        try (Statement st = store.connection().createStatement()) {
            for (String t : List.of("documents", "sentences", "actors", "roles", "events", "evidence", "warnings", "analogs")) {
                Path f = dir.resolve(t + "." + format);
                st.execute("COPY " + t + " TO '" + f.toAbsolutePath().toString().replace("'", "''") + "' " + fmt);
                out.add(f);
            }
        } catch (SQLException e) {
            throw new IOException("export failed: " + e.getMessage(), e);
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
