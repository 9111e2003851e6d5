package org.backchannel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.backchannel.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Pages laid out as news sites lay them out, written for these tests: the story must come through
 * whole, and the page around it (dates, comments and their authors, link lists, captions, credits,
 * bios) must not, whatever its wording.
 */
class PageLayoutTest {
    private static final LocalDate JULY_20 = LocalDate.of(2025, 7, 20);
    private static final String STORY =
            "Omani officials hosted separate meetings with Iranian and American envoys in Muscat last week, "
                    + "shuttling written messages between the two delegations, according to two diplomats familiar with the talks.\n\n"
                    + "The Rise of Quiet Mediation\n\n"
                    + "Iran's foreign minister praised Oman's role, while the State Department declined to comment on the meetings.";

    private final Ingestor ingestor = new Ingestor();

    private Document read(String name, String content) {
        List<Document> docs = ingestor.readBytes(name, content.getBytes(StandardCharsets.UTF_8))
                .documents();
        assertEquals(1, docs.size(), name);
        return docs.get(0);
    }

    private static void assertStoryWhole(Document d) {
        assertTrue(d.text().contains("Omani officials hosted separate meetings"), d.text());
        assertTrue(d.text().contains("The Rise of Quiet Mediation"), "a subheading is story: " + d.text());
        assertTrue(d.text().contains("declined to comment on the meetings."), d.text());
    }

    private static void assertAbsent(Document d, String... furniture) {
        for (String f : furniture) {
            assertFalse(d.text().contains(f), f + " leaked into:\n" + d.text());
        }
    }

    @Test
    void aSeedLikePageWithADateLineAndWordPressComments() {
        String page =
                "Oman Brokers a Quiet Channel Between Washington and Tehran – What Comes Next\n\nby Staff Writer\n\n20 July 2025\n\n"
                        + STORY
                        + "\n\nShare your thoughts on this story in the comments below!\n\nYou may also like\n\nIran threatens to close Hormuz\n\n"
                        + "3 comments\n\nCarlos Mendez\nJuly 21, 2025 at 8:02 am\n\nWashington should bomb them now. Iran will attack Israel again.\n\nReply\n\n"
                        + "Fatima R.\nJuly 21, 2025 at 9:15 am\n\nOman always mediates, and the Saudis will sanction Qatar next.\n\nReply\n\nLeave a Comment";
        Document d = read("oman.txt", page);
        assertEquals("Staff Writer", d.author());
        assertEquals(JULY_20, d.published());
        assertStoryWhole(d);
        assertAbsent(
                d,
                "20 July 2025",
                "Carlos Mendez",
                "bomb them",
                "Fatima",
                "sanction Qatar",
                "Hormuz",
                "Reply",
                "3 comments");
    }

    @Test
    void commentsWithoutAHeadingAreFoundByTheirEntries() {
        String says = "Talks in Muscat\n\n" + STORY
                + "\n\nMaria Lopez says:\nJuly 21, 2025 at 10:02 pm\nThe army arrested my brother and nobody cares.\n\n"
                + "jorge_77 says:\nJuly 22, 2025 at 1:00 am\nTrump will invade Venezuela next week.";
        String disqus = "Talks in Muscat\n\n" + STORY
                + "\n\njdoe_77 · 2 hours ago\nRussia will invade Finland next, mark my words.\n\n"
                + "peace_now · 5 hours ago\nBoth sides are to blame.";
        String facebook = "Talks in Muscat\n\n" + STORY
                + "\n\nAna Souza\nThe US threatened Venezuela again, typical.\nLike · Reply · 3h";
        String forum = "Talks in Muscat\n\n" + STORY
                + "\n\nkaohsiung_dad wrote: China threatens us every month.\n\nrealist_2025 wrote: Washington should talk to Beijing.";
        String dated = "Talks in Muscat\n\n" + STORY
                + "\n\nPedro Alves — 21/07/2025 14:32\nLula will recall the ambassador, you will see.";
        for (String page : List.of(says, disqus, facebook, forum, dated)) {
            Document d = read("c.txt", page);
            assertStoryWhole(d);
            assertAbsent(
                    d,
                    "Maria Lopez",
                    "arrested my brother",
                    "invade",
                    "jdoe_77",
                    "Ana Souza",
                    "threatened Venezuela",
                    "kaohsiung_dad",
                    "China threatens",
                    "Pedro Alves",
                    "recall the ambassador");
        }
    }

