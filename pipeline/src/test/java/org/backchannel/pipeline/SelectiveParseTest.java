package org.backchannel.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.claims.EpistemicCues;
import org.backchannel.coder.Knowledge;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.model.Document;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;
import org.backchannel.nlp.CoreNlpParser;
import org.backchannel.nlp.ParseMode;
import org.junit.jupiter.api.Test;

/**
 * Skipping the dependency parse of sentences no pattern could fire on loses no event: the demo corpus
 * and the project's gold texts give the same events parsed selectively and whole.
 */
class SelectiveParseTest {

    @Test
    void sameEventsWithAndWithoutSkipping() {
        List<Document> docs = new ArrayList<>(Fixtures.demoInput().documents());
        Pipeline selective = Fixtures.pipeline();
        PipelineResult all = selective.withParseMode(ParseMode.DOCUMENTS).analyze(docs, (d, t) -> {});
        var counts = CoreNlpParser.shared().timings();
        long seen0 = counts.sentences();
        long parsed0 = counts.parsedSentences();
        PipelineResult some = selective.analyze(docs, (d, t) -> {});
        long seen = counts.sentences() - seen0;
        long parsed = counts.parsedSentences() - parsed0;
        assertTrue(parsed < seen, "some sentences are skipped: " + parsed + " of " + seen);
        assertFalse(all.analysis().events().isEmpty());
        assertEquals(all.analysis().events(), some.analysis().events());
        assertEquals(all.analysis().warnings(), some.analysis().warnings());
        // the sentences themselves are the same, only the skipped ones lack their graph
        for (int d = 0; d < docs.size(); d++) {
            List<ParsedSentence> a = all.analysis().documents().get(d).sentences();
            List<ParsedSentence> s = some.analysis().documents().get(d).sentences();
            assertEquals(a.size(), s.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).tokens(), s.get(i).tokens());
                assertTrue(s.get(i).dependencies().isEmpty()
                        || s.get(i).dependencies().equals(a.get(i).dependencies()));
            }
        }
    }

    @Test
    void sameEventsOnTheGoldTexts() {
        List<Document> docs = new ArrayList<>();
        for (String line : DemoCorpus.lines(DemoCorpus.GOLD)) {
            if (line.isBlank() || docs.size() >= 40) {
                continue;
            }
            String text = line.replaceAll(".*\"text\": \"((?:[^\"\\\\]|\\\\.)*)\".*", "$1")
                    .replace("\\\"", "\"");
            docs.add(new Document(
                    "g" + docs.size(),
                    "g" + docs.size(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    text,
                    List.of(),
                    "g" + docs.size()));
        }
        Pipeline selective = Fixtures.pipeline();
        assertEquals(
                selective.withParseMode(ParseMode.DOCUMENTS).analyzeSeparately(docs).stream()
                        .map(a -> a.events())
                        .toList(),
                selective.analyzeSeparately(docs).stream().map(a -> a.events()).toList());
    }

    @Test
    void sentencesWithoutAPossibleTriggerOrSomeoneAreDeclined() {
        EventCandidates c = new EventCandidates(Knowledge.defaults().patterns(), EpistemicCues.defaults());
        assertTrue(c.needsParse(tokens(
                "Chile recalled its ambassador",
                "Chile/NNP/chile/LOCATION recalled/VBD/recall its/PRP$/its ambassador/NN/ambassador")));
        assertFalse(
                c.needsParse(tokens("It rained all day", "It/PRP/it rained/VBD/rain all/DT/all day/NN/day")),
                "no pattern on 'rain'");
        assertFalse(
                c.needsParse(tokens("Then met again", "Then/RB/then met/VBD/meet again/RB/again")),
                "a trigger with nobody it could be about");
        assertTrue(
                c.needsParse(tokens("They met again", "They/PRP/they met/VBD/meet again/RB/again")),
                "a pronoun may name someone");
        // 'announce' fires only with one of its objects ('a visit', 'a ceasefire')
        assertFalse(c.needsParse(
                tokens("Peru announced results", "Peru/NNP/peru/LOCATION announced/VBD/announce results/NNS/result")));
        assertTrue(c.needsParse(tokens(
                "Peru announced a ceasefire",
                "Peru/NNP/peru/LOCATION announced/VBD/announce a/DT/a ceasefire/NN/ceasefire")));
        assertTrue(
                c.needsParse(tokens("The secret deal", "The/DT/the secret/JJ/secret deal/NN/deal")),
                "a secrecy cue is read document-wide");
    }

    /** Tokens written word/POS/lemma[/NER]. */
    private static List<Token> tokens(String text, String tagged) {
        List<Token> out = new ArrayList<>();
        for (String w : tagged.split(" ")) {
            String[] p = w.split("/");
            out.add(new Token(out.size(), p[0], p[2], p[1], p.length > 3 ? p[3] : "O", 0, 0));
        }
        return out;
    }
}
