package org.backchannel.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backchannel.model.Dependency;
import org.backchannel.model.Document;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;
import org.junit.jupiter.api.Test;

/** The real CoreNLP pipeline: sentences, offsets into the document, lemmas, entities, enhanced++ relations. */
class CoreNlpParserTest {

    @Test
    void parsesSentencesWithOffsetsLemmasEntitiesAndDependencies() {
        String text = "Headline about Doha\n\nUS officials met Delcy Rodríguez in Doha. She denied the talks.";
        ParsedDocument p = CoreNlpParser.shared()
                .parse(new Document("d", "d", null, null, null, null, null, null, text, List.of(), "h"));
        assertEquals(3, p.sentences().size(), "a blank line ends the headline");
        ParsedSentence s = p.sentences().get(1);
        assertEquals(text.substring(s.charStart(), s.charEnd()), s.text());
        Token met = s.tokens().stream()
                .filter(t -> t.word().equals("met"))
                .findFirst()
                .orElseThrow();
        assertEquals("meet", met.lemma());
        assertEquals(text.indexOf("met"), met.begin());
        assertTrue(s.tokens().stream()
                .anyMatch(t -> t.word().equals("Rodríguez") && t.ner().equals("PERSON")));
        assertTrue(
                s.dependencies().stream()
                        .anyMatch(d -> d.relation().endsWith(":in")
                                && s.token(d.dependent()).word().equals("Doha")),
                "enhanced++ relations carry their preposition: " + s.dependencies());
        assertTrue(s.dependencies().stream().anyMatch(d -> d.governor() == -1), "a root");
        for (Dependency d : s.dependencies()) {
            assertTrue(d.dependent() >= 0 && d.dependent() < s.tokens().size());
        }
    }

    @Test
    void parsesManyDocumentsInParallelKeepingOrder() {
        List<Document> docs = List.of(
                new Document(
                        "a", "a", null, null, null, null, null, null, "Chile recalled its ambassador.", List.of(), "a"),
                new Document(
                        "b",
                        "b",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Peru expelled two diplomats. Bolivia protested.",
                        List.of(),
                        "b"),
                new Document("c", "c", null, null, null, null, null, null, "Ecuador hosted talks.", List.of(), "c"));
        List<ParsedDocument> out = CoreNlpParser.shared().parseAll(docs, SentenceParser.ProgressListener.NONE);
        assertEquals(
                List.of("a", "b", "c"), out.stream().map(x -> x.document().id()).toList());
        assertEquals(2, out.get(1).sentences().size());
        assertTrue(CoreNlpParser.shared().timings().snapshot().containsKey("depparse"));
    }
}
