package org.backchannel.coder.actors.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.backchannel.corpus.SharedFolder;
import org.backchannel.model.IngestProblem;
import org.junit.jupiter.api.Test;

/**
 * The real PETRARCH2 Phoenix dictionaries in {@code ../shared/reference/petrarch2}: each loads whole,
 * and its bad lines are reported with their numbers. Skipped where the shared folder is not beside the
 * project.
 */
class PhoenixFilesTest {

    private static Path dir() {
        Path shared = SharedFolder.locate();
        assumeTrue(shared != null, "../shared is not beside the project");
        return shared.resolve("reference/petrarch2");
    }

    private static List<String> items(Loaded<?> r) {
        return r.problems().stream().map(IngestProblem::item).toList();
    }

    @Test
    void countriesFileLoadsWholeAndReportsItsBadLines() {
        Loaded<ActorEntry> r = ActorDictionary.read(dir().resolve("Phoenix.Countries.actors.txt"));
        assertTrue(r.items().size() > 18000, "entries: " + r.items().size());
        assertTrue(r.problems().size() < 30, "problems: " + r.problems());
        List<String> at = items(r);
        for (String line : List.of("2039", "14190", "18010", "22508", "31715", "45980")) {
            assertTrue(at.contains("Phoenix.Countries.actors.txt:" + line), line + " not reported in " + at);
        }
        ActorEntry yeltsin = r.items().stream()
                .filter(e -> e.primary().equals("BORIS YELTSIN"))
                .findFirst()
                .orElseThrow();
        assertTrue(yeltsin.names().size() >= 9, "the consecutive name lines are one entry: " + yeltsin.names());
        assertTrue(r.items().stream().anyMatch(e -> e.primary().equals("SOVIET UNION")));
    }

    @Test
    void internationalAndNonStateFilesLoadWhole() {
        Loaded<ActorEntry> intl = ActorDictionary.read(dir().resolve("Phoenix.International.actors.txt"));
        assertTrue(intl.items().size() > 7500, "entries: " + intl.items().size());
        assertTrue(items(intl).contains("Phoenix.International.actors.txt:40"), "seven-digit date: " + items(intl));
        assertTrue(items(intl).contains("Phoenix.International.actors.txt:267"), "indented name: " + items(intl));
        assertTrue(intl.items().stream().anyMatch(e -> e.primary().equals("ORGANIZATION OF AFRICAN UNITY")));
        Loaded<ActorEntry> groups = ActorDictionary.read(dir().resolve("Phoenix.MilNonState.actors.txt"));
        assertTrue(groups.items().size() > 1000, "entries: " + groups.items().size());
        assertEquals(List.of("Phoenix.MilNonState.actors.txt:30"), items(groups));
    }

    @Test
    void agentsFileLoadsWhole() {
        Loaded<AgentEntry> r = AgentDictionary.read(dir().resolve("Phoenix.agents.txt"));
        assertTrue(r.items().size() > 3000, "phrases: " + r.items().size());
        assertEquals(List.of("Phoenix.agents.txt:544", "Phoenix.agents.txt:1927"), items(r));
        assertTrue(r.items().stream()
                .anyMatch(a -> a.phrase().equals("police") && a.code().equals("COP")));
    }
}
