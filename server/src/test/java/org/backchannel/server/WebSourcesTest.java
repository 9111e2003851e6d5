package org.backchannel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web page's own code, read as text (no browser needed): no HTML sinks for data anywhere, every
 * module and stylesheet it names exists, and the charts library comes from its WebJar, not a CDN.
 */
class WebSourcesTest {
    private static final Path WEB = Path.of("src", "main", "resources", "web");
    private static final Pattern SINKS = Pattern.compile(
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\s*\\(|new Function|setAttribute\\(\\s*['\"]on|srcdoc|createContextualFragment");

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(WEB)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void noCodePathTurnsDataIntoMarkup() throws IOException {
        List<Path> js = files(".js");
        assertTrue(js.size() >= 10, "the page's modules: " + js);
        List<String> found = new ArrayList<>();
        for (Path p : js) {
            String[] lines = Files.readString(p).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (SINKS.matcher(lines[i]).find()) {
                    found.add(p.getFileName() + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertEquals(List.of(), found, "HTML sinks in the page's code");
    }

    @Test
    void everyImportAndAssetExistsAndNothingComesFromElsewhere() throws IOException {
        Pattern imports = Pattern.compile("from '(\\.{1,2}/[^']+)'");
        for (Path p : files(".js")) {
            Matcher m = imports.matcher(Files.readString(p));
            while (m.find()) {
                assertTrue(
                        Files.exists(p.getParent().resolve(m.group(1)).normalize()),
                        p + " imports a missing " + m.group(1));
            }
        }
        String index = Files.readString(WEB.resolve("index.html"));
        Matcher refs = Pattern.compile("(?:src|href)=\"(/[^\"]*)\"").matcher(index);
        int local = 0;
        while (refs.find()) {
            String ref = refs.group(1);
            if (ref.startsWith("/webjars/echarts/")) {
                assertTrue(
                        WebSourcesTest.class.getResource("/META-INF/resources" + ref) != null,
                        "the WebJar serves " + ref);
            } else if (ref.startsWith("/css/") || ref.startsWith("/js/")) {
                assertTrue(Files.exists(WEB.resolve(ref.substring(1))), "index.html names a missing " + ref);
                local++;
            }
        }
        assertTrue(local >= 2, "index.html loads the page's stylesheet and script");
        assertTrue(
                !index.contains("http://") && !index.contains("https://") && !index.contains("//cdn"),
                "no external address in index.html");
    }
}
