package org.backchannel.classifier.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.ingest.Furniture;
import org.backchannel.ingest.TextReader;
import org.backchannel.model.Document;

/**
 * The project's own labelled texts, and only those: the example sentences of the hand-written
 * patterns and the dev part of the gold set and of the epistemic cases (their held-out parts are the
 * project's unseen tests and are never read). The public dev sets under {@code shared/eval}, which
 * measure the classifier, are not among them. The demo articles are not either: taking their
 * uncoded clauses for "no event" is circular, and of the ten such clauses 4 did tell an event
 * ("X received the Y team", "X have presented Y with a new proposal").
 */
public final class TrainingSources {
    /** The story day pattern examples are read on (their people resolve to the roles held then). */
    private static final LocalDate EXAMPLE_DAY = LocalDate.of(2025, 6, 2);

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingSources() {}

    /** All sources, in a fixed order. */
    public static List<TrainingSentence> all(Knowledge knowledge) {
        List<TrainingSentence> out = new ArrayList<>(patternExamples(knowledge));
        out.addAll(gold());
        out.addAll(epistemic());
        return out;
    }

    /** Each hand-written pattern's example sentence: its coded clause tells the pattern's root. */
    public static List<TrainingSentence> patternExamples(Knowledge knowledge) {
        List<TrainingSentence> out = new ArrayList<>();
        for (EventPattern p : knowledge.patterns().all()) {
            if (p.example() == null) {
                continue; // converted dictionaries carry provenance, not examples
            }
            String id = "pattern:" + p.source().substring(p.source().lastIndexOf('/') + 1);
            Document d =
                    new Document(id, "pattern", null, null, null, EXAMPLE_DAY, null, null, p.example(), List.of(), id);
            out.add(new TrainingSentence(
                    "pattern", d, new Labels.PatternExample(p.code().substring(0, 2), p.head())));
        }
        return out;
    }

    /** The gold records of the dev split, read as eval reads them; their event lists are exhaustive. */
    public static List<TrainingSentence> gold() {
        TextReader reader = new TextReader(Furniture.defaults());
        List<TrainingSentence> out = new ArrayList<>();
        for (JsonNode r : devRecords(DemoCorpus.GOLD)) {
            List<Labels.GoldPair> events = new ArrayList<>();
            for (JsonNode e : r.path("events")) {
                List<String> roots = new ArrayList<>();
                roots.add(root(text(e, "cameo")));
                e.path("cameo_alt").forEach(a -> roots.add(root(a.asText())));
                events.add(new Labels.GoldPair(
                        country(text(e, "source")),
                        country(text(e, "target")),
                        roots.stream().distinct().toList()));
            }
            String id = text(r, "id");
            Document d = reader.parse(id, "gold", null, text(r, "text"));
            Document doc = new Document(
                    id,
                    "gold",
                    null,
                    null,
                    null,
                    date(r),
                    d.dateline(),
                    d.agency(),
                    d.text(),
                    d.boilerplateRemoved(),
                    id);
            out.add(new TrainingSentence("gold", doc, new Labels.GoldEvents(events, true)));
        }
        return out;
    }

    /** The epistemic cases of the dev split: each names one event, not every event of its text. */
    public static List<TrainingSentence> epistemic() {
        List<TrainingSentence> out = new ArrayList<>();
        for (JsonNode c : devRecords(DemoCorpus.EPISTEMIC)) {
            String root = text(c, "cameo_root");
            if (root == null) {
                continue;
            }
            String id = text(c, "id");
            var pair = new Labels.GoldPair(country(text(c, "source")), country(text(c, "target")), List.of(root(root)));
            Document d = new Document(
                    id, "epistemic", null, null, null, date(c), null, null, text(c, "text"), List.of(), id);
            out.add(new TrainingSentence("epistemic", d, new Labels.GoldEvents(List.of(pair), false)));
        }
        return out;
    }

    private static List<JsonNode> devRecords(String resource) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : DemoCorpus.lines(resource)) {
            try {
                JsonNode r = JSON.readTree(line);
                if ("dev".equals(text(r, "split"))) {
                    out.add(r);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static LocalDate date(JsonNode r) {
        String d = text(r, "date");
        return d == null ? null : LocalDate.parse(d.substring(0, 10));
    }

    private static String root(String cameo) {
        return cameo.substring(0, 2);
    }

    /** The country part of a CAMEO actor code ("USAGOV" → "USA"), or null. */
    static String country(String code) {
        return code == null || code.length() < 3 ? null : code.substring(0, 3);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
