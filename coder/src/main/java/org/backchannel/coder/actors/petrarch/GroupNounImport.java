package org.backchannel.coder.actors.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.NameIndex;
import org.backchannel.coder.actors.Names;

/**
 * Turns PETRARCH agent nouns ({@code GUERRILLA [~REB]}) into group nouns of the project's
 * {@code groups.tsv} kind: a phrase and the sector it gives a country ("Colombian guerrillas" → COL REB).
 * A noun becomes a group noun only if it names a kind of political actor and nothing much else, since
 * every group noun can turn a sentence's subject into an actor.
 */
public final class GroupNounImport {
    /** One group noun: phrase in lemma form, sector code, and the dictionary line it came from. */
    public record GroupNoun(String phrase, String agent, String source) {}

    /** The nouns kept, and how many each rule left out. */
    public record Result(List<GroupNoun> nouns, Map<String, Integer> dropped) {}

    /**
     * Sectors a country word can combine with. Left out: codes that name one body or a kind of body
     * rather than a sector of a country (IGO, UNO, IMG, MNC, INT, AMN, IRC, GRP), the unidentified and
     * the modifiers (UIS, MOD, RAD), and peacekeepers (a country's peacekeepers are its military: MIL).
     */
    static final Set<String> SECTORS = Set.of(
            "GOV", "MIL", "REB", "INS", "SEP", "OPP", "PTY", "COP", "JUD", "SPY", "UAF", "NGO", "NGM", "MED", "EDU",
            "BUS", "CRM", "CVL", "REF", "LAB", "AGR", "ENV", "HRI", "REL", "HLH", "DEV", "ELI", "LEG", "SET");

    /**
     * Nouns for people or bodies in general, or with a common sense outside politics: with a country word
     * they say nothing about a sector ("Nigerian men", "a Turkish boss", "the Indian team").
     */
    static final Set<String> GENERIC = Set.of(
            "man",
            "men",
            "woman",
            "women",
            "person",
            "people",
            "individual",
            "member",
            "child",
            "children",
            "boy",
            "girl",
            "family",
            "crowd",
            "group",
            "team",
            "staff",
            "boss",
            "head",
            "chief",
            "master",
            "owner",
            "party",
            "body",
            "unit",
            "force",
            "side",
            "camp",
            "circle",
            "source",
            "figure",
            "representative",
            "delegate",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "agent",
            "worker",
            "member of",
            "bargainer",
            "partner",
            "friend",
            "supporter",
            "follower",
            "faithful",
            "youth",
            "elder",
            "veteran",
            "expert",
            "analyst",
            "observer",
            "insider",
            "cabinetmaker",
            "shipper",
            "carrier",
            "driver",
            "passenger",
            "vessel",
            "ship",
            "boat",
            "jet",
            "plane",
            "aircraft",
            "helicopter",
            "tank",
            "missile",
            "rocket",
            "vehicle",
            "truck",
            "convoy",
            "firm",
            "business",
            "industry",
            "market",
            "office",
            "house",
            "board",
            "council",
            "committee",
            "commission",
            "department",
            "agency",
            "service",
            "organization",
            "association",
            "society",
            "community",
            "institution",
            "establishment",
            "authority",
            "administration",
            "state",
            "nation",
            "country",
            "people's",
            "national",
            "native",
            "local",
            "resident",
            "citizen",
            "civilian",
            "public",
            "mother",
            "father",
            "infant",
            "deputy",
            "advocate",
            "counsellor",
            "counselor",
            "captain",
            "actor",
            "vip",
            "doc",
            "believer",
            "neighbor",
            "neighbour",
            "customer",
            "waiter",
            "waitress");

    /**
     * Nouns for a part someone plays in the event itself, not a group they belong to: "victims" or
     * "detainees" are whoever the sentence is about, so a sector would be a guess.
     */
    static final Set<String> EVENT_ROLES = Set.of(
            "victim",
            "victims",
            "casualty",
            "survivor",
            "detainee",
            "hostage",
            "captive",
            "perpetrator",
            "culprit",
            "mourner",
            "onlooker",
            "bystander",
            "witness",
            "suspect",
            "defector",
            "deserter",
            "turncoat");

    /** Nouns for places, events and abstractions: "a Nigerian prison", "the Syrian uprising" are no actors. */
    static final Set<String> NOT_ACTORS = Set.of(
            "prison",
            "jail",
            "school",
            "schoolhouse",
            "college",
            "kindergarten",
            "kindergarden",
            "preschool",
            "conservatory",
            "infirmary",
            "sanatorium",
            "sanitarium",
            "sanatarium",
            "village",
            "settlement",
            "neighborhood",
            "neighbourhood",
            "barracks",
            "chancery",
            "uprising",
            "revolt",
            "rebellion",
            "insurgency",
            "insurgence",
            "insurrection",
            "mutiny",
            "governance",
            "polity",
            "gangdom",
            "gangland",
            "echelon",
            "website",
            "blog");

    /** Adjectives the dictionary lists among its nouns ("naval", "retired", "state-owned"). */
    static final Set<String> ADJECTIVES = Set.of(
            "naval",
            "retired",
            "naturalized",
            "state-owned",
            "semi-official",
            "non-native",
            "non-resident",
            "non-combatant");

