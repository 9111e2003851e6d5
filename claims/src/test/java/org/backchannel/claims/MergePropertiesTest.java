package org.backchannel.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.backchannel.coder.CodedDocument;
import org.backchannel.coder.Knowledge;
import org.backchannel.model.ActorRef;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Document;
import org.backchannel.model.Epistemic;
import org.backchannel.model.Event;
import org.backchannel.model.EventDate;
import org.backchannel.model.Evidence;
import org.backchannel.model.ParsedDocument;

/** The cross-article merge is order-independent: any order of the same events gives the same merged events. */
class MergePropertiesTest {
    private static final Knowledge K = Knowledge.defaults();
    private static final List<String> COUNTRIES = List.of("RUS", "UKR", "USA");
    private static final List<String> CODES = List.of("190", "040", "111");
    private static final LocalDate BASE = LocalDate.of(2024, 3, 1);

    /** A reported act: code, sides, day offset (or undated), document. */
    record Spec(int code, int source, int target, int day, boolean dated, int document) {}

    @Provide
    Arbitrary<Spec> specs() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 20),
                        Arbitraries.of(true, true, true, false),
                        Arbitraries.integers().between(0, 5))
                .as(Spec::new);
    }

    private static List<Event> events(List<Spec> specs) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            String doc = "d" + s.document;
            EventDate date = s.dated ? new EventDate(BASE.plusDays(s.day), DatePrecision.DAY, true) : null;
            String src = COUNTRIES.get(s.source);
            String tgt = COUNTRIES.get(s.target);
            out.add(new Event(
                    "ev:" + doc + "#" + i,
                    date,
                    new ActorRef(src.toLowerCase(), src, src),
                    new ActorRef(tgt.toLowerCase(), tgt, tgt),
                    K.ontology().codebook().get(CODES.get(s.code)),
                    "act",
                    1,
                    Epistemic.asserted(),
                    List.of(),
                    null,
                    List.of(new Evidence(doc, i, "sentence " + i, 0, 10)),
                    0.5));
        }
        return out;
    }

    private static List<CodedDocument> documents() {
        List<CodedDocument> out = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            // texts share no 5-gram, so no two documents are one syndicated story
            String text = "Story " + d + " alpha" + d + " beta" + d + " gamma" + d + " delta" + d + " epsilon" + d
                    + " zeta" + d + ".";
            Document doc = new Document("d" + d, "test", null, null, null, BASE, null, null, text, List.of(), "h" + d);
            out.add(new CodedDocument(new ParsedDocument(doc, List.of()), BASE, List.of(), List.of(), List.of()));
        }
        return out;
    }

    /** What a merge says, free of the order it was given: each merged event's evidence, sources and status mix. */
    private static Set<String> outcome(List<Event> merged) {
        Set<String> out = new TreeSet<>();
        for (Event e : merged) {
            Set<String> evidence = new TreeSet<>();
            e.evidence().forEach(x -> evidence.add(x.document() + ":" + x.sentence()));
            out.add(evidence + " sources=" + e.epistemic().sources() + " mix="
                    + new TreeMap<>(e.epistemic().statusMix()));
        }
        return out;
    }

    @Property(tries = 300)
    void anyOrderGivesTheSameMerge(
            @ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("specs") Spec> specs, @ForAll long seed) {
        List<Event> events = events(specs);
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(seed));
        CrossArticleMerger merger = new CrossArticleMerger();
        List<Event> a = merger.merge(events, documents());
        List<Event> b = merger.merge(shuffled, documents());
        assertEquals(outcome(a), outcome(b));
        Set<String> ids = new HashSet<>();
        a.forEach(e -> ids.add(e.id()));
        Set<String> idsB = new HashSet<>();
        b.forEach(e -> idsB.add(e.id()));
        assertEquals(ids, idsB, "the merged events keep the same ids");
        assertEquals(
                events.size(), a.stream().mapToInt(e -> e.evidence().size()).sum(), "no evidence lost or doubled");
    }
}
