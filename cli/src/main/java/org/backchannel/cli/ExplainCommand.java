package org.backchannel.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.coder.actors.Mention;
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
    @Parameters(arity = "1", paramLabel = "TEXT", description = "the text to explain, or - for standard input")
    String text;

    @Option(names = "--date", description = "the story's date (YYYY-MM-DD); roles resolve against it")
    LocalDate date;

    @Option(names = "--no-parse", description = "leave out tokens and dependencies")
    boolean noParse;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() throws Exception {
        String body = text.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : text;
        Document d = new Document("explain", "explain", null, null, null, date, null, null, body, List.of(), "explain");
        Pipeline.Explanation x = knowledge.pipeline().explain(d);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
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
                        m.how().name().toLowerCase(java.util.Locale.ROOT),
                        m.actorId(),
                        a == null ? "?" : a.code());
            }
            for (Event e : x.analysis().events()) {
                if (e.primaryEvidence().sentence() == g.sentence().index()) {
                    out.printf(
                            "  event %s %s(%s) %s %s(%s) [%s] %s | %s%n",
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
        }
        return Main.OK;
    }
}