    @Test
    void bodyLinesThatResembleCommentsStay() {
        String page =
                "Rubio warns Caracas\n\nSecretary of State Marco Rubio warned Venezuela on Tuesday against interfering in Guyana, "
                        + "in his sharpest remarks yet on the border dispute between the two countries.\n\n"
                        + "Rubio says:\n\n\"We will not allow Venezuela to threaten its neighbour.\"\n\n"
                        + "The foreign minister said: \"Guyana has our full support, and we will defend its sovereignty.\"\n\n"
                        + "CARACAS is expected to answer on Wednesday, officials said.\n\n"
                        + "14:32 BST\n\nVenezuela's government rejected the remarks as interference.\n\n"
                        + "Key Dates\n20 July 2025\n\nGuyana asked the International Court of Justice to order Venezuela to halt its plans, "
                        + "arguing that the referendum violated an earlier ruling and threatened the peace of the whole region.\n\n"
                        + "Brazil moved troops to its northern border, saying it would not allow either side to cross its territory, "
                        + "and called on both governments to settle the dispute through talks and international law.\n\n"
                        + "The United States held air exercises with Guyana in a show of support, which Caracas denounced as a provocation "
                        + "and a threat to its sovereignty over the disputed region of Essequibo.\n\n"
                        + "Comments by the minister angered Beijing.";
        Document d = read("r.txt", page);
        for (String kept : List.of(
                "Rubio says:",
                "We will not allow Venezuela",
                "The foreign minister said:",
                "CARACAS is expected",
                "rejected the remarks as interference",
                "Key Dates",
                "Brazil moved troops",
                "show of support",
                "Comments by the minister angered Beijing.")) {
            assertTrue(d.text().contains(kept), kept + " lost from:\n" + d.text());
        }
    }

    @Test
    void linkListsCaptionsCreditsAndBiosAreFurniture() {
        String page = "Talks in Muscat\nBy Jane Doe\nPublished: July 20, 2025\n\n"
                + "Photo: Omani and Iranian officials in Muscat. (Reuters/Amir Hassan)\n\n" + STORY + "\n\n"
                + "A man walks past a mural of the sultan in Muscat, July 19, 2025. REUTERS/Amir Hassan\n\n"
                + "Tags: Iran, Oman, United States\n\n"
                + "Jane Doe is a correspondent covering the Gulf for this site.\n\n"
                + "Most read\n\nIsrael strikes Iranian air defences\nHouthis attack tanker in Red Sea\n\n"
                + "Sign up for our newsletter to get the news delivered to your inbox.\n\n"
                + "Russia threatens NATO over Baltic drills\nPoland expels Belarusian diplomat\nChina condemns US tariffs";
        Document d = read("l.txt", page);
        assertEquals("Jane Doe", d.author());
        assertEquals(JULY_20, d.published());
        assertStoryWhole(d);
        assertAbsent(
                d,
                "Photo:",
                "mural",
                "Tags:",
                "correspondent covering",
                "Israel strikes",
                "Houthis",
                "newsletter",
                "Russia threatens",
                "Poland expels");
    }

    @Test
    void everythingAfterTheStorysEndGoes() {
        String page = "Talks in Muscat\n\n" + STORY + "\n\n(Reporting by Jane Doe in Muscat; Editing by John Roe)\n\n"
                + "Iran accuses Israel of sabotage at Natanz plant";
        Document d = read("e.txt", page);
        assertStoryWhole(d);
        assertAbsent(d, "Reporting by", "Natanz");
        String copyright = "Talks in Muscat\n\n" + STORY
                + "\n\nCopyright 2025 Example News. All rights reserved.\n\nUS sanctions Iranian oil network";
        assertAbsent(read("c.txt", copyright), "Copyright", "sanctions Iranian");
    }