    /** Last words that make a phrase a vehicle or weapon, not a group of people ("cargo ship", "passenger jet"). */
    static final Set<String> EQUIPMENT = Set.of(
            "ship",
            "vessel",
            "boat",
            "jet",
            "plane",
            "aircraft",
            "airliner",
            "helicopter",
            "tank",
            "missile",
            "rocket",
            "vehicle",
            "truck",
            "drone",
            "carrier",
            "submarine",
            "frigate",
            "destroyer",
            "warship",
            "bomber",
            "fighter jet",
            "gunship",
            "tanker");

    private GroupNounImport() {}

    /** Converts agent entries; phrases the knowledge base already has keep its sector. */
    public static Result convert(List<AgentEntry> entries, KnowledgeBase kb) {
        Map<String, Integer> dropped = new TreeMap<>();
        Map<String, String> codeOf = new LinkedHashMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        Map<String, Boolean> conflicting = new HashMap<>();
        for (AgentEntry e : entries) {
            String why = reject(e, kb);
            if (why != null) {
                dropped.merge(why, 1, Integer::sum);
                continue;
            }
            String agent = e.suffix() ? e.code().substring(0, 3) : e.code();
            String phrase = phrase(e);
            String before = codeOf.putIfAbsent(phrase, agent);
            sourceOf.putIfAbsent(phrase, e.source() + ":" + e.line());
            if (before != null && !before.equals(agent)) {
                conflicting.put(phrase, true);
            } else if (before != null) {
                dropped.merge("duplicate phrase", 1, Integer::sum);
            }
        }
        List<GroupNoun> out = new ArrayList<>();
        codeOf.forEach((phrase, agent) -> {
            if (conflicting.containsKey(phrase)) {
                dropped.merge("phrase with two different sectors in the dictionary", 1, Integer::sum);
            } else if (pluralOfKnown(phrase, codeOf.keySet(), kb)) {
                dropped.merge("plural of a phrase already there (the lookup uses singular lemmas)", 1, Integer::sum);
            } else {
                out.add(new GroupNoun(phrase, agent, sourceOf.get(phrase)));
            }
        });
        return new Result(out, dropped);
    }

    /**
     * "policemen", "generals", "ministries of oil": a phrase with a plural word where the dictionary or
     * the project has the same phrase in the singular (the lookup uses singular lemmas).
     */
    static boolean pluralOfKnown(String phrase, Set<String> phrases, KnowledgeBase kb) {
        String[] words = phrase.split(" ");
        for (int i = 0; i < words.length; i++) {
            for (String singular : singulars(words[i])) {
                String[] variant = words.clone();
                variant[i] = singular;
                String v = String.join(" ", variant);
                if (phrases.contains(v) || kb.groupAgent(v) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> singulars(String w) {
        List<String> out = new ArrayList<>();
        if (w.endsWith("men")) {
            out.add(w.substring(0, w.length() - 3) + "man");
        }
        if (w.endsWith("ies")) {
            out.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("es")) {
            out.add(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("s")) {
            out.add(w.substring(0, w.length() - 1));
        }
        return out;
    }

    /** The phrase in the normalized form of groups.tsv, without a leading article ("the pm" is "pm"). */
    private static String phrase(AgentEntry e) {
        return Names.normalize(e.phrase()).replaceAll("^the ", "");
    }

    /** Why an agent noun is not taken, or null. */
    static String reject(AgentEntry e, KnowledgeBase kb) {
        String phrase = phrase(e);
        String[] words = phrase.split(" ");
        if (Set.of("of", "for", "and", "the", "in", "to", "led").contains(words[words.length - 1])) {
            return "phrase cut off after a function word (\"central jail of\")";
        }
        if (!phrase.matches("[a-z][a-z' -]*")) {
            return "phrase with digits or signs (models of weapons, abbreviations)";
        }
        if (words.length > 3) {
            return "phrase of more than three words (the mention finder reads a noun and its modifiers)";
        }
        if (!e.suffix() && !e.code().equals("NGO")) {
            return "prefix code other than NGO~ (names a kind of body, not a sector)";
        }
        String agent = e.suffix() ? e.code().substring(0, 3) : e.code();
        if (!SECTORS.contains(agent)) {
            return "code that is not a sector of a country (religions, single bodies, modifiers)";
        }
        if (GENERIC.contains(phrase)) {
            return "generic noun (says nothing about a sector)";
        }
        if (EVENT_ROLES.contains(words[words.length - 1])) {
            return "part in an event (victim, detainee), not a group";
        }
        if (NOT_ACTORS.contains(phrase) || ADJECTIVES.contains(phrase)) {
            return "place, event, abstraction or adjective, not a group of people";
        }
        if (EQUIPMENT.contains(words[words.length - 1])
                || words.length >= 2 && EQUIPMENT.contains(words[words.length - 2] + " " + words[words.length - 1])) {
            return "vehicle or weapon, not a group of people";
        }
        if (kb.groupAgent(phrase) != null) {
            return "phrase the project already has (its sector stands)";
        }
        if (!kb.names().lookup(NameIndex.key(phrase)).isEmpty()) {
            return "phrase that names a known actor";
        }
        return null;
    }
}
