package org.backchannel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backchannel.classifier.head.HeadFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} on a small set of labelled clauses: it writes the head and its report, and the same command writes the same files. */
class TrainCommandTest {
    private static final List<String> VERBS_19 = List.of(
            "bombed",
            "shelled",
            "attacked",
            "struck",
            "raided",
            "invaded",
            "fired rockets at",
            "launched air strikes on",
            "ambushed",
            "stormed");
    private static final List<String> VERBS_04 = List.of(
            "met",
            "held talks with",
            "consulted",
            "visited",
            "hosted",
            "phoned",
            "received",
            "discussed trade with",
            "conferred with",
            "negotiated with");

    private static Path clauses(Path dir) throws Exception {
        StringBuilder b = new StringBuilder("# test clauses\n");
        int n = 0;
        for (String v : VERBS_19) {
            b.append("pattern\tpattern:t")
                    .append(n++)
                    .append("\ttrain\t19\t19\tX ")
                    .append(v)
                    .append(" Y\n");
            b.append("gold\tg")
                    .append(n++)
                    .append("\ttrain\t19\t-\tX ")
                    .append(v)
                    .append(" Y at dawn\n");
        }
        for (String v : VERBS_04) {
            b.append("pattern\tpattern:t")
                    .append(n++)
                    .append("\ttrain\t04\t04\tX ")
                    .append(v)
                    .append(" Y\n");
            b.append("gold\tg")
                    .append(n++)
                    .append("\ttrain\t04\t-\tX ")
                    .append(v)
                    .append(" Y on Tuesday\n");
        }
        b.append("pattern\tpattern:h1\theldout\t19\t19\tX shelled the positions of Y\n");
        b.append("pattern\tpattern:h2\theldout\t04\t04\tX held a meeting with Y\n");
        Path f = dir.resolve("clauses.tsv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void writesAHeadThatReadsBackAndTheSameFilesTwice(@TempDir Path dir) throws Exception {
        Path in = clauses(dir);
        for (String out : List.of("a", "b")) {
            assertEquals(
                    Main.OK,
                    Main.execute(
                            "train",
                            "--clauses",
                            in.toString(),
                            "--out",
                            dir.resolve(out).toString(),
                            "--l2",
                            "1e-4,1e-3"));
        }
        HeadFile head = HeadFile.read(dir.resolve("a/head.tsv"));
        assertEquals(21, head.head().classes().size());
        String report = Files.readString(dir.resolve("a/training-report.md"));
        assertTrue(report.contains("## Held-out accuracy"), report);
        assertTrue(report.contains("All held-out clauses: 2 of 2 right"), report);
        for (String f : List.of("head.tsv", "training-clauses.tsv", "training-report.md")) {
            String a = Files.readString(dir.resolve("a").resolve(f))
                    .replace(dir.resolve("a").toString(), "OUT");
            String b = Files.readString(dir.resolve("b").resolve(f))
                    .replace(dir.resolve("b").toString(), "OUT");
            assertEquals(a, b, f + " differs between two runs of the same command");
        }
    }
}
