package org.backchannel.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backchannel.bench.eval.GoldRecord;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.petrarch.ActorDictionary;
import org.backchannel.coder.actors.petrarch.ActorEntry;
import org.backchannel.coder.actors.petrarch.AgentDictionary;
import org.backchannel.coder.actors.petrarch.Loaded;
import org.backchannel.coder.actors.petrarch.PetrarchImport;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.coder.patterns.convert.CameoDictionary;
import org.backchannel.ingest.IngestOptions;
import org.backchannel.ingest.IngestResult;
import org.backchannel.ingest.Ingestor;
import org.backchannel.ingest.PublicationDates;

/**
 * What each fuzz target does with its input. The only acceptable outcomes are a result or a reported
 * per-item problem: any other exception, a hang or running out of memory is a finding.
 */
final class Targets {
    private Targets() {}

    /** Small limits so the fuzzer meets them often. */
    private static final IngestOptions LIMITS = new IngestOptions(64 * 1024, 16 * 1024, 64, 50);

    private static final Ingestor INGESTOR = new Ingestor(LIMITS);
    private static Ontology ontology;
    private static KnowledgeBase knowledge;

    private static synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            ontology = Ontology.defaults();
            knowledge = KnowledgeBase.load(ontology.countries(), false);
        }
        return knowledge;
    }

    private static void check(IngestResult r) {
        r.documents().forEach(d -> {
            if (d.text().isBlank()) {
                throw new AssertionError("a blank document was read: " + d.id());
            }
        });
    }

    static void text(byte[] data) {
        check(INGESTOR.readBytes("item.txt", data));
    }

    static void html(byte[] data) {
        check(INGESTOR.readBytes("item.html", data));
    }

    static void jsonLines(byte[] data) {
        check(INGESTOR.readBytes("item.jsonl", data));
    }

    /** The ingestor as a whole: a name without an extension, so it sniffs the content, and a file read from disk (JSON Lines streamed). */
    static void ingestor(FuzzedDataProvider in) throws Exception {
        String name = in.pickValue(List.of("item", "item.jsonl", "item.ndjson", "item.htm", "stdin"));
        byte[] bytes = in.consumeRemainingAsBytes();
        check(INGESTOR.readBytes(name, bytes));
        if (name.endsWith("jsonl")) {
            Path f = Files.createTempFile("fuzz", ".jsonl");
            try {
                Files.write(f, bytes);
                INGESTOR.stream(List.of(f.toString()), java.io.InputStream.nullInputStream(), d -> {});
            } finally {
                Files.deleteIfExists(f);
            }
        }
    }

    static void dates(FuzzedDataProvider in) {
        String text = in.consumeRemainingAsString();
        PublicationDates.parse(text);
        PublicationDates.dateLine(text, PublicationDates.Hints.NONE);
        PublicationDates.fromUrl(text);
    }

    /** The user's actor TSV (--actors): every bad row is reported, the rest loaded. */
    static void actorTsv(byte[] data) throws Exception {
        Path f = Files.createTempFile("fuzz", ".tsv");
        try {
            Files.write(f, data);
            KnowledgeBase kb = knowledge();
            synchronized (kb) {
                kb.addUserFile(f);
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }

    /** A PETRARCH .actors dictionary (--petrarch-actors), read and converted by the import rules. */
    static void petrarchActors(byte[] data) {
        Loaded<ActorEntry> read = ActorDictionary.parse("fuzz.actors", lines(data));
        KnowledgeBase kb = knowledge();
        new PetrarchImport(kb, ontology, java.util.Set.of()).convert(read.items());
    }

    static void petrarchAgents(byte[] data) {
        AgentDictionary.parse("fuzz.agents", lines(data));
    }

    /** PETRARCH's CAMEO verb dictionary, as convert-cameo reads it. */
    static void petrarchVerbs(byte[] data) {
        CameoDictionary.parse(lines(data));
    }

    /** Gold JSON Lines (eval): a bad record is reported naming its file and line. */
    static void goldJsonl(byte[] data) {
        try {
            GoldRecord.parse("fuzz.jsonl", lines(data));
        } catch (IllegalArgumentException e) {
            if (!String.valueOf(e.getMessage()).startsWith("fuzz.jsonl:")) {
                throw e;
            }
        }
    }

    private static List<String> lines(byte[] data) {
        return new String(data, StandardCharsets.UTF_8).lines().toList();
    }
}
