package org.backchannel.analysis.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backchannel.analysis.export.SourceDocuments.SourceDocument;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.coder.places.Gazetteer;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.Event;
import org.backchannel.model.Evidence;
import org.backchannel.model.Location;

/**
 * GDELT 2.0 event rows, the 61 columns of the GDELT 2.0 Event codebook in order, tab-separated,
 * no header (as GDELT ships them), and a sidecar TSV with a header and RFC 4180 quoting that keeps
 * what GDELT has no column for (epistemic layer, date precision, evidence). See docs/exports.md for
 * each column's source and the departures from GDELT.
 */
public final class GdeltExport {
    public static final List<String> COLUMNS = List.of(
            "GLOBALEVENTID",
            "SQLDATE",
            "MonthYear",
            "Year",
            "FractionDate",
            "Actor1Code",
            "Actor1Name",
            "Actor1CountryCode",
            "Actor1KnownGroupCode",
            "Actor1EthnicCode",
            "Actor1Religion1Code",
            "Actor1Religion2Code",
            "Actor1Type1Code",
            "Actor1Type2Code",
            "Actor1Type3Code",
            "Actor2Code",
            "Actor2Name",
            "Actor2CountryCode",
            "Actor2KnownGroupCode",
            "Actor2EthnicCode",
            "Actor2Religion1Code",
            "Actor2Religion2Code",
            "Actor2Type1Code",
            "Actor2Type2Code",
            "Actor2Type3Code",
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone",
            "Actor1Geo_Type",
            "Actor1Geo_FullName",
            "Actor1Geo_CountryCode",
            "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat",
            "Actor1Geo_Long",
            "Actor1Geo_FeatureID",
            "Actor2Geo_Type",
            "Actor2Geo_FullName",
            "Actor2Geo_CountryCode",
            "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat",
            "Actor2Geo_Long",
            "Actor2Geo_FeatureID",
            "ActionGeo_Type",
            "ActionGeo_FullName",
            "ActionGeo_CountryCode",
            "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code",
            "ActionGeo_Lat",
            "ActionGeo_Long",
            "ActionGeo_FeatureID",
            "DATEADDED",
            "SOURCEURL");
    public static final List<String> SIDECAR_COLUMNS = List.of(
            "GLOBALEVENTID",
            "backchannel_id",
            "date_precision",
            "date_source",
            "status",
            "secret",
            "attributed_to",
            "mediator",
            "disputed_by",
            "sources",
            "plover_type",
            "plover_mode",
            "evidence_document",
            "evidence_sentence",
            "evidence");
    private static final List<String> NO_GEO = List.of("0", "", "", "", "", "", "", "");

    private final Map<String, Actor> actors;
    private final Map<String, SourceDocument> documents;
    private final LocalDateTime added;
    private final Ontology ontology = Ontology.defaults();
    private final Gazetteer gazetteer = Gazetteer.defaults();
    private final Tone tone = Tone.defaults();

    /**
     * @param documents the stored documents by id (URL, publication date, lead, body); may be empty
     * @param added     the time written into DATEADDED (UTC)
     */
    public GdeltExport(Map<String, Actor> actors, Map<String, SourceDocument> documents, LocalDateTime added) {
        this.actors = actors;
        this.documents = documents;
        this.added = added;
    }

