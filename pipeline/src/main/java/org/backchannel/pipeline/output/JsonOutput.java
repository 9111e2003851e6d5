package org.backchannel.pipeline.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.ActorType;
import org.backchannel.model.AnalogMention;
import org.backchannel.model.Analysis;
import org.backchannel.model.Document;
import org.backchannel.model.Event;
import org.backchannel.model.Evidence;
import org.backchannel.model.IngestProblem;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.Role;
import org.backchannel.model.Warning;

/**
 * Writes an analysis as the JSON of the output contract (shared/design/OUTPUT-CONTRACT.md): the one
 * JSON writer of the project, used by the CLI, the server and exports.
 */
public final class JsonOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {}

    public static String write(Analysis a) {
        try {
            return JSON.writeValueAsString(tree(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectMapper mapper() {
        return JSON;
    }

    public static ObjectNode tree(Analysis a) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode docs = root.putArray("documents");
        for (ParsedDocument p : a.documents()) {
            docs.add(document(p));
        }
        ArrayNode actors = root.putArray("actors");
        for (Actor actor : a.actors()) {
            actors.add(actor(actor));
        }
        ArrayNode events = root.putArray("events");
        for (Event e : a.events()) {
            events.add(event(e));
        }
        ArrayNode analogs = root.putArray("analogs");
        for (AnalogMention m : a.analogs()) {
            ObjectNode n = analogs.addObject();
            n.put("id", m.id());
            n.put("name", m.name());
            n.put("mentioned", m.mentioned());
            if (m.similarity() == null) {
                n.putNull("similarity");
            } else {
                n.put("similarity", m.similarity());
            }
            if (m.evidence() != null) {
                n.putArray("evidence").add(evidence(m.evidence()));
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Warning w : a.warnings()) {
            ObjectNode n = warnings.addObject();
            n.put("kind", w.kind());
            n.put("message", w.message());
            ArrayNode ev = n.putArray("evidence");
            w.evidence().forEach(x -> ev.add(evidence(x)));
        }
        ArrayNode problems = root.putArray("problems");
        for (IngestProblem p : a.problems()) {
            problems.addObject().put("item", p.item()).put("cause", p.cause());
        }
        return root;
    }

    static ObjectNode document(ParsedDocument p) {
        Document d = p.document();
        ObjectNode n = JSON.createObjectNode();
        n.put("id", d.id());
        n.put("title", d.title());
        n.put("author", d.author());
        n.put("published", d.published() == null ? null : d.published().toString());
        n.put("dateline", d.dateline());
        n.put("agency", d.agency());
        n.put("url", d.url());
        n.put("origin", d.origin());
        n.put("sentences", p.sentences().size());
        ArrayNode removed = n.putArray("boilerplate_removed");
        d.boilerplateRemoved().forEach(removed::add);
        n.put("content_hash", d.contentHash());
        return n;
    }

    static ObjectNode actor(Actor a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id());
        n.put("name", a.name());
        ArrayNode aliases = n.putArray("aliases");
        a.aliases().forEach(aliases::add);
        n.put("type", a.type().label());
        n.put("country", a.country());
        String agent = a.agent();
        String code = a.code();
        if (a.type() == ActorType.PERSON && !a.roles().isEmpty()) {
            Role r = a.latestRole().orElseThrow();
            agent = r.agent();
            code = r.code();
        }
        n.put("agent", agent);
        n.put("code", code);
        ArrayNode roles = n.putArray("roles");
        for (Role r : a.roles()) {
            ObjectNode rn = roles.addObject();
            rn.put("title", r.title());
            rn.put("country", r.country());
            rn.put("agent", r.agent());
            rn.put("from", r.from() == null ? null : r.from().toString());
            rn.put("to", r.to() == null ? null : r.to().toString());
        }
        return n;
    }

    public static ObjectNode event(Event e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", e.id());
        n.put("date", e.date() == null ? null : e.date().label());
        n.put("date_precision", e.date() == null ? null : e.date().precision().label());
        n.put("date_from_text", e.date() != null && e.date().fromText());
        n.set("source", side(e.source()));
        n.set("target", side(e.target()));
        n.put("cameo", e.code().cameo());
        n.put("cameo_name", e.code().name());
        n.put("quad_class", e.code().quadClass());
        n.put("goldstein", e.code().goldstein());
        ObjectNode plover = n.putObject("plover");
        plover.put("type", e.code().ploverType());
        plover.put("mode", e.code().ploverMode());
        n.put("predicate", e.predicate());
        n.put("status", e.epistemic().status().label());
        n.put("status_cue", e.epistemic().cue());
        org.backchannel.model.TextSpan scope = e.epistemic().scope();
        if (scope == null) {
            n.putNull("status_scope");
        } else {
            n.putObject("status_scope")
                    .put("text", scope.text())
                    .put("char_start", scope.charStart())
                    .put("char_end", scope.charEnd());
        }
        n.put("secret", e.epistemic().secret());
        n.put("attributed_to", e.epistemic().attributedTo());
        n.put("mediator", e.epistemic().mediator());
        n.put("mediator_cue", e.epistemic().mediatorCue());
        ArrayNode disputed = n.putArray("disputed_by");
        e.epistemic().disputedBy().forEach(disputed::add);
        n.put("sources", e.epistemic().sources());
        ObjectNode mix = n.putObject("status_mix");
        e.epistemic().statusMix().forEach(mix::put);
        ArrayNode contexts = n.putArray("contexts");
        e.contexts().forEach(contexts::add);
        n.set(
                "location",
                e.location() == null ? null : JSON.valueToTree(e.location().fields()));
        ArrayNode ev = n.putArray("evidence");
        e.evidence().forEach(x -> ev.add(evidence(x)));
        n.put("confidence", e.confidence());
        n.put("trace", e.trace());
        return n;
    }

    private static ObjectNode side(ActorRef r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("actor", r.actorId());
        n.put("text", r.text());
        n.put("code", r.code());
        return n;
    }

    static ObjectNode evidence(Evidence e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("document", e.document());
        n.put("sentence", e.sentence());
        n.put("text", e.text());
        n.put("char_start", e.charStart());
        n.put("char_end", e.charEnd());
        return n;
    }
}