    @Test
    void dateLinesInTheHeaderInManyLayouts() {
        for (String line : List.of(
                "20 July 2025",
                "Sunday, July 20th, 2025",
                "Published: 20/07/2025 14:32",
                "Posted on July 20, 2025 at 9:02 am",
                "20 de julio de 2025",
                "Publié le 20 juillet 2025 à 14h32",
                "20. Juli 2025, 14:32 Uhr",
                "20 июля 2025, 14:32")) {
            Document d = read("d.txt", "Talks in Muscat\n" + line + "\n\n" + STORY);
            assertEquals(JULY_20, d.published(), line);
            assertAbsent(d, line);
        }
        Document byAndDate = read("b.txt", "Talks in Muscat\nBy Jane Doe | July 20, 2025\n\n" + STORY);
        assertEquals("Jane Doe", byAndDate.author());
        assertEquals(JULY_20, byAndDate.published());
        Document nameAboveDate = read("n.txt", "Talks in Muscat\n\nJane Doe\n20 July 2025\n\n" + STORY);
        assertEquals("Jane Doe", nameAboveDate.author());
        assertEquals(JULY_20, nameAboveDate.published());
        Document updatedOnly =
                read("u.txt", "Talks in Muscat\nUpdated 21 July 2025\nPublished 20 July 2025\n\n" + STORY);
        assertEquals(JULY_20, updatedOnly.published(), "the published date wins over the updated one");
        Document relative = read("r.txt", "Talks in Muscat\n2 hours ago\n\n" + STORY);
        assertNull(relative.published(), "no crawl date, no date");
        assertAbsent(relative, "2 hours ago");
    }

    @Test
    void htmlPagesWithCommentWidgetsLinkListsAndDatesInTheirMarkup() {
        String html = "<html lang='en-GB'><head><title>Talks</title>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Talks in Muscat\",\"datePublished\":\"2025-07-20T10:00:00+04:00\"}</script>"
                + "</head><body><article><h1>Talks in Muscat</h1>"
                + "<figure><img src='x.jpg'><figcaption>Iran's envoy arrives in Muscat. (AP Photo/Jane Roe)</figcaption></figure>"
                + "<p>" + STORY.replace("\n\n", "</p><p>") + "</p>"
                + "<ul><li><a href='/a'>Iran threatens to close Hormuz</a></li><li><a href='/b'>US sanctions oil network</a></li><li><a href='/c'>Israel strikes Iran</a></li></ul>"
                + "<p><a href='/d'>Saudi Arabia condemns Houthi attack</a></p>"
                + "</article><div id='disqus_thread'><p>Trump will bomb Iran.</p></div>"
                + "<div class='fb-comments'><p>Oman is a puppet.</p></div>"
                + "<div class='x9'><p><b>Ana Souza</b> · July 21, 2025</p><p>Qatar will sanction Bahrain.</p></div></body></html>";
        Document d = read("p.html", html);
        assertEquals(JULY_20, d.published());
        assertStoryWhole(d);
        assertAbsent(
                d,
                "figcaption",
                "arrives in Muscat",
                "Hormuz",
                "oil network",
                "Houthi",
                "bomb Iran",
                "puppet",
                "Ana Souza",
                "sanction Bahrain");
        String visibleDate = "<html><body><article><h1>Talks in Muscat</h1><p class='meta'>Sunday 20 July 2025</p><p>"
                + STORY.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        assertEquals(JULY_20, read("v.html", visibleDate).published());
        String numericUs = "<html lang='en-US'><body><article><h1>Talks</h1><p>Published 07/05/2025</p><p>"
                + STORY.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        assertEquals(
                LocalDate.of(2025, 7, 5), read("us.html", numericUs).published(), "a US page writes the month first");
    }

    @Test
    void jsonLinesWithCrawlDateAndLanguage() {
        String jsonl =
                "{\"id\":\"j1\",\"headline\":\"Talks\",\"date\":\"3 hours ago\",\"crawled\":\"2025-07-20\",\"body\":\"MUSCAT (Reuters) - "
                        + STORY.replace("\n", "\\n") + "\"}\n"
                        + "{\"id\":\"j2\",\"title\":\"Talks\",\"published\":\"05/07/2025\",\"language\":\"en-US\",\"text\":\"Oman said the talks would go on.\"}\n";
        List<Document> docs = ingestor.readBytes("feed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8))
                .documents();
        assertEquals(JULY_20, docs.get(0).published());
        assertEquals("MUSCAT", docs.get(0).dateline());
        assertEquals("Reuters", docs.get(0).agency());
        assertTrue(
                docs.get(0).text().startsWith("Omani officials hosted"),
                docs.get(0).text());
        assertEquals(LocalDate.of(2025, 5, 7), docs.get(1).published());
    }
}