    /** The sidecar's path for an export file: events.tsv gives events.backchannel.tsv. */
    public static Path sidecar(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("a GDELT export needs a file name, not " + file);
        }
        return file.resolveSibling(name.toString().replaceFirst("(\\.[^.]+)?$", "") + ".backchannel.tsv");
    }

    public void write(List<Event> events, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                BufferedWriter s = Files.newBufferedWriter(sidecar(file), StandardCharsets.UTF_8)) {
            s.write(String.join("\t", SIDECAR_COLUMNS));
            s.write('\n');
            long n = 0;
            for (Event e : events) {
                n++;
                EventDay d = EventDay.of(e, documents, added.toLocalDate());
                List<String> row = row(n, e, d);
                w.write(String.join("\t", row.stream().map(GdeltExport::flat).toList()));
                w.write('\n');
                Evidence ev = e.primaryEvidence();
                s.write(String.join(
                        "\t",
                        List.of(
                                        Long.toString(n),
                                        e.id(),
                                        d.precision(),
                                        d.source(),
                                        e.epistemic().status().label(),
                                        Boolean.toString(e.epistemic().secret()),
                                        nz(e.epistemic().attributedTo()),
                                        nz(e.epistemic().mediator()),
                                        String.join(" ", e.epistemic().disputedBy()),
                                        Integer.toString(e.epistemic().sources()),
                                        nz(e.code().ploverType()),
                                        nz(e.code().ploverMode()),
                                        ev.document(),
                                        Integer.toString(ev.sentence()),
                                        ev.text())
                                .stream()
                                .map(GdeltExport::quoted)
                                .toList()));
                s.write('\n');
            }
        }
    }

    /** One event's 61 GDELT columns. */
    List<String> row(long id, Event e, EventDay d) {
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(Long.toString(id));
        row.add(d.day().format(DateTimeFormatter.BASIC_ISO_DATE));
        row.add(String.format(
                Locale.ROOT, "%04d%02d", d.day().getYear(), d.day().getMonthValue()));
        row.add(Integer.toString(d.day().getYear()));
        row.add(String.format(Locale.ROOT, "%.4f", fractionDate(d.day())));
        CameoActorCode a1 = CameoActorCode.parse(e.source().code(), ontology);
        CameoActorCode a2 = CameoActorCode.parse(e.target().code(), ontology);
        actor(row, e.source(), a1);
        actor(row, e.target(), a2);
        row.add(isRoot(e) ? "1" : "0");
        String cameo = e.code().cameo();
        row.add(cameo);
        row.add(cameo.substring(0, Math.min(3, cameo.length())));
        row.add(e.code().root());
        row.add(Integer.toString(e.code().quadClass()));
        row.add(Double.toString(e.code().goldstein()));
        row.add(Integer.toString(e.evidence().size()));
        row.add(Integer.toString(e.epistemic().sources()));
        row.add(Long.toString(
                e.evidence().stream().map(Evidence::document).distinct().count()));
        row.add(String.format(Locale.ROOT, "%.4f", avgTone(e)));
        row.addAll(actorGeo(e.source(), a1));
        row.addAll(actorGeo(e.target(), a2));
        row.addAll(actionGeo(e.location(), ontology));
        row.add(added.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")));
        SourceDocument doc = documents.get(e.primaryEvidence().document());
        row.add(
                doc != null && doc.url() != null
                        ? doc.url()
                        : e.primaryEvidence().document());
        if (row.size() != COLUMNS.size()) {
            throw new IllegalStateException("GDELT row has " + row.size() + " columns");
        }
        return row;
    }

    /**
     * GDELT's FractionDate, YYYY.FFFF with FFFF "the percentage of the year completed by that day"
     * (0 to 0.9999), exactly: (day of year − 1) / days in the year. The codebook's shortcut
     * (MONTH × 30 + DAY) / 365 is not used: it passes 1 after 4 December and so writes late
     * December into the next year.
     */
    static double fractionDate(LocalDate day) {
        return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
    }

    /**
     * GDELT's IsRootEvent: 1 for an event read from the lead paragraph ({@link SourceDocuments#leadEnd});
     * without the stored document, the first two sentences.
     */
    boolean isRoot(Event e) {
        Evidence ev = e.primaryEvidence();
        SourceDocument doc = documents.get(ev.document());
        return doc == null ? ev.sentence() < 2 : ev.charStart() < doc.leadEnd();
    }

    /** The mean tone of the documents that tell the event (of its evidence sentences when a document is not stored). */
    double avgTone(Event e) {
        return e.evidence().stream()
                .map(Evidence::document)
                .distinct()
                .mapToDouble(id -> {
                    SourceDocument doc = documents.get(id);
                    if (doc != null) {
                        return tone.of(doc.body());
                    }
                    return tone.of(String.join(
                            " ",
                            e.evidence().stream()
                                    .filter(x -> x.document().equals(id))
                                    .map(Evidence::text)
                                    .toList()));
                })
                .average()
                .orElse(0);
    }

    private void actor(List<String> row, ActorRef r, CameoActorCode parts) {
        Actor a = r.actorId() == null ? null : actors.get(r.actorId());
        row.add(nz(r.code()));
        row.add(a != null ? a.name().toUpperCase(Locale.ROOT) : nz(r.text()).toUpperCase(Locale.ROOT));
        row.addAll(parts.columns());
    }

    /**
     * An actor's geography: its country (type 1, the capital's point, as for a country in ActionGeo).
     * GDELT places an actor at the place named nearest to it in the text; the coder does not locate
     * actors, so the country their code gives is the most the data supports. Type 0 when none.
     */
    List<String> actorGeo(ActorRef r, CameoActorCode parts) {
        String country = parts.country();
        if (country.isEmpty() && r.actorId() != null && actors.get(r.actorId()) != null) {
            country = nz(actors.get(r.actorId()).country());
        }
        if (country.isEmpty()) {
            return NO_GEO;
        }
        var capital = gazetteer.capital(country);
        if (capital.isEmpty()) {
            return NO_GEO; // a CAMEO region (WST, EUR …) is no place
        }
        return List.of(
                "1",
                ontology.countries().name(country),
                country,
                "",
                "",
                Double.toString(capital.get().lat()),
                Double.toString(capital.get().lon()),
                country);
    }

    /**
     * GDELT's eight ActionGeo columns. Type: 1 country, 3 US city, 4 world city, 0 when the event has
     * no resolved place (the place as written is kept in FullName). Two departures, because the
     * project keeps no FIPS 10-4 or GNS table: ActionGeo_CountryCode is the ISO 3166-1 alpha-3 code
     * (as in the Actor*CountryCode columns), not GDELT's FIPS code, and ActionGeo_FeatureID is the
     * GeoNames id (for a country, its code), not a GNS id. ADM1 and ADM2 codes are left blank. A
     * country's point is its capital's.
     */
    static List<String> actionGeo(Location l, Ontology ontology) {
        if (l == null) {
            return NO_GEO;
        }
        if (l.precision() == Location.Precision.UNRESOLVED) {
            return List.of("0", l.text(), "", "", "", "", "", "");
        }
        String countryName = ontology.countries().name(l.country());
        boolean country = l.precision() == Location.Precision.COUNTRY;
        boolean region = l.precision() == Location.Precision.REGION;
        boolean us = "USA".equals(l.country());
        // GDELT's geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (first-level region)
        String type = country ? "1" : region ? (us ? "2" : "5") : us ? "3" : "4";
        String fullName = country ? countryName : l.name() + ", " + countryName;
        String featureId = country ? l.country() : l.geonamesId() == null ? "" : Long.toString(l.geonamesId());
        return List.of(
                type,
                fullName,
                l.country(),
                "",
                "",
                l.hasPoint() ? Double.toString(l.lat()) : "",
                l.hasPoint() ? Double.toString(l.lon()) : "",
                featureId);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A GDELT field: GDELT files have no quoting, so tabs and line breaks become spaces. */
    private static String flat(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }

    /** A sidecar field, quoted as RFC 4180 says (with a tab for the comma) when it holds a tab, quote or line break. */
    static String quoted(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
