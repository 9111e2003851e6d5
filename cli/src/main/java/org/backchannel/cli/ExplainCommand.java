package org.backchannel.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.events.Declined;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Actor;
import org.backchannel.model.Dependency;
import org.backchannel.model.Document;
import org.backchannel.model.Event;
import org.backchannel.model.Token;
import org.backchannel.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code explain}: how the coder read a text — tokens, the dependency parse, the actor mentions and
 * how each was resolved, and each event with the pattern and rules that found its sides.
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description =
                "Show how a text is read: parse, actor mentions and how they resolved, events with the rules behind them.")
public final class ExplainCommand implements Callable<Integer> {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @Parameters(arity = "1", paramLabel = "TEXT", description = "the text to explain, or - for standard input")
    String text;

    @Option(names = "--date", description = "the story's date (YYYY-MM-DD); roles resolve against it")
    LocalDate date;

    @Option(names = "--no-parse", description = "leave out tokens and dependencies")
    boolean noParse;

    @Option(
            names = "--each-line",
            description = "read each line as its own document (a JSON Lines record's \"text\" field, or plain text) "
                    + "and end with a count of why words gave no event")
    boolean eachLine;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() throws Exception {
        String body = text.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : text;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Pipeline pipeline = knowledge.pipeline();
        if (!eachLine) {
            explain(pipeline, body, out);
            return Main.OK;
        }
        Map<Declined.Reason, Integer> reasons = new EnumMap<>(Declined.Reason.class);
        int documents = 0;
        int withoutEvents = 0;
        int leftOut = 0;
        for (String line : body.split("\\R")) {
            String t = lineText(line);
            if (t.isBlank()) {
                continue;
            }
            documents++;
            out.printf("== document %d%n", documents);
            Pipeline.Explanation x = explain(pipeline, t, out);
            if (x.analysis().events().isEmpty()) {
                withoutEvents++;
            }
            x.coded().declined().forEach(d -> reasons.merge(d.reason(), 1, Integer::sum));
            leftOut += leftOut(x).size();
        }
        out.printf("%nDocuments: %d, without any event: %d%n", documents, withoutEvents);
        out.println("Words that gave no event, by reason:");
        for (var e : reasons.entrySet()) {
            out.printf(
                    "  %-16s %5d  %s%n",
                    e.getKey().name().toLowerCase(Locale.ROOT),
                    e.getValue(),
                    e.getKey().label());
        }
        out.printf("  %-16s %5d  %s%n", "one_side_left", leftOut, "coded with one side, left out by the claims stage");
        return Main.OK;
    }

    /** A JSON Lines record's text, or the line itself. */
    private static String lineText(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("{")) {
            try {
                return MAPPER.readTree(trimmed).path("text").asText("");
            } catch (java.io.IOException e) {
                return trimmed;
            }
        }
        return trimmed;
    }

    private Pipeline.Explanation explain(Pipeline pipeline, String body, PrintStream out) {
        Document d = new Document("explain", "explain", null, null, null, date, null, null, body, List.of(), "explain");
        Pipeline.Explanation x = pipeline.explain(d);
        List<Event> leftOut = leftOut(x);
        for (SentenceGraph g : x.coded().graphs()) {
            out.printf("sentence %d: %s%n", g.sentence().index(), g.sentence().text());
            if (!noParse) {
                for (Token t : g.sentence().tokens()) {
                    out.printf("  %2d %-16s %-14s %-5s %-12s", t.index(), t.word(), t.lemma(), t.pos(), t.ner());
                    for (Dependency dep : g.sentence().children(t.index())) {
                        out.printf(" %s→%d", dep.relation(), dep.dependent());
                    }
                    out.println();
                }
            }
            for (Mention m : g.mentions()) {
                Actor a = x.analysis().actors().stream()
                        .filter(y -> y.id().equals(m.actorId()))
                        .findFirst()
                        .orElse(null);
                out.printf(
                        "  mention [%d-%d) \"%s\" %s → %s (%s)%n",
                        m.start(),
                        m.end(),
                        g.sentence().span(m.start(), m.end()),
                        m.how().name().toLowerCase(Locale.ROOT),
                        m.actorId(),
                        a == null ? "?" : a.code());
            }
            for (Event e : x.analysis().events()) {
                if (e.primaryEvidence().sentence() == g.sentence().index()) {
                    printEvent(out, "event", e);
                }
            }
            for (Event e : leftOut) {
                if (e.primaryEvidence().sentence() == g.sentence().index()) {
                    printEvent(out, "left out (one side)", e);
                }
            }
            for (Declined no : x.coded().declined()) {
                if (no.sentence() == g.sentence().index()) {
                    out.printf(
                            "  no event%s%s: %s — %s%n",
                            no.token() < 0
                                    ? ""
                                    : " at " + no.token() + " \""
                                            + g.token(no.token()).word() + "\"",
                            no.code() == null ? "" : " (" + no.code() + ")",
                            no.reason().label(),
                            no.detail());
                }
            }
        }
        return x;
    }

    /** Events the coder gave with one side that the claims stage left out. */
    private static List<Event> leftOut(Pipeline.Explanation x) {
        java.util.Set<String> kept = new java.util.HashSet<>();
        x.analysis().events().forEach(e -> kept.add(e.id()));
        return x.coded().events().stream().filter(e -> !kept.contains(e.id())).toList();
    }

    private static void printEvent(PrintStream out, String label, Event e) {
        out.printf(
                "  %s %s %s(%s) %s %s(%s) [%s] %s | %s%n",
                label,
                e.predicate(),
                e.source().code(),
                e.source().text(),
                e.code().cameo(),
                e.target().code(),
                e.target().text(),
                e.code().ploverType(),
                e.epistemic().status().label(),
                e.trace());
    }
}
