package org.backchannel.coder.actors.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.backchannel.model.IngestProblem;
import org.junit.jupiter.api.Test;

/** The .actors reader on hand-written snippets with each irregularity the real files have. */
class ActorDictionaryTest {

    private static Loaded<ActorEntry> parse(String text) {
        return ActorDictionary.parse("t.actors", List.of(text.split("\n", -1)));
    }

    private static String problems(Loaded<?> r) {
        StringBuilder b = new StringBuilder();
        for (IngestProblem p : r.problems()) {
            b.append(p.item()).append(": ").append(p.cause()).append('\n');
        }
        return b.toString();
    }

    @Test
    void readsEntriesSynonymsAndEveryDateForm() {
        Loaded<ActorEntry> r = parse(
                """
                # a comment line
                MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt
                +ZAHIR_SHAH ; legacy TABARI comment
                \t[AFGELI 320101-331108]
                \t[AFGGOV 331108-730717]
                \t[AFGGOV 19270101-19330101]
                \t[AFGGOV >011222]
                \t[EGYGOV > 140608]
                \t[USRARM <900823]
                \t[AFGELI]
                BORIS_YELTSIN_
                BORIS_N._YELTSIN
                \t[RUSGOV 910710-991231]
                AFGHANISTAN_  [AFG]
                +KABUL_
                """);
        assertEquals("", problems(r));
        assertEquals(3, r.items().size());
        ActorEntry shah = r.items().get(0);
        assertEquals(List.of("MOHAMMAD ZAHIR SHAH", "ZAHIR SHAH"), shah.names());
        assertEquals(2, shah.line());
        DatedCode first = shah.codes().get(0);
        assertEquals(LocalDate.of(1932, 1, 1), first.from(), "YY above 30 is 19YY");
        assertEquals(LocalDate.of(1933, 11, 8), first.to());
        assertEquals(LocalDate.of(1927, 1, 1), shah.codes().get(2).from(), "eight digits are YYYYMMDD");
        assertEquals(
                new DatedCode("AFGGOV", LocalDate.of(2001, 12, 22), null, 7),
                shah.codes().get(3),
                "YY up to 30 is 20YY; > is from");
        assertEquals(LocalDate.of(2014, 6, 8), shah.codes().get(4).from(), "a blank after > is allowed");
        assertEquals(
                new DatedCode("USRARM", null, LocalDate.of(1990, 8, 23), 9),
                shah.codes().get(5),
                "< is until");
        assertTrue(shah.codes().get(6).undated());
        ActorEntry yeltsin = r.items().get(1);
        assertEquals(
                List.of("BORIS YELTSIN", "BORIS N. YELTSIN"),
                yeltsin.names(),
                "primary phrases with no code between them are synonyms");
        ActorEntry afg = r.items().get(2);
        assertEquals("AFG", afg.codes().get(0).code(), "a code on the primary line");
        assertEquals(List.of("AFGHANISTAN", "KABUL"), afg.names(), "synonyms after an inline code belong to the entry");
    }

    @Test
    void inlineCodesNullCodesAndXmlComments() {
        Loaded<ActorEntry> r = parse(
                """
                <!-- a comment
                over two lines -->
                JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt
                INDIAN_OCEAN  [---]
                SOME_BODY <!-- inline --> [USAGOV]
                """);
        assertEquals("", problems(r));
        assertEquals(3, r.items().size());
        assertEquals(
                List.of("IGOUNO", "ELI"),
                r.items().get(0).codes().stream().map(DatedCode::code).toList());
        assertTrue(r.items().get(1).codes().get(0).isNull());
        assertEquals("SOME BODY", r.items().get(2).primary());
    }

    @Test
    void reportsEachBadLineWithItsNumberAndGoesOn() {
        Loaded<ActorEntry> r = parse(
                """
                +ORPHAN_SYNONYM
                \t[USAGOV]
                ARMENIA_  [ARM]
                \t[ARMUNR 9008223-911221]
                \t[IRQOCC 1920030320-20060520]
                \t[EGYGOV 20121207-20120802]
                \t[MNEGOV 20121204]
                \t[EGYGOV 20121332-20130101]
                \t[EGYGOV 2013/01/01]
                \t[s]
                \t[EGYGOV 120101-130101
                \t[EGYGOV] trailing words
                +COTE_D\uFFFDIVOIRE_
                +TAIOAN_ +TAWIAN_
                +FAEROYENE]_
                \tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]
                +ARMENIAN_
                LAST_ONE_WITHOUT_CODE
                """);
        String p = problems(r);
        assertEquals(
                List.of(
                        "t.actors:1: synonym before any entry",
                        "t.actors:2: code before any entry",
                        "t.actors:4: date '9008223' has 7 digits (YYMMDD or YYYYMMDD expected)",
                        "t.actors:5: date '1920030320' has 10 digits (YYMMDD or YYYYMMDD expected)",
                        "t.actors:6: range ends before it starts: '20121207-20120802'",
                        "t.actors:7: date without '<', '>' or a range: '[MNEGOV 20121204]'",
                        "t.actors:8: no such date: '20121332'",
                        "t.actors:9: cannot read the date restriction '2013/01/01'",
                        "t.actors:10: not a code: '[s]'",
                        "t.actors:11: '[' without ']': '[EGYGOV 120101-130101'",
                        "t.actors:12: text after the codes: 'trailing words'",
                        "t.actors:13: phrase with a character lost to a wrong encoding: 'COTE D\uFFFDIVOIRE'",
                        "t.actors:14: '+' inside a phrase (two synonyms on one line?): 'TAIOAN +TAWIAN'",
                        "t.actors:15: ']' without '[': 'FAEROYENE]'",
                        "t.actors:16: indented line without a code in brackets: 'JOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]'",
                        "t.actors:18: entry without a code: 'LAST ONE WITHOUT CODE'"),
                List.of(p.split("\n")));
        assertEquals(1, r.items().size(), "the good lines of the entry are kept");
        ActorEntry armenia = r.items().get(0);
        assertEquals(List.of("ARMENIA", "ARMENIAN"), armenia.names());
        assertEquals(
                List.of("ARM", "EGYGOV"),
                armenia.codes().stream().map(DatedCode::code).toList());
    }

    @Test
    void stopsAtTheStopMarker() {
        Loaded<ActorEntry> r = parse("A_B [USAGOV]\n---STOP---\nC_D [USAGOV]\n");
        assertEquals(1, r.items().size());
    }
}
