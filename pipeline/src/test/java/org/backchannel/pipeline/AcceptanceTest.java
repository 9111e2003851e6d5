package org.backchannel.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.pipeline.output.JsonOutput;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship article scored by the acceptance checker in ../shared, section by section. The
 * minimum per section is what the engine reaches today; a drop fails the build.
 */
class AcceptanceTest {
    /** Section to the number of checks that must pass (of the total in the expectations file). */
    static final Map<String, Integer> REQUIRED =
            Map.of("reading", 4, "actors", 7, "knowledge", 3, "events", 5, "epistemic", 9, "network", 1, "context", 3);

    @Test
    void flagshipArticlePassesTheAcceptanceChecks(@TempDir Path dir) throws Exception {
        Path shared = Fixtures.shared();
        Assumptions.assumeTrue(shared != null, "../shared is not beside the project");
        Path out = dir.resolve("out.json");
        Files.writeString(out, JsonOutput.write(Fixtures.seed().analysis()), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(
                        "python3",
                        shared.resolve("acceptance/check.py").toString(),
                        shared.resolve("acceptance/venezuela-backchannel.json").toString(),
                        out.toString())
                .redirectErrorStream(true)
                .start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        System.out.println(report);
        Map<String, Integer> passed = sections(report);
        for (Map.Entry<String, Integer> want : REQUIRED.entrySet()) {
            int got = passed.getOrDefault(want.getKey(), -1);
            assertTrue(
                    got >= want.getValue(),
                    "section " + want.getKey() + ": " + got + " < " + want.getValue() + "\n" + report);
        }
    }

    static Map<String, Integer> sections(String report) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("section (\\w+)\\s+(\\d+)/(\\d+)").matcher(report);
        while (m.find()) {
            out.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return out;
    }

    @Test
    void readingOfTheFlagship() {
        Assumptions.assumeTrue(Fixtures.shared() != null);
        var doc = Fixtures.seed().analysis().documents().get(0).document();
        assertEquals("Chief Editor", doc.author());
        assertTrue(doc.title().contains("Secret US Talks"));
        assertTrue(
                List.of("You may also like", "Leave a Comment").stream().allMatch(doc.boilerplateRemoved()::contains),
                doc.boilerplateRemoved().toString());
    }
}
