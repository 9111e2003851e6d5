package org.backchannel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backchannel.model.Document;
import org.junit.jupiter.api.Test;

class DatelinesTest {
    private final Datelines datelines = Datelines.defaults();

    /** Each line: paragraph | expected place (or -) | expected agency (or -) | first words of the story. */
    @Test
    void wireDatelinesInTheirCommonForms() {
        List<String[]> cases = List.of(
                new String[] {
                    "NAIROBI (Reuters) - Kenya's president named a new cabinet.",
                    "NAIROBI",
                    "Reuters",
                    "Kenya's president"
                },
                new String[] {"AP - The senate passed the bill late on Friday.", null, "Associated Press", "The senate"
                },
                new String[] {
                    "(AFP) - Rebels seized two towns in the east.", null, "Agence France-Presse", "Rebels seized"
                },
                new String[] {
                    "LIMA, Peru - Congress voted to remove the president.", "LIMA, Peru", null, "Congress voted"
                },
                new String[] {
                    "KYIV, Ukraine (AP) — Drones struck a power plant overnight.",
                    "KYIV, Ukraine",
                    "Associated Press",
                    "Drones struck"
                },
                new String[] {
                    "WASHINGTON, July 20 (Reuters) -- The Treasury imposed sanctions.",
                    "WASHINGTON",
                    "Reuters",
                    "The Treasury"
                },
                new String[] {
                    "BEIJING, 20 July (Xinhua) -- China and Laos signed a rail accord.",
                    "BEIJING",
                    "Xinhua",
                    "China and Laos"
                },
                new String[] {
                    "WASHINGTON: The Pentagon ordered a second carrier to the region.",
                    "WASHINGTON",
                    null,
                    "The Pentagon"
                },
                new String[] {
                    "BRUSSELS — The European Union adopted new measures.", "BRUSSELS", null, "The European Union"
                },
                new String[] {
                    "SAN JOSÉ, Costa Rica (EFE) – Farmers blocked roads.",
                    "SAN JOSÉ, Costa Rica",
                    "EFE",
                    "Farmers blocked"
                },
                new String[] {
                    "NEW YORK, N.Y. - Protesters marched on City Hall.", "NEW YORK, N.Y.", null, "Protesters marched"
                },
                new String[] {
                    "HOUSTON/CARACAS, July 30 (Backchannel Wire) — The licence was granted.",
                    "HOUSTON/CARACAS",
                    "Backchannel Wire",
                    "The licence"
                },
                new String[] {
                    "New Delhi, July 20 (PTI) India and Bhutan agreed to expand trade.",
                    "New Delhi",
                    "Press Trust of India",
                    "India and Bhutan"
                },
                new String[] {
                    "Canadian Press - VANCOUVER (CP) - Police arrested three men.",
                    "VANCOUVER",
                    "Canadian Press",
                    "Police arrested"
                },
                new String[] {
                    "ANKARA (Anadolu) - Turkish officials met a Syrian delegation.",
                    "ANKARA",
                    "Anadolu",
                    "Turkish officials"
                },
                new String[] {
                    "EXCLUSIVE-TOKYO (Kyodo) - The cabinet approved the budget.", "TOKYO", "Kyodo", "The cabinet"
                },
                new String[] {
                    "washingtonpost.com - Lawmakers questioned the envoy.", null, "washingtonpost.com", "Lawmakers"
                });
        for (String[] c : cases) {
            Datelines.Dateline d = datelines.at(c[0]);
            assertTrue(d != null, "no dateline in " + c[0]);
            assertEquals(c[1], d.place(), c[0]);
            assertEquals(c[2], d.agency(), c[0]);
            assertTrue(c[0].substring(d.end()).startsWith(c[3]), c[0] + " -> " + c[0].substring(d.end()));
        }
    }

    @Test
    void sentencesThatOpenWithAPlaceOrAnAgencyAreNoDatelines() {
        for (String body : List.of(
                "Caracas is the capital, and its mayor said the curfew would be lifted.",
                "Moscow — the Kremlin said — will respond in kind.",
                "NATO — the alliance said in a statement — will keep its troops in place.",
                "US officials said the talks would resume.",
                "Reuters reported that the two sides met in Doha.",
                "Reuters could not confirm the report.",
                "The AP reported the arrests on Tuesday.",
                "CARACAS-based analysts doubt the deal will hold.",
                "KCNA said the launch was a routine test.",
                "Lima, a city of ten million, is running out of water.",
                "U.S.-led forces withdrew from the base.")) {
            assertNull(datelines.at(body), body);
        }
    }

    @Test
    void agencyCreditsAroundHeadlinesAndParagraphs() {
        assertEquals(
                "Wall St. Bears Claw Back Into the Black",
                datelines.cleanHeadline("Wall St. Bears Claw Back Into the Black (Reuters)"));
        assertEquals("Iran says talks will go on", datelines.cleanHeadline("Iran says talks will go on - Reuters"));
        assertEquals(
                "Venezuela frees six Americans", datelines.cleanHeadline("EXCLUSIVE-Venezuela frees six Americans"));
        assertEquals("Reuters", datelines.trailingAgency("Oil prices rose on Monday. (Reuters)"));
        assertEquals("Agence France-Presse", datelines.creditLine("— AFP"));
        assertEquals("Press Trust of India", datelines.creditLine("(With inputs from PTI)"));
        assertNull(datelines.creditLine("Reuters reported the talks."));
        assertEquals("Reuters", datelines.agencyInByline("Jane Doe, Reuters"));
        assertNull(datelines.agencyInByline("Jane Doe"));
    }

    @Test
    void theDocumentKeepsDatelineAndAgencyAndTheTextLosesThem() {
        Ingestor ingestor = new Ingestor();
        String text =
                "Kenya names new cabinet (Reuters)\n\nNAIROBI, July 20 (Reuters) - Kenya's president named a new cabinet on Sunday.\n\n"
                        + "The opposition rejected the list, Reuters reported, and called for protests.\n\n(Reporting by Jane Doe; Editing by John Roe)";
        Document d = ingestor.readBytes("k.txt", text.getBytes(StandardCharsets.UTF_8))
                .documents()
                .get(0);
        assertEquals("NAIROBI", d.dateline());
        assertEquals("Reuters", d.agency());
        assertEquals("Kenya names new cabinet", d.title());
        assertTrue(d.text().startsWith("Kenya names new cabinet\n\nKenya's president named"), d.text());
        assertTrue(
                d.text().contains("Reuters reported, and called for protests"),
                "attribution in a sentence stays: " + d.text());
        assertFalse(d.text().contains("NAIROBI"), d.text());
        assertFalse(d.text().contains("Jane Doe"), "the wire trailer is no story: " + d.text());
    }

    @Test
    void agNewsStyleRecordsLoseTheirAgencyAndEntities() {
        String jsonl =
                "{\"id\":\"w1\",\"title\":\"Oil prices hit record (AFP)\",\"text\":\"AFP - Oil prices hit a record as Iran #39;s exports fell, "
                        + "traders said, quot;a shock quot; to markets.\"}\n";
        Document d = new Ingestor()
                .readBytes("wire.jsonl", jsonl.getBytes(StandardCharsets.UTF_8))
                .documents()
                .get(0);
        assertEquals("Oil prices hit record", d.title());
        assertEquals("Agence France-Presse", d.agency());
        assertEquals("Oil prices hit a record as Iran's exports fell, traders said, \"a shock\" to markets.", d.text());
    }
}
