package org.backchannel.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs larger than the heap pass through ingest: a generated JSON Lines file of
 * {@code -Dstream.mb} megabytes (default 32) is read by a child JVM whose heap is three quarters of that.
 * The 1 GB run of docs/reliability.md is this test with -Dstream.mb=1024 -Dstream.heap=256m.
 */
class StreamingMemoryTest {
    @Test
    void aFileLargerThanTheHeapIsStreamed(@TempDir Path dir) throws Exception {
        int mb = Integer.getInteger("stream.mb", 32);
        String heap = System.getProperty("stream.heap", (mb * 3 / 4) + "m");
        Path file = dir.resolve("big.jsonl");
        String paragraph =
                "Officials from both countries met in the capital on Tuesday to discuss trade, security and the border, "
                        + "a spokesman said, adding that further talks were planned for next month. ";
        long docs = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (Files.size(file) < (long) mb << 20) {
                for (int i = 0; i < 1000; i++, docs++) {
                    w.write("{\"id\":\"d" + docs + "\",\"title\":\"Talks " + docs + "\",\"text\":\"Round " + docs + ". "
                            + paragraph.repeat(20) + "\"}\n");
                }
                w.flush();
            }
        }
        List<String> cmd = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                StreamCount.class.getName(),
                file.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        System.out.println("streamed " + (Files.size(file) >> 20) + " MB with -Xmx" + heap + ": " + last);
        assertTrue(last.startsWith("documents " + docs + " "), "every document read: " + out);
        assertTrue(last.contains("problems 0"), out);
    }
}
