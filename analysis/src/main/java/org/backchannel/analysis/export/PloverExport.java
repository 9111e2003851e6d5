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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.analysis.export.SourceDocuments.SourceDocument;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.Event;
import org.backchannel.model.Evidence;
import org.backchannel.model.Location;

/**
 * PLOVER event records with the field names of the PLOVER manual's "Data Fields" chapter: id,
 * has_event, date, source and recipient (lists of actor objects), event, mode and context (lists,
 * null when none), quad_code, event_scale, event_text, event_loc (GeoNames field names), text,
 * text_info, cite_info, coder, coded_date. What PLOVER has no field for — the CAMEO code, the
 * epistemic layer, the date's precision, contexts and modes outside PLOVER's lists — is in the
 * extension object {@value #EXTENSION}. A {@code .jsonl} file gets one record per line (the
 * manual's suggestion), any other name a JSON array.
 */
public final class PloverExport {
    public static final String EXTENSION = "backchannel";
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "ISM", "IMG", "MNC");

    private final Map<String, Actor> actors;
    private final Map<String, SourceDocument> documents;
    private final LocalDate codedDate;
    private final Ontology ontology = Ontology.defaults();
    private final PloverVocabulary vocabulary = PloverVocabulary.defaults();
    private final ObjectMapper mapper = new ObjectMapper();

    public PloverExport(Map<String, Actor> actors, Map<String, SourceDocument> documents, LocalDate codedDate) {
        this.actors = actors;
        this.documents = documents;
        this.codedDate = codedDate;
    }

    public void write(List<Event> events, Path file) throws IOException {
        if (String.valueOf(file.getFileName()).endsWith(".jsonl")) {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (Event e : events) {
                    w.write(mapper.writeValueAsString(record(e)));
                    w.write('\n');
                }
            }
        } else {
            ArrayNode arr = mapper.createArrayNode();
            events.forEach(e -> arr.add(record(e)));
            mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), arr);
        }
    }

    /** One event as a PLOVER record. */
    public ObjectNode record(Event e) {
        ObjectNode n = mapper.createObjectNode();
        EventDay day = EventDay.of(e, documents, codedDate);
        String type = e.code().ploverType();
        boolean hasEvent = type != null && vocabulary.isEvent(type);
        n.put("id", e.id());
        n.put("has_event", hasEvent);
        n.put("date", day.day().toString());
        n.set("source", actors(e.source()));
        n.set("recipient", actors(e.target()));
        if (hasEvent) {
            n.putArray("event").add(type);
        } else {
            n.putNull("event");
        }
        String mode = e.code().ploverMode() == null || e.code().ploverMode().isEmpty()
                ? null
                : e.code().ploverMode();
        boolean modeKnown = hasEvent && mode != null && vocabulary.isMode(type, mode);
        if (modeKnown) {
            n.putArray("mode").add(mode);
        } else {
            n.putNull("mode");
        }
        List<String> contexts = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (String c : e.contexts()) {
            String p = vocabulary.context(c);
            if (p == null) {
                unmapped.add(c);
            } else if (!contexts.contains(p)) {
                contexts.add(p);
            }
        }
        if (contexts.isEmpty()) {
            n.putNull("context");
        } else {
            contexts.forEach(n.putArray("context")::add);
        }
        n.put("quad_code", e.code().quadClass());
        n.put("event_scale", e.code().goldstein());
        n.putArray("event_text").add(e.predicate() == null ? "" : e.predicate());
        n.set("event_loc", location(e.location()));
        Evidence ev = e.primaryEvidence();
        n.put("text", ev.text());
        ObjectNode textInfo = n.putObject("text_info");
        textInfo.put("sequence", ev.sentence());
        textInfo.put("start", ev.charStart());
        textInfo.put("end", ev.charEnd());
        ObjectNode cite = n.putObject("cite_info");
        SourceDocument doc = documents.get(ev.document());
        cite.put("corpus", "backchannel");
        cite.put("citation", ev.document());
        cite.put("url", doc == null ? null : doc.url());
        cite.put("title", doc == null ? null : doc.title());
        cite.put("language", "en");
        cite.put("coder", "Backchannel");
        cite.put("codebook", "CAMEO 1.1b3 mapped to PLOVER (CAMEO2PLOVER 2021)");
        n.put("coder", "Backchannel");
        n.put("coded_date", codedDate.toString());

        ObjectNode x = n.putObject(EXTENSION);
        x.put("cameo", e.code().cameo());
        x.put("date_precision", day.precision());
        x.put("date_source", day.source());
        x.put("status", e.epistemic().status().label());
        x.put("status_cue", e.epistemic().cue());
        x.put("secret", e.epistemic().secret());
        x.put("attributed_to", e.epistemic().attributedTo());
        x.put("mediator", e.epistemic().mediator());
        x.put("mediator_cue", e.epistemic().mediatorCue());
        e.epistemic().disputedBy().forEach(x.putArray("disputed_by")::add);
        x.put("sources", e.epistemic().sources());
        ObjectNode mix = x.putObject("status_mix");
        e.epistemic().statusMix().forEach(mix::put);
        x.put("confidence", e.confidence());
        if (!hasEvent && type != null && !type.isEmpty()) {
            x.put("event_unmapped", type);
        }
        if (mode != null && !modeKnown) {
            x.put("mode_unmapped", mode);
        }
        if (!unmapped.isEmpty()) {
            unmapped.forEach(x.putArray("context_unmapped")::add);
        }
        if (e.location() != null) {
            x.put("location_precision", e.location().precision().label());
            x.put("location_text", e.location().text());
        }
        return n;
    }

    /** A side as PLOVER's list of actor objects: empty when nobody is named. */
    private ArrayNode actors(ActorRef r) {
        ArrayNode list = mapper.createArrayNode();
        if (r.isEmpty() && r.code() == null) {
            return list;
        }
        ObjectNode a = list.addObject();
        CameoActorCode parts = CameoActorCode.parse(r.code(), ontology);
        String code =
                !parts.country().isEmpty() ? parts.country() : NON_STATE.contains(parts.type1()) ? parts.type1() : null;
        String sector = NON_STATE.contains(parts.type1()) ? parts.type2() : parts.type1();
        a.put("code", code);
        a.put("sector", sector.isEmpty() ? null : sector);
        a.put("actor_text", r.text());
        Actor known = r.actorId() == null ? null : actors.get(r.actorId());
        a.put("identifier_text", known == null ? null : known.name());
        a.put("religion", parts.religion1().isEmpty() ? null : parts.religion1());
        a.put("cameo", r.code());
        a.put("backchannel_id", r.actorId());
        return list;
    }

    /** The event's place with GeoNames' field names (and the manual's cc3 for the ISO alpha-3 code); null when none. */
    private ObjectNode location(Location l) {
        if (l == null || l.precision() == Location.Precision.UNRESOLVED) {
            return null;
        }
        ObjectNode o = mapper.createObjectNode();
        if (l.geonamesId() == null
                || l.precision()
                        == Location.Precision.COUNTRY) { // a country's point is its capital's: no id of its own
            o.putNull("geonameid");
        } else {
            o.put("geonameid", l.geonamesId());
        }
        o.put("name", l.name());
        o.put("latitude", l.lat());
        o.put("longitude", l.lon());
        o.put("cc3", l.country());
        return o;
    }
}
