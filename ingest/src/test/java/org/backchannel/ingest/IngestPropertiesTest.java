package org.backchannel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Ingest is idempotent: reading the same bytes again gives the same documents, and a second copy in one batch is a duplicate, not a document. */
class IngestPropertiesTest {

    @Property(tries = 100)
    void readingTheSameBytesTwiceGivesTheSameDocuments(
            @ForAll @StringLength(max = 400) @CharRange(from = ' ', to = '~') @Chars({'\n', '\t', 'é', '—', '“', '”'})
                    String text,
            @ForAll boolean html) {
        String name = html ? "story.html" : "story.txt";
        byte[] bytes = (html ? "<html><body><p>" + text.replace("<", " ") + "</p></body></html>" : text)
                .getBytes(StandardCharsets.UTF_8);
        IngestResult first = new Ingestor().readBytes(name, bytes);
        IngestResult again = new Ingestor().readBytes(name, bytes);
        assertEquals(first.documents(), again.documents());
        assertEquals(first.problems().size(), again.problems().size());

        Map<String, byte[]> twice = new LinkedHashMap<>();
        twice.put(name, bytes);
        twice.put("copy-of-" + name, bytes);
        IngestResult batch = new Ingestor().readBytes(twice);
        assertEquals(first.documents().size(), batch.documents().size(), "a copy adds no document");
        assertEquals(first.documents().size(), batch.duplicates().size(), "it is reported as a duplicate");
        if (!first.documents().isEmpty()) {
            assertEquals(
                    first.documents().get(0).contentHash(),
                    batch.documents().get(0).contentHash());
        }
    }
}
