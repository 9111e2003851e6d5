package org.backchannel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Loads every ingest data file row by row and checks that each row does what its header says. */
class IngestDataTest {
    private static List<String[]> rows(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = IngestDataTest.class.getResourceAsStream("/backchannel/ingest/" + file);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertTrue(r.readLine().startsWith("#"), file + " starts with a header");
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }

    @Test
    void everyAgencyFormSignsADateline() throws IOException {
        Datelines d = Datelines.defaults();
        int agencies = 0;
        for (String[] row : rows("wire-sources.tsv")) {
            assertEquals(3, row.length, String.join("|", row));
            if (!row[0].equals("agency")) {
                continue;
            }
            agencies++;
            for (String form : row[2].split("\\|")) {
                assertEquals(row[1], d.agency(form), form);
                Datelines.Dateline found = d.at("PARIS (" + form + ") - The talks ended.");
                assertNotNull(found, form);
                assertEquals(row[1], found.agency(), form);
            }
        }
        assertTrue(agencies >= 60, "agencies: " + agencies);
    }

    @Test
    void kickersAndWordsThatAreNoPlacesAreNoDatelines() throws IOException {
        Datelines d = Datelines.defaults();
        for (String[] row : rows("wire-sources.tsv")) {
            for (String form : row[2].split("\\|")) {
                if (row[0].equals("kicker")) {
                    assertEquals("Talks end", d.cleanHeadline(form + ": Talks end"), form);
                } else if (row[0].equals("not-place")) {
                    assertEquals(null, d.at(form + " — the statement said talks would go on."), form);
                }
            }
        }
    }

    @Test
    void everyLocaleGivesItsMonthsAndEveryWordListLoads() throws IOException {
        for (String[] row : rows("date-words.tsv")) {
            assertEquals(3, row.length, String.join("|", row));
            if (row[0].equals("locale")) {
                Locale locale = Locale.forLanguageTag(row[1]);
                for (Month m : Month.values()) {
                    String name = m.getDisplayName(TextStyle.FULL, locale);
                    assertEquals(
                            m.getValue(),
                            PublicationDates.parse("20 " + name + " 2025").getMonthValue(),
                            row[1] + " " + name);
                }
            }
            if (row[0].equals("label")) {
                for (String label : row[2].split("\\|")) {
                    PublicationDates.DateLine line =
                            PublicationDates.dateLine(label + " 20 July 2025", PublicationDates.Hints.NONE);
                    assertNotNull(line, label);
                    assertEquals(
                            row[1].equals("published")
                                    ? PublicationDates.Kind.PUBLISHED
                                    : PublicationDates.Kind.UPDATED,
                            line.kind(),
                            label);
                }
            }
        }
    }

    @Test
    void everyFurnitureCueMarksFurnitureAndOnlyItsOwnKind() throws IOException {
        Furniture f = Furniture.defaults();
        for (String[] row : rows("furniture.tsv")) {
            assertEquals(2, row.length, String.join("|", row));
            String cue = row[1];
            switch (row[0]) {
                case "heading" -> assertNotNull(f.headingCue(cue), cue);
                case "end" -> assertNotNull(f.endCue(cue), cue);
                case "end-start" -> assertNotNull(f.endCue(cue + " Jane Doe in Muscat"), cue);
                case "counted" -> assertNotNull(f.endCue("12 " + cue), cue);
                case "sentence" -> assertTrue(f.isFurnitureParagraph("Great story. " + cue + " now."), cue);
                case "anywhere" -> assertTrue(f.isFurnitureParagraph("Note: " + cue + "."), cue);
                case "caption" -> assertTrue(f.isCaption(cue + ": officials in Muscat"), cue);
                case "reply" -> assertTrue(f.isReplyLine(cue), cue);
                case "marker" -> assertTrue(
                        f.isCommentMarkerLine(cue) && !f.isReplyLine(cue) || f.headingCue(cue) != null, cue);
                case "says" -> assertNotNull(f.commenterSays("jdoe_77 " + cue + ":"), cue);
                case "class" -> assertTrue(f.isFurnitureClass("box " + cue), cue);
                default -> throw new AssertionError("unknown kind " + row[0]);
            }
        }
    }
}
