package org.backchannel.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.bench.eval.EpistemicCase;
import org.backchannel.bench.eval.EpistemicEvaluator;
import org.backchannel.bench.eval.EpistemicOutput;
import org.backchannel.bench.eval.EpistemicReport;
import org.backchannel.bench.eval.EvalOutput;
import org.backchannel.bench.eval.EvalReport;
import org.backchannel.bench.eval.Evaluator;
import org.backchannel.bench.eval.GoldRecord;
import org.backchannel.corpus.DemoCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval}: score the coder against gold records, or with {@code --epistemic} the epistemic layer
 * against its cases. Measures; does not judge, unless --min-f1 is given.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Score coded events against gold JSON Lines (shared/eval/FORMAT.md): precision, recall and F1 per level and root.",
            "With --epistemic: status accuracy (overall and per status), secrecy and mediator precision/recall on epistemic cases, "
                    + "for the dev and held-out parts separately."
        })
public final class EvalCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..*",
            paramLabel = "GOLD.jsonl|DIR|ARTICLE",
            description =
                    "gold sets (default: the project's own set); JSON Lines records without an events field and any other"
                            + " input (articles, directories of them) are coded and measured without gold: empty sides, pronoun actor texts")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, json or html (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--misses", defaultValue = "15", description = "how many misses the table shows")
    int misses;

    @Option(
            names = "--epistemic",
            description = "score the epistemic layer on epistemic cases (default: the project's cases)")
    boolean epistemic;

    @Option(names = "--min-f1", description = "exit with 5 when root-level F1 is below this (for CI gates)")
    Double minF1;

    @Mixin
    KnowledgeOptions knowledge;

    /** Gold records of a JSON Lines file; a file with no gold at all is read as articles instead. */
    private static void addRecords(Path f, List<GoldRecord> records, List<String> plain) {
        List<GoldRecord> read;
        try {
            read = GoldRecord.read(f);
        } catch (IllegalArgumentException e) {
            plain.add(f.toString());
            return;
        }
        if (read.stream().noneMatch(GoldRecord::scored)) {
            plain.add(f.toString());
        } else {
            records.addAll(read);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (epistemic) {
            return epistemicEval();
        }
        List<GoldRecord> records = new ArrayList<>();
        if (gold.isEmpty()) {
            records.addAll(GoldRecord.parse(DemoCorpus.GOLD, DemoCorpus.lines(DemoCorpus.GOLD)));
        }
        List<String> plain = new ArrayList<>();
        for (Path p : gold) {
            if (java.nio.file.Files.isDirectory(p)) {
                // a directory: its JSON Lines files are read as records, everything else as articles
                try (var files = java.nio.file.Files.list(p)) {
                    for (Path f : files.sorted().toList()) {
                        if (f.toString().endsWith(".jsonl")) {
                            addRecords(f, records, plain);
                        } else if (java.nio.file.Files.isRegularFile(f)
                                && !f.getFileName().toString().startsWith(".")
                                && !f.getFileName().toString().equalsIgnoreCase("README.md")) {
                            plain.add(f.toString());
                        }
                    }
                }
            } else if (p.toString().endsWith(".jsonl")) {
                addRecords(p, records, plain);
            } else {
                plain.add(p.toString());
            }
        }
        List<org.backchannel.model.Document> inputs = new ArrayList<>();
        if (!plain.isEmpty()) {
            var read = new org.backchannel.ingest.Ingestor().read(plain, System.in);
            read.problems().forEach(pr -> System.err.println("cannot read " + pr.item() + ": " + pr.cause()));
            inputs.addAll(read.documents());
        }
        EvalReport r = new Evaluator(knowledge.pipeline()).evaluate(records, inputs);
        reportParsed();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        switch (format) {
            case "json" -> out.println(EvalOutput.json(r));
            case "html" -> out.println(EvalOutput.html(r));
            case "table" -> out.print(EvalOutput.table(r, misses));
            default -> throw new BadCommandLine("unknown format " + format + " (table, json, html)");
        }
        double f1 = r.levels().get("root").f1();
        if (minF1 != null && f1 < minF1) {
            System.err.printf("root-level F1 %.3f is below --min-f1 %.3f%n", f1, minF1);
            return 5;
        }
        return knowledge.exitCode(Main.OK);
    }

    /** On stderr: how many sentences went to the dependency parser, and how many were skipped. */
    private static void reportParsed() {
        var t = org.backchannel.nlp.CoreNlpParser.shared().timings();
        if (t.sentences() > 0) {
            System.err.printf(
                    "dependency-parsed %d of %d sentences (%.1f%% skipped as unable to carry an event)%n",
                    t.parsedSentences(), t.sentences(), 100.0 * (t.sentences() - t.parsedSentences()) / t.sentences());
        }
    }

    private int epistemicEval() throws java.io.IOException {
        List<EpistemicCase> cases = new ArrayList<>();
        if (gold.isEmpty()) {
            cases.addAll(EpistemicCase.parse(DemoCorpus.EPISTEMIC, DemoCorpus.lines(DemoCorpus.EPISTEMIC)));
        }
        for (Path p : EvalOutput.expand(gold)) {
            cases.addAll(EpistemicCase.read(p));
        }
        EpistemicReport r = new EpistemicEvaluator(knowledge.pipeline()).evaluate(cases);
        reportParsed();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        switch (format) {
            case "json" -> out.println(EpistemicOutput.json(r));
            case "table" -> out.print(EpistemicOutput.table(r, misses));
            default -> throw new BadCommandLine("unknown format " + format + " for --epistemic (table, json)");
        }
        return Main.OK;
    }
}
