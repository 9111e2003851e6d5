package org.backchannel.coder.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Document;
import org.backchannel.model.ParsedDocument;
import org.backchannel.nlp.CoreNlpParser;
import org.junit.jupiter.api.Test;

/** Names the tokenizer splits at their hyphens are found as the text spells them, on real CoreNLP parses. */
class HyphenatedNamesTest {
    private static final Knowledge K = Knowledge.defaults();
    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    private static List<String> actorIds(String text) {
        Document d = new Document("t", "test", null, null, null, DAY, null, null, text, List.of(), text);
        ParsedDocument doc =
                CoreNlpParser.shared().parseAll(List.of(d), (x, y) -> {}).get(0);
        return new MentionFinder(K.actors())
                .find(doc, DAY, new DocumentActors(K.actors())).get(0).stream()
                        .map(Mention::actorId)
                        .toList();
    }

    @Test
    void anArabicArticleJoinedByAHyphenStartsAName() {
        assertEquals(List.of("al-qaeda", "usa"), actorIds("Al-Qaeda threatened the United States."));
        assertEquals(List.of("al-shabaab"), actorIds("The attack was claimed by al-Shabaab."));
    }
}
