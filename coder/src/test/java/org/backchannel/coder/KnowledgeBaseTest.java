package org.backchannel.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.IngestProblem;
import org.backchannel.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {
    private final KnowledgeBase kb = Knowledge.defaults().actors();

    @Test
    void rolesResolveOnTheEventDate() {
        Actor rubio = kb.get("marco-rubio").orElseThrow();
        assertEquals("USALEG", rubio.codeOn(LocalDate.of(2023, 11, 1)));
        assertEquals("USAGOV", rubio.codeOn(LocalDate.of(2025, 6, 1)));
        assertTrue(rubio.roleOn(LocalDate.of(2025, 6, 1)).orElseThrow().title().contains("Secretary of State"));
        Actor delcy = kb.get("delcy-rodriguez").orElseThrow();
        assertEquals("f", delcy.gender());
        assertTrue(delcy.roles().stream()
                .anyMatch(r -> r.title().contains("Petroleum") || r.title().contains("Oil")));
        assertTrue(kb.relations("delcy-rodriguez").stream()
                .anyMatch(r -> r.otherId().equals("jorge-rodriguez")));
    }

    @Test
    void namesAndTitlesLookUp() {
        assertEquals(
                "nicolas-maduro", kb.names().lookup("nicolas maduro").get(0).actorId());
        assertEquals("ven", kb.names().lookup("caracas").get(0).actorId());
        assertEquals("usa", kb.names().lookup("white house").get(0).actorId());
        List<Actor> vps = kb.holders("VEN", List.of("vice", "president"), LocalDate.of(2023, 11, 1));
        assertEquals(List.of("delcy-rodriguez"), vps.stream().map(Actor::id).toList());
        assertTrue(kb.holders("USA", List.of("president"), LocalDate.of(2023, 11, 1)).stream()
                .anyMatch(a -> a.id().equals("joe-biden")));
        assertTrue(
                kb.holders("USA", List.of("president"), LocalDate.of(2023, 11, 1)).stream()
                        .noneMatch(a -> a.id().equals("kamala-harris")),
                "a vice president is not a president");
    }

    @Test
    void coverageOfTheG20AndTheSeedCountries() {
        int[] size = kb.size();
        assertTrue(size[0] >= 1000, "people: " + size[0]);
        assertTrue(size[1] >= 1500, "roles: " + size[1]);
        for (String c : List.of(
                "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
                "ZAF", "TUR", "GBR", "USA", "VEN", "QAT")) {
            LocalDate day = LocalDate.of(2024, 6, 1);
            boolean headKnown = kb.all().stream()
                    .filter(a -> a.type() == ActorType.PERSON)
                    .flatMap(a -> a.roles().stream())
                    .anyMatch(r -> c.equals(r.country()) && r.heldOn(day) && "GOV".equals(r.agent()));
            assertTrue(headKnown, "someone in government in " + c + " on " + day);
        }
    }

    @Test
    void userFilesAndPetrarchDictionariesExtendIt(@TempDir Path dir) throws Exception {
        KnowledgeBase own = KnowledgeBase.load(Ontology.defaults().countries());
        Path user = dir.resolve("mine.tsv");
        Files.writeString(
                user,
                "# my actors\nperson\tana-perez\tAna Pérez\tAna Perez\tf\tCHL\n"
                        + "role\tana-perez\tMayor of Valparaíso\tCHL\tGOV\t2021-06-28\t\ngroup\tfishermen\tCVL\n");
        own.addUserFile(user);
        Actor ana = own.get("ana-perez").orElseThrow();
        assertEquals("CHLGOV", ana.codeOn(LocalDate.of(2022, 1, 1)));
        assertEquals("CVL", own.groupAgent("fishermen"));
        assertEquals("ana-perez", own.names().lookup("ana perez").get(0).actorId());

        Path pet = dir.resolve("x.actors");
        Files.writeString(
                pet,
                "# PETRARCH style\nJOHN_DOE_SMITH [USAGOV 20090120-20130120] [USALEG >20130121]\n+JOHNNY_SMITH\n"
                        + "\t[USAGOV 20120101-2013011]\nJANE_ROE_SMITH\n\t[USALEG 20140101-20150101]\n");
        own.addPetrarchActors(pet, Ontology.defaults());
        Actor j = own.get("john-doe-smith").orElseThrow();
        assertEquals(
                List.of("USAGOV", "USALEG"), j.roles().stream().map(Role::code).toList());
        assertEquals("USALEG", j.codeOn(LocalDate.of(2014, 6, 1)));
        assertEquals("USA", j.codeOn(LocalDate.of(2016, 1, 1)), "an open term ends with what the dictionary knows");
        assertEquals("john-doe-smith", own.names().lookup("johnny smith").get(0).actorId());
        assertEquals(
                List.of(new IngestProblem("x.actors:4", "date '2013011' has 7 digits (YYMMDD or YYYYMMDD expected)")),
                own.problems());
    }
}
