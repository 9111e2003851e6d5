package org.backchannel.bench.jmh;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.backchannel.claims.EpistemicCues;
import org.backchannel.coder.CodedDocument;
import org.backchannel.coder.DependencyEventCoder;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.NameIndex;
import org.backchannel.model.Document;
import org.backchannel.model.ParsedDocument;
import org.backchannel.nlp.CoreNlpParser;
import org.backchannel.pipeline.EventCandidates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The coder's hot paths: coding a parsed paragraph (mentions, pattern matching, arguments, dates),
 * choosing the sentences to parse, and looking actors up by name. Run with {@code backchannel bench --jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CoderBenchmarks {
    private static final String TEXT =
            "US officials secretly met Venezuelan Vice President Delcy Rodríguez in Doha on Tuesday, "
                    + "according to two diplomats. Qatar brokered the talks, which the Venezuelan government later denied. "
                    + "Rodríguez claimed that Washington had threatened Caracas with new sanctions on its oil exports.";

    private Knowledge knowledge;
    private DependencyEventCoder coder;
    private ParsedDocument parsed;
    private EventCandidates candidates;

    @Setup
    public void setUp() {
        knowledge = Knowledge.defaults();
        coder = new DependencyEventCoder(knowledge);
        candidates = new EventCandidates(knowledge.patterns(), EpistemicCues.defaults());
        parsed = CoreNlpParser.shared()
                .parse(new Document(
                        "bench",
                        "bench",
                        null,
                        null,
                        null,
                        LocalDate.of(2025, 3, 6),
                        null,
                        null,
                        TEXT,
                        List.of(),
                        "h"));
    }

    /** Mentions, patterns and arguments over three parsed sentences. */
    @Benchmark
    public CodedDocument codeParsedParagraph() {
        return coder.code(parsed, new DocumentActors(knowledge.actors()));
    }

    /** The selective parse's first-pass test (could a pattern fire, is someone there) over the same three sentences. */
    @Benchmark
    public int selectSentencesToParse() {
        int n = 0;
        for (var s : parsed.sentences()) {
            n += candidates.needsParse(s.tokens()) ? 1 : 0;
        }
        return n;
    }

    /** One name look-up in the actor index. */
    @Benchmark
    public Object lookUpActorByName() {
        return knowledge.actors().names().lookup(NameIndex.key("Delcy Rodríguez"));
    }

    /** Title matching over every office-holder: "the Vice President" of a country on a day. */
    @Benchmark
    public Object findOfficeHolder() {
        return knowledge.actors().holders("VEN", List.of("vice", "president"), LocalDate.of(2023, 11, 1));
    }
}
