package org.backchannel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
    private static final LocalDate JULY_20 = LocalDate.of(2025, 7, 20);

    @Test
    void englishLayoutsOfNewsSites() {
        for (String s : List.of(
                "20 July 2025",
                "July 20, 2025",
                "July 20th, 2025",
                "Sunday, July 20, 2025",
                "Sun 20 Jul 2025 14.32 BST",
                "Jul. 20, 2025 10:14 AM EDT",
                "20th of July 2025",
                "2025-07-20",
                "2025-07-20T23:30:00-05:00",
                "2025/07/20",
                "Published: 20 July 2025",
                "Posted on July 20, 2025 at 9:02 am",
                "Last updated 20 July 2025, 18:00 GMT")) {
            assertEquals(JULY_20, PublicationDates.parse(s), s);
        }
        assertEquals(LocalDate.of(2024, 9, 30), PublicationDates.parse("Sept. 30, 2024"));
    }

    @Test
    void otherLanguagesThroughTheJdksLocaleData() {
        for (String s : List.of(
                "20 de julio de 2025",
                "domingo, 20 de julio de 2025",
                "20 juillet 2025",
                "le 20 juillet 2025 à 14h32",
                "20. Juli 2025",
                "Sonntag, 20. Juli 2025",
                "20 luglio 2025",
                "20 de julho de 2025",
                "20 июля 2025 г.",
                "20 Temmuz 2025 Pazar",
                "20 juli 2025",
                "20 lipca 2025",
                "20 يوليو 2025",
                "٢٠ يوليو ٢٠٢٥",
                "20 تموز 2025",
                "2025年7月20日",
                "2025년 7월 20일")) {
            assertEquals(JULY_20, PublicationDates.parse(s), s);
        }
        assertEquals(LocalDate.of(2025, 3, 1), PublicationDates.parse("1er mars 2025"));
        assertEquals(LocalDate.of(2025, 2, 14), PublicationDates.parse("14 février 2025"));
        assertEquals(LocalDate.of(2025, 5, 3), PublicationDates.parse("3 Mayıs 2025"));
    }

    @Test
    void numericDatesAreReadOnlyOneWayOrByTheDocumentedRule() {
        assertEquals(JULY_20, PublicationDates.parse("20/07/2025"), "a first number over 12 is the day");
        assertEquals(JULY_20, PublicationDates.parse("07/20/2025"), "a second number over 12 is the day");
        assertEquals(JULY_20, PublicationDates.parse("20.07.2025"));
        LocalDate mayFifth = LocalDate.of(2025, 5, 7);
        LocalDate julyFifth = LocalDate.of(2025, 7, 5);
        assertEquals(julyFifth, PublicationDates.parse("05/07/2025"), "no locale: day first");
        assertEquals(
                mayFifth,
                PublicationDates.parse("05/07/2025", new PublicationDates.Hints(Locale.US, null)),
                "a US site writes the month first");
        assertEquals(julyFifth, PublicationDates.parse("05/07/2025", new PublicationDates.Hints(Locale.UK, null)));
        assertEquals(
                julyFifth,
                PublicationDates.parse("05.07.2025", new PublicationDates.Hints(Locale.US, null)),
                "dots mean day first");
        assertEquals(
                julyFifth,
                PublicationDates.parse("05/07/2025", new PublicationDates.Hints(Locale.forLanguageTag("de"), null)));
        assertEquals(
                mayFifth,
                PublicationDates.parse("05/07/2025", new PublicationDates.Hints(null, LocalDate.of(2025, 5, 8))),
                "the crawl date rules out a reading in the future");
        assertNull(PublicationDates.parse("13/13/2025"));
        assertNull(PublicationDates.parse("2025-13-45"));
    }

    @Test
    void relativeDatesNeedTheCrawlDate() {
        PublicationDates.Hints crawled = new PublicationDates.Hints(null, JULY_20);
        assertNull(PublicationDates.parse("2 hours ago"));
        assertEquals(JULY_20, PublicationDates.parse("2 hours ago", crawled));
        assertEquals(LocalDate.of(2025, 7, 17), PublicationDates.parse("3 days ago", crawled));
        assertEquals(LocalDate.of(2025, 7, 19), PublicationDates.parse("Yesterday", crawled));
        assertEquals(LocalDate.of(2025, 7, 18), PublicationDates.parse("hace 2 días", crawled));
        assertEquals(LocalDate.of(2025, 7, 13), PublicationDates.parse("vor einer Woche", crawled));
        assertEquals(LocalDate.of(2025, 7, 19), PublicationDates.parse("il y a 1 jour", crawled));
    }

    @Test
    void dateLinesAreOnlyADateWithItsLabelWeekdayTimeAndZone() {
        assertEquals(
                JULY_20,
                PublicationDates.dateLine("20 July 2025", PublicationDates.Hints.NONE)
                        .date());
        assertEquals(
                PublicationDates.Kind.UPDATED,
                PublicationDates.dateLine("Updated: July 20, 2025 10:14 ET", PublicationDates.Hints.NONE)
                        .kind());
        assertEquals(
                PublicationDates.Kind.PUBLISHED,
                PublicationDates.dateLine("Publié le 20 juillet 2025 à 14h32", PublicationDates.Hints.NONE)
                        .kind());
        assertEquals(
                JULY_20,
                PublicationDates.dateLine("Published 20 July 2025, updated 21 July 2025", PublicationDates.Hints.NONE)
                        .date());
        assertEquals(
                JULY_20,
                PublicationDates.dateLine("24 min read · 20 July 2025", PublicationDates.Hints.NONE)
                        .date());
        assertNotNull(
                PublicationDates.dateLine("3 hours ago", PublicationDates.Hints.NONE),
                "a relative date is still a date line");
        assertNull(PublicationDates.dateLine(
                "On July 20, 2025, the two sides met in Doha to discuss sanctions.", PublicationDates.Hints.NONE));
        assertNull(PublicationDates.dateLine(
                "Talks are due to resume on 20 July 2025 in Geneva", PublicationDates.Hints.NONE));
    }

    @Test
    void timestampsOfComments() {
        for (String s : List.of("July 21, 2025 at 8:02 am", "8:02 pm", "2h", "3 days ago", "21/07/2025 08:02")) {
            assertEquals(true, PublicationDates.isTimestamp(s), s);
        }
        assertEquals(false, PublicationDates.isTimestamp("Venezuela denied the report."));
    }

    @Test
    void datesInArticleUrls() {
        assertEquals(JULY_20, PublicationDates.fromUrl("https://example.org/world/2025/07/20/talks-in-doha/"));
        assertEquals(JULY_20, PublicationDates.fromUrl("https://example.org/news/2025-07-20/talks"));
        assertNull(PublicationDates.fromUrl("https://example.org/world/talks"));
    }
}
