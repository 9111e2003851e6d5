package org.backchannel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.backchannel.model.Document;
import org.junit.jupiter.api.Test;

class TextRepairTest {
    @Test
    void entitiesInEveryStateOfEscaping() {
        assertEquals("Iran's envoy & \"the talks\"", TextRepair.repair("Iran&#39;s envoy &amp; &quot;the talks&quot;"));
        assertEquals(
                "the world's largest fund said \"no deal\"",
                TextRepair.repair("the world #39;s largest fund said quot;no deal quot;"),
                "wire data that lost its ampersands");
        assertEquals("Iran's envoy", TextRepair.repair("Iran#39;s envoy"));
        assertEquals("AT&T and P&G", TextRepair.repair("AT&amp;amp;T and P&amp;G"), "escaped twice");
        assertEquals(
                "Sanctions bite, analysts say", TextRepair.repair("&lt;b&gt;Sanctions bite&lt;/b&gt;, analysts say"));
        assertEquals(
                "a link GOOG.O here",
                TextRepair.repair("a link &lt;A HREF=\"http://x.example/q?t=GOOG.O\"&gt;GOOG.O&lt;/A&gt; here"));
        assertEquals("Costs rose $500,000", TextRepair.repair("Costs rose \\$500,000"));
    }

    @Test
    void textThatOnlyLooksEscapedStays() {
        for (String s :
                new String[] {"AT&T", "if a < b and c > d", "the <unknown> tag", "not; and; or;", "R&D spending", "Q&A"
                }) {
            assertEquals(s, TextRepair.repair(s));
        }
    }

    @Test
    void utf8ReadAsLatin1IsReadAgain() {
        assertEquals(
                "Delcy Rodríguez met São Paulo’s mayor — briefly",
                TextRepair.repair("Delcy RodrÃ­guez met SÃ£o Pauloâ€™s mayor â€” briefly"));
        assertEquals("Zürich, Kraków, Nicolás", TextRepair.repair("ZÃ¼rich, KrakÃ³w, NicolÃ¡s"));
        assertEquals(
                "Ångström and naïve café", TextRepair.repair("Ångström and naïve café"), "good text is left alone");
    }

    @Test
    void repairsReachTheDocument() {
        Ingestor ingestor = new Ingestor();
        Document txt = ingestor.readBytes(
                        "m.txt",
                        "Headline\n\nDelcy RodrÃ­guez met envoys &amp; officials.".getBytes(StandardCharsets.UTF_8))
                .documents()
                .get(0);
        assertEquals("Headline\n\nDelcy Rodríguez met envoys & officials.", txt.text());
        byte[] cp1252 = "Headline\n\nThe minister\u2019s caf\u00e9 \u2014 closed."
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Document legacy = ingestor.readBytes("l.txt", cp1252).documents().get(0);
        assertEquals("Headline\n\nThe minister\u2019s caf\u00e9 \u2014 closed.", legacy.text());
    }
}
