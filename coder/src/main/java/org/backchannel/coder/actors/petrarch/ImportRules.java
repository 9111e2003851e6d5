package org.backchannel.coder.actors.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.coder.actors.Names;

/**
 * The rules that decide what of a PETRARCH dictionary becomes the project's knowledge. Raw import
 * makes coding worse (city names coded as states, "President" and "Justice" as actors, one surname for
 * many people, offices held forever), so every rule here names the harm it prevents. The vocabulary
 * the rules consult (title words, country words, ordinary English words) comes from the caller.
 */
public final class ImportRules {
    /** Roles and people that ended before this day are left out: the knowledge base covers 1945 to today. */
    public static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);

    /** International code prefixes that stand where a country code would. */
    static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC");
    /** Sectors whose bodies are movements rather than formal organizations. */
    static final Set<String> GROUP_AGENTS = Set.of("REB", "OPP", "PTY", "CRM", "UAF", "INS", "SEP", "IMG");

    /** Words that make a phrase a body, not a person ("Afghan National Army", "Gorbachev administration"). */
    static final Set<String> INSTITUTION_WORDS = Set.of(
            "ministry",
            "ministries",
            "party",
            "parties",
            "army",
            "armies",
            "council",
            "assembly",
            "parliament",
            "congress",
            "senate",
            "committee",
            "front",
            "movement",
            "forces",
            "force",
            "court",
            "bank",
            "agency",
            "service",
            "services",
            "union",
            "organization",
            "organisation",
            "association",
            "federation",
            "league",
            "government",
            "administration",
            "office",
            "department",
            "commission",
            "board",
            "police",
            "guard",
            "guards",
            "brigade",
            "brigades",
            "battalion",
            "group",
            "groups",
            "network",
            "institute",
            "institution",
            "foundation",
            "fund",
            "programme",
            "program",
            "corporation",
            "company",
            "inc",
            "ltd",
            "authority",
            "alliance",
            "coalition",
            "society",
            "center",
            "centre",
            "university",
            "school",
            "church",
            "mission",
            "unit",
            "units",
            "cell",
            "cells",
            "command",
            "navy",
            "tribunal",
            "cabinet",
            "presidency",
            "secretariat",
            "conference",
            "initiative",
            "project",
            "campaign",
            "trust",
            "corps",
            "legion",
            "militia",
            "nuclei",
            "nucleus",
            "squad",
            "faction",
            "wing",
            "directorate",
            "bureau",
            "duma",
            "politburo",
            "kremlin",
            "regime",
            "republic",
            "kingdom",
            "state",
            "states",
            "province",
            "junta",
            "guerrillas",
            "rebels",
            "club",
            "media",
            "news",
            "radio",
            "television",
            "newspaper",
            "times",
            "post",
            "press",
            "majlis",
            "knesset",
            "diet",
            "soviet",
            "politbureau",
            "cortes",
            "sejm",
            "bundestag",
            "bundesrat",
            "staff",
            "headquarters",
            "division",
            "fleet",
            "embassy",
            "consulate",
            "delegation",
            "family",
            "clan",
            "tribe",
            "dynasty",
            "house",
            "palace",
            "cartel",
            "gang",
            "mafia",
            "syndicate",
            "liberation",
            "resistance",
            "revolutionary",
            "brotherhood");

    /** Titles, honorifics and time words that may precede a name ("Mr", "former", "President", "then"). */
    static final Set<String> HONORIFICS = Set.of(
            "mr",
            "mr.",
            "mrs",
            "mrs.",
            "ms",
            "ms.",
            "miss",
            "dr",
            "dr.",
            "former",
            "ex",
            "acting",
            "interim",
            "late",
            "the",
            "then",
            "current",
            "new",
            "outgoing",
            "incoming",
            "deposed",
            "ousted",
            "exiled",
            "chief",
            "head",
            "deputy",
            "vice",
            "first",
            "second",
            "senior",
            "top",
            "veteran",
            "hardline",
            "moderate",
            "party",
            "communist",
            "opposition",
            "rebel",
            "military",
            "defense",
            "defence",
            "foreign",
            "interior",
            "finance",
            "state",
            "prime",
            "ex-",
            "us",
            "u.s.",
            "u.s",
            "uk",
            "u.k.",
            "un",
            "u.n.",
            "eu",
            "secretary-general",
            "general-secretary",
            "of",
            "president",
            "minister",
            "secretary",
            "senator",
            "sen.",
            "governor",
            "gov.",
            "ambassador",
            "general",
            "gen.",
            "colonel",
            "col.",
            "lt.",
            "lieutenant",
            "major",
            "maj.",
            "captain",
            "capt.",
            "admiral",
            "adm.",
            "marshal",
            "commander",
            "chairman",
            "chairwoman",
            "premier",
            "chancellor",
            "king",
            "queen",
            "prince",
            "princess",
            "emir",
            "sultan",
            "speaker",
            "mayor",
            "judge",
            "justice",
            "pope",
            "cardinal",
            "archbishop",
            "bishop",
            "ayatollah",
            "rev.",
            "reverend",
            "representative",
            "rep.",
            "congressman",
            "congresswoman",
            "leader",
            "envoy",
            "spokesman",
            "spokeswoman",
            "director");

    /** Words that carry no name: function words, "national", "international", months and days. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "of",
            "for",
            "to",
            "in",
            "on",
            "at",
            "by",
            "with",
            "from",
            "as",
            "is",
            "are",
            "be",
            "it",
            "its",
            "this",
            "that",
            "these",
            "those",
            "all",
            "any",
            "some",
            "no",
            "not",
            "our",
            "their",
            "his",
            "her",
            "we",
            "they",
            "he",
            "she",
            "who",
            "what",
            "which",
            "new",
            "old",
            "national",
            "international",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today");

    /** Ordinary words that are names only in company ("Justice", "Youth" alone; "Justice and Development Party" is a name). */
    private static final Set<String> ORDINARY_WORDS = Set.of(
            "justice",
            "freedom",
            "liberty",
            "peace",
            "unity",
            "hope",
            "truth",
            "victory",
            "order",
            "law",
            "power",
            "will",
            "youth",
            "zero",
            "one",
            "two",
            "three",
            "man",
            "men",
            "woman",
            "women",
            "person",
            "people",
            "member",
            "members",
            "official",
            "officials");

    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^)]*)\\)");

    private final Set<String> titleWords;
    private final Set<String> titleTokens;
    private final Set<String> countryWords;
    private final Set<String> englishWords;

    /**
     * @param titleWords   lower-case office and group nouns ("president", "minister", "troops")
     * @param countryWords lower-case country names, demonyms and capitals ("afghan", "kabul")
     * @param englishWords lower-case ordinary English words (may be empty): a one-word name that is
     *                     one of them would match every sentence that starts with it
     */
    public ImportRules(Set<String> titleWords, Set<String> countryWords, Set<String> englishWords) {
        this.titleWords = Set.copyOf(titleWords);
        Set<String> words = new HashSet<>();
        titleWords.forEach(p -> words.addAll(List.of(p.split(" "))));
        this.titleTokens = Set.copyOf(words);
        this.countryWords = Set.copyOf(countryWords);
        this.englishWords = Set.copyOf(englishWords);
    }

    // ---- codes --------------------------------------------------------------------------------

    /** A code's parts: the country or international prefix, and the sector (or, for IGOs, the body). */
    record Code(String prefix, String agent, String rest) {
        /** The code a role carries: country and first sector for states, the whole code for international bodies. */
        String roleCode() {
            return prefix + agent;
        }
    }

    /**
     * The parts of a code, or null when it names a place or state rather than a sector ({@code AFG},
     * {@code USRARM}, {@code SDNSSDAUT}): countries and their provinces come from the project's own
     * country list, never from a dictionary.
     */
    static Code split(String code, Set<String> agents) {
        if (code.length() < 6) {
            return null;
        }
        String prefix = code.substring(0, 3);
        if (INTERNATIONAL.contains(prefix)) {
            return new Code(prefix, code.substring(3), "");
        }
        String agent = code.substring(3, 6);
        if (!agents.contains(agent)) {
            return null;
        }
        return new Code(prefix, agent, code.substring(6));
    }

    /** "ELI" (elite) is a standing, not an office: out of office a person is coded by country, not as GOV or ELI. */
    static boolean isOffice(Code c) {
        return !c.agent().startsWith("ELI");
    }

    /** Companies (MNC) are left out: most are not political actors and many names are ordinary words (Shell, Target). */
    static boolean isCompany(Code c) {
        return c.prefix().equals("MNC");
    }

    /** Bodies of these sectors are groups (movements); the rest are organizations. */
    static boolean isGroupSector(Code c) {
        return GROUP_AGENTS.contains(c.prefix())
                || GROUP_AGENTS.contains(c.agent().length() >= 3 ? c.agent().substring(0, 3) : c.agent());
    }

    // ---- names --------------------------------------------------------------------------------

    /** A dictionary phrase in lower case, words split; hyphen-only and empty tokens dropped. */
    static List<String> tokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (String t : Names.normalize(phrase).split(" ")) {
            if (!t.isEmpty() && !t.equals("-")) {
                out.add(t);
            }
        }
        return out;
    }

    /** Abbreviations a phrase gives in parentheses ("ARMED ISLAMIC GROUP (GIA)" → "GIA"). */
    static List<String> parentheticals(String phrase) {
        List<String> out = new ArrayList<>();
        Matcher m = PARENTHESIS.matcher(phrase);
        while (m.find()) {
            String inner = m.group(1).strip();
            if (inner.matches("[A-Za-z][A-Za-z.\\-/&]{1,9}")) {
                out.add(inner.toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The phrase without its parenthetical parts. */
    static String withoutParentheses(String phrase) {
        return PARENTHESIS
                .matcher(phrase)
                .replaceAll(" ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /**
     * Why a phrase cannot name anything, or null: no letters ("39649"), a list of people ("CROSLAND,
     * THEN DAVID OWEN"), or an unbalanced parenthesis left by a cut-off line.
     */
    static String unusable(String phrase) {
        if (!phrase.matches(".*\\p{L}.*")) {
            return "no letters";
        }
        if (phrase.contains(",") || tokens(phrase).contains("then")) {
            return "lists several names";
        }
        if (phrase.chars().filter(c -> c == '(').count()
                != phrase.chars().filter(c -> c == ')').count()) {
            return "unbalanced parenthesis";
        }
        return null;
    }

    /**
     * A person's name without the titles, honorifics and country words in front of it ("US PRESIDENT BILL
     * CLINTON" → "BILL CLINTON"): the mention finder reads titles itself, and a title inside a name would
     * fix an office that the story's date may contradict.
     */
    String personName(String phrase) {
        List<String> words =
                new ArrayList<>(Arrays.asList(withoutParentheses(phrase).split(" ")));
        while (words.size() > 1) {
            String w = Names.normalize(words.get(0));
            String bare = w.replaceAll("^ex-", "");
            if (isTitle(w)
                    || countryWords.contains(bare) && words.size() > 2 && isTitle(Names.normalize(words.get(1)))) {
                words.remove(0); // "PRESIDENT ..." and "US PRESIDENT ...", but "ISRAEL KATZ" is a name
                continue;
            }
            break;
        }
        return String.join(" ", words);
    }

    private boolean isTitle(String w) {
        String bare = w.replaceAll("^ex-", "");
        return HONORIFICS.contains(w)
                || HONORIFICS.contains(bare)
                || titleWords.contains(w)
                || titleWords.contains(bare)
                || w.contains("-general")
                || w.endsWith("-elect");
    }

    /**
     * Whether a (title-free) name can be a person's: two words or more, no institution word, not ending
     * in an office or group noun, no digits, not only function words. One-word names are never taken
     * as people: surnames are derived by the program and only used when they are unambiguous.
     */
    boolean looksLikePerson(String name) {
        List<String> t = tokens(name);
        if (t.size() < 2 || name.matches(".*\\d.*")) {
            return false;
        }
        String last = t.get(t.size() - 1);
        if (last.length() >= 4 && titleWords.contains(last)) {
            return false; // "INDIAN UN PEACEKEEPER"; short cues ("man") are also parts of names (Ri Ryong Man)
        }
        int function = 0;
        for (String w : t) {
            if (INSTITUTION_WORDS.contains(w)) {
                return false;
            }
            if (FUNCTION_WORDS.contains(w)) {
                function++;
            }
        }
        return function < t.size();
    }

    /**
     * Whether a name is too generic to be looked up as a name: one word that is an ordinary English,
     * office, group or institution word ("PRESIDENT", "JUSTICE", "MAY", "TIGERS"), or several words that
     * are all office, institution, function or country words ("THE ARMY", "NATIONAL POLICE"). Such a
     * name would fire on sentences about any country; names like "SHINING PATH" or "ORGANIZATION OF
     * AFRICAN UNITY" are kept.
     */
    boolean isGeneric(String name) {
        List<String> t = tokens(withoutParentheses(name));
        t.removeIf(w -> w.equals("the"));
        if (t.isEmpty()) {
            return true;
        }
        if (t.size() == 1
                && (englishWords.contains(t.get(0))
                        || englishWords.contains(t.get(0).replaceAll("s$", ""))
                        || ORDINARY_WORDS.contains(t.get(0)))) {
            return true;
        }
        for (String w : t) {
            boolean common = FUNCTION_WORDS.contains(w)
                    || titleTokens.contains(w)
                    || INSTITUTION_WORDS.contains(w)
                    || countryWords.contains(w)
                    || HONORIFICS.contains(w);
            if (!common) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a one-word alias the dictionary gives a person ("YELTSIN", "MUBARAK") may name them on its
     * own: news does name prominent people by surname alone, but a short or ordinary word ("MAY", "BUSH"
     * with an English word list, "LEE") would fire on other people and on ordinary sentences.
     */
    boolean usableOneWordAlias(String word) {
        String w = Names.normalize(word);
        return w.matches("\\p{L}[\\p{L}'-]{3,}") && !isGeneric(w) && !HONORIFICS.contains(w);
    }

    /** The initials of a name, function words left out ("Organization of African Unity" → "OAU"). */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : tokens(name)) {
            if (!FUNCTION_WORDS.contains(w) && Character.isLetter(w.charAt(0))) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    /** Title case for display ("BORIS N. YELTSIN" → "Boris N. Yeltsin"); one-word names stay in capitals (HAMAS, UNICEF). */
    static String display(String phrase) {
        List<String> words = Arrays.asList(phrase.strip().split(" "));
        if (words.size() == 1) {
            return phrase.strip().toUpperCase(Locale.ROOT);
        }
        StringBuilder b = new StringBuilder();
        Set<String> small = new HashSet<>(List.of(
                "of", "the", "and", "for", "in", "on", "de", "del", "la", "du", "van", "von", "der", "al", "bin",
                "ibn"));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            if (i > 0 && small.contains(w)) {
                b.append(w);
            } else if (w.matches("([a-z]\\.)+[a-z]?")
                    || (w.length() <= 3 && !w.matches(".*[aeiouy].*"))
                    || i > 0 && w.matches("[ivx]+")) {
                b.append(w.toUpperCase(Locale.ROOT));
            } else {
                b.append(capitalize(w));
            }
        }
        return b.toString();
    }

    private static String capitalize(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean start = true;
        for (char c : w.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '(' || c == '/';
        }
        return b.toString();
    }
}
