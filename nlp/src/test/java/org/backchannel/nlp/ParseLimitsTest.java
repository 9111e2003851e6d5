package org.backchannel.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.Document;
import org.backchannel.model.IngestProblem;
import org.backchannel.model.ParsedDocument;
import org.junit.jupiter.api.Test;

/** Sentences over the token limit and documents over the time limit are reported and skipped; the rest is parsed. */
class ParseLimitsTest {
    private static Document doc(String id, String text) {
        return new Document(id, id, null, null, null, null, null, null, text, List.of(), id);
    }

    @Test
    void aLongSentenceIsSkippedAndReported() {
        CoreNlpParser parser = CoreNlpParser.shared();
        try {
            parser.limits(new ParseLimits(12, Duration.ofSeconds(120)));
            String list = "Delegates came from " + String.join(", ", java.util.Collections.nCopies(15, "Peru"))
                    + " and Chile.";
            List<IngestProblem> problems = new ArrayList<>();
            List<ParsedDocument> out = parser.parseAll(
                    List.of(doc("d1", "Envoys met in Doha. " + list + " Talks resumed.")),
                    SentenceParser.ProgressListener.NONE,
                    problems);
            assertEquals(1, out.size());
            assertEquals(
                    2, out.get(0).sentences().size(), out.get(0).sentences().toString());
            assertEquals(1, problems.size());
            assertEquals("d1: sentence 2", problems.get(0).item());
            assertTrue(
                    problems.get(0).cause().contains("limit 12"),
                    problems.get(0).cause());
        } finally {
            parser.limits(ParseLimits.DEFAULTS);
        }
    }

    @Test
    void aDocumentOverTheTimeLimitIsSkippedAndTheOthersParsed() {
        CoreNlpParser parser = CoreNlpParser.shared();
        try {
            parser.limits(new ParseLimits(250, Duration.ofMillis(1)));
            List<IngestProblem> problems = new ArrayList<>();
            String longText = "Envoys met in Doha on Tuesday and agreed to meet again. ".repeat(200);
            List<ParsedDocument> out =
                    parser.parseAll(List.of(doc("slow", longText)), SentenceParser.ProgressListener.NONE, problems);
            assertEquals(0, out.size());
            assertTrue(problems.get(0).cause().contains("longer than"), problems.toString());
            parser.limits(ParseLimits.DEFAULTS);
            problems.clear();
            out = parser.parseAll(
                    List.of(doc("quick", "Envoys met in Doha.")), SentenceParser.ProgressListener.NONE, problems);
            assertEquals(1, out.size(), "a late alarm does not hit the next document: " + problems);
        } finally {
            parser.limits(ParseLimits.DEFAULTS);
        }
    }
}
