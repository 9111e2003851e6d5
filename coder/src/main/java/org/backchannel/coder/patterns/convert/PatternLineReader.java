package org.backchannel.coder.patterns.convert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads one pattern line of the CAMEO dictionary, {@code [PRE] * [PARTICLE] [OBJECT] [(PREP [NOUN])] [CODE]},
 * into the project's grammar: the particle, the object's lemmas, the preposition and its object's
 * lemmas; synonym sets expand to their members and nouns become CoreNLP lemmas. What the grammar
 * cannot state is tallied with its reason.
 */
final class PatternLineReader {
    /** Words that, right after the verb, are its particle ("SET OFF", "PUT DOWN"). */
    static final Set<String> PARTICLES = Set.of("UP", "DOWN", "OUT", "OFF", "BACK", "AWAY", "ASIDE", "FORWARD", "OVER");
    /** Particles that are never prepositions: "(ASIDE RIFT)" is the particle and an object. */
    static final Set<String> ONLY_PARTICLES = Set.of("UP", "OUT", "OFF", "BACK", "AWAY", "ASIDE", "FORWARD");

    static final Set<String> PREPOSITIONS = Set.of(
            "TO",
            "ON",
            "WITH",
            "FROM",
            "AGAINST",
            "FOR",
            "IN",
            "INTO",
            "AT",
            "OF",
            "BY",
            "ABOUT",
            "TOWARD",
            "TOWARDS",
            "BETWEEN",
            "UNDER",
            "AFTER",
            "BEFORE",
            "DURING",
            "ALONG",
            "BEHIND",
            "NEAR",
            "THROUGH",
            "ACROSS",
            "AMONG",
            "AROUND",
            "UPON",
            "WITHIN",
            "WITHOUT",
            "AS",
            "ONTO",
            "BEYOND",
            "OUTSIDE",
            "INSIDE",
            "UNTIL",
            "SINCE",
            "DESPITE",
            "VIA",
            "AMID",
            "ALONGSIDE",
            "OVER",
            "UNDERWAY",
            "DOWN");
    static final Set<String> NEGATIONS = Set.of("NOT", "NO", "NEVER", "N'T");

    // reasons a pattern line is rejected
    static final String NO_VERB = "no single verb marker *";
    static final String SUBJECT_WORDS = "words before the verb (subject-side context the grammar cannot express)";
    static final String TARGET_BEFORE = "target marker + before the verb";
    static final String SOURCE_AFTER = "source marker $ after the verb";
    static final String SKIP = "skip marker ^ (a noun phrase that is neither side)";
    static final String COMPOUND = "compound-actor marker %";
    static final String NEGATION = "negation word (NOT, NO, NEVER)";
    static final String SEVERAL_OBJECTS = "several object words in a row (TABARI word sequence)";
    static final String SEVERAL_PREPS = "several prepositional phrases";
    static final String LONG_PREP = "prepositional phrase of more than two nouns";
    static final String LONG_NP = "noun phrase of more than two words";
    static final String UNDEFINED_SYNSET = "undefined synonym set";
    static final String NON_NOUN_SYNSET = "synonym set of non-nouns (label ends in _)";
    static final String ODD_WORD = "word with hyphen, digit or apostrophe (CoreNLP splits or keeps it otherwise)";
    static final String BRACKETS = "unbalanced brackets";
    static final String NOT_A_PREP = "parenthesis that does not start with a preposition";
    static final String BY_AGENT = "by-phrase: the passive agent is the source, prep= would make it the target";
    static final String NO_PHRASE = "no synonym-set phrase of one or two words";

    private final Map<String, CameoDictionary.Synset> synsets;
    private final CameoConverter.NounLemmas lemmas;
    private final BiFunction<String, String, String> activeCode;
    private final Tally rejected;
    private final Tally notes;

    /**
     * @param activeCode the code a pattern's [code] yields (example text for the report), or null when
     *                   it is rejected (the function tallies why)
     */
    PatternLineReader(
            Map<String, CameoDictionary.Synset> synsets,
            CameoConverter.NounLemmas lemmas,
            BiFunction<String, String, String> activeCode,
            Tally rejected,
            Tally notes) {
        this.synsets = synsets;
        this.lemmas = lemmas;
        this.activeCode = activeCode;
        this.rejected = rejected;
        this.notes = notes;
    }

    /** A pattern line read into the grammar: particle, object lemmas, preposition and its object lemmas. */
    record Shape(
            String particle,
            Set<String> objects,
            String prep,
            Set<String> prepObjects,
            String code,
            String origin,
            int line) {}

    /** Reads a pattern line into a shape, or null (rejected, with its reason tallied). */
    Shape read(CameoDictionary.PatternLine pl) {
        String example = "line " + pl.line() + ": - " + pl.text() + " [" + pl.code() + "]";
        String code = activeCode.apply(pl.code(), example);
        if (code == null) {
            return null;
        }
        List<String> tokens = tokens(pl.text());
        if (tokens == null) {
            return reject(BRACKETS, example);
        }
        int star = tokens.indexOf("*");
        if (star < 0 || tokens.lastIndexOf("*") != star) {
            return reject(NO_VERB, example);
        }
        List<String> pre = new ArrayList<>(tokens.subList(0, star));
        pre.remove("$");
        if (pre.contains("+")) {
            return reject(TARGET_BEFORE, example);
        }
        if (!pre.isEmpty()) {
            return reject(SUBJECT_WORDS, example);
        }
        List<Element> post = elements(tokens.subList(star + 1, tokens.size()));
        if (post == null) {
            return reject(BRACKETS, example);
        }
        String particle = null;
        List<Element> objects = new ArrayList<>();
        List<Element> preps = new ArrayList<>();
        for (int i = 0; i < post.size(); i++) {
            Element e = post.get(i);
            String marker = e.marker();
            if (marker != null) {
                String reason =
                        switch (marker) {
                            case "$" -> SOURCE_AFTER;
                            case "^" -> SKIP;
                            case "%" -> COMPOUND;
                            default -> null; // '+' after the verb: the object is the target, as in the grammar
                        };
                if (reason != null) {
                    return reject(reason, example);
                }
                continue;
            }
            if (e.prep() == null
                    && e.words().size() == 1
                    && NEGATIONS.contains(e.words().get(0))) {
                return reject(NEGATION, example);
            }
            if (e.prep() != null) {
                if (ONLY_PARTICLES.contains(e.prep()) && i == 0 && e.words().size() <= 1) {
                    particle = e.prep(); // "(ASIDE RIFT)": set aside the rift
                    if (!e.words().isEmpty()) {
                        objects.add(new Element(null, e.words()));
                    }
                    continue;
                }
                if (!PREPOSITIONS.contains(e.prep())) {
                    return reject(NOT_A_PREP, example);
                }
                preps.add(e);
            } else if (i == 0
                    && e.words().size() == 1
                    && PARTICLES.contains(e.words().get(0))) {
                particle = e.words().get(0);
            } else if (e.words().size() == 1 && PREPOSITIONS.contains(e.words().get(0))) {
                // TABARI-style "ON &SOLUTION": an unbracketed preposition takes the next noun
                List<String> inner = new ArrayList<>();
                if (i + 1 < post.size()
                        && post.get(i + 1).prep() == null
                        && post.get(i + 1).marker() == null) {
                    inner.addAll(post.get(++i).words());
                } else if (i + 1 < post.size() && "+".equals(post.get(i + 1).marker())) {
                    i++;
                }
                notes.add("unbracketed preposition read as a prepositional phrase", example);
                preps.add(new Element(e.words().get(0), inner));
            } else {
                objects.add(e);
            }
        }
        if (objects.size() > 1) {
            return reject(SEVERAL_OBJECTS, example);
        }
        if (preps.size() > 1) {
            return reject(SEVERAL_PREPS, example);
        }
        Set<String> objectLemmas = Set.of();
        if (!objects.isEmpty()) {
            Object r = nouns(objects.get(0).words(), example);
            if (r instanceof String reason) {
                return reject(reason, example);
            }
            objectLemmas = cast(r);
        }
        String prep = null;
        Set<String> prepLemmas = Set.of();
        if (!preps.isEmpty()) {
            Element p = preps.get(0);
            prep = p.prep().toLowerCase(Locale.ROOT);
            if (prep.equals("by")) {
                return reject(BY_AGENT, example);
            }
            List<String> inner = new ArrayList<>(p.words());
            for (String m : List.of("$", "^", "%")) {
                if (inner.contains(m)) {
                    return reject(m.equals("$") ? SOURCE_AFTER : m.equals("^") ? SKIP : COMPOUND, example);
                }
            }
            inner.remove("+");
            if (inner.stream().anyMatch(NEGATIONS::contains)) {
                return reject(NEGATION, example);
            }
            if (!inner.isEmpty()) {
                List<String> np = inner.size() == 1 && inner.get(0).startsWith("{") ? braced(inner.get(0)) : inner;
                if (np.size() > 2) {
                    return reject(LONG_PREP, example);
                }
                Object r = nouns(np, example);
                if (r instanceof String reason) {
                    return reject(reason, example);
                }
                prepLemmas = cast(r);
            }
        }
        return new Shape(particle, objectLemmas, prep, prepLemmas, code, originVerb(pl.comment()), pl.line());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> cast(Object o) {
        return (Set<String>) o;
    }

    private Shape reject(String reason, String example) {
        rejected.add(reason, example);
        return null;
    }

    /** The verb named first in a pattern's comment ("RUSH" in "# RUSH"), or "". */
    static String originVerb(String comment) {
        String first = comment.strip().split("\\s+")[0].replace("+", "");
        return first.matches("[A-Z_]+") ? first : "";
    }

    /**
     * The lemmas a noun or noun phrase (one or two words, each possibly a synonym set) stands for,
     * "mod_head" for two words; or the reason it cannot be converted (a String).
     */
    private Object nouns(List<String> words, String example) {
        if (words.size() == 1 && words.get(0).startsWith("{")) {
            words = braced(words.get(0));
        } else if (words.stream().anyMatch(w -> w.startsWith("{"))) {
            return LONG_NP;
        }
        if (words.size() > 2) {
            return LONG_NP;
        }
        List<List<String>> slots = new ArrayList<>();
        for (String w : words) {
            if (w.startsWith("&")) {
                CameoDictionary.Synset s = synsets.get(w);
                if (s == null) {
                    return UNDEFINED_SYNSET;
                }
                if (!s.nouns()) {
                    return NON_NOUN_SYNSET;
                }
                slots.add(s.phrases());
            } else {
                slots.add(List.of(w));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        if (slots.size() == 1) {
            for (String phrase : slots.get(0)) {
                String[] pw = phrase.split(" ");
                if (pw.length > 2) {
                    notes.add("synonym-set phrase of more than two words left out", phrase);
                } else if (!plain(pw)) {
                    if (slots.get(0).size() == 1) {
                        return ODD_WORD;
                    }
                    notes.add("synonym-set phrase with hyphen, digit or apostrophe left out", phrase);
                } else if (pw.length == 1) {
                    out.addAll(lemmas.of(pw[0]));
                } else {
                    out.addAll(joined(pw[0], pw[1]));
                }
            }
        } else {
            for (String mod : slots.get(0)) {
                for (String head : slots.get(1)) {
                    if (mod.contains(" ") || head.contains(" ")) {
                        notes.add(
                                "synonym-set phrase in a noun phrase of more than two words left out",
                                mod + " " + head);
                    } else if (!plain(new String[] {mod, head})) {
                        if (slots.get(0).size() == 1 && slots.get(1).size() == 1) {
                            return ODD_WORD;
                        }
                        notes.add("synonym-set phrase with hyphen, digit or apostrophe left out", mod + " " + head);
                    } else {
                        out.addAll(joined(mod, head));
                    }
                }
            }
        }
        return out.isEmpty() ? NO_PHRASE : out;
    }

    /** "ARMS SHIPMENT" as arm_shipment and arms_shipment: the modifier as CoreNLP may lemmatize it, the head's lemma. */
    private Set<String> joined(String mod, String head) {
        Set<String> mods = new LinkedHashSet<>(lemmas.of(mod));
        mods.add(lower(mod));
        Set<String> out = new LinkedHashSet<>();
        for (String m : mods) {
            for (String h : lemmas.of(head)) {
                out.add(m + "_" + h);
            }
        }
        return out;
    }

    private static boolean plain(String[] words) {
        for (String w : words) {
            if (!w.matches("[A-Z]+")) {
                return false;
            }
        }
        return true;
    }

    private static List<String> braced(String token) {
        return List.of(token.substring(1, token.length() - 1).strip().split("\\s+"));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A post-verb element: a word, a braced noun phrase "{A B}", a marker, or a parenthesis with its preposition. */
    record Element(String prep, List<String> words) {
        String marker() {
            return prep == null
                            && words.size() == 1
                            && Set.of("+", "$", "^", "%").contains(words.get(0))
                    ? words.get(0)
                    : null;
        }
    }

    /** Splits a pattern into words, "*", and brace groups "{A B}" kept whole; parentheses as "(" and ")"; null if unbalanced. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int braces = 0;
        int parens = 0;
        for (char c : text.toCharArray()) {
            if (braces > 0) {
                cur.append(c == '_' ? ' ' : c);
                if (c == '}') {
                    braces--;
                    out.add(cur.toString()
                            .replaceAll("\\s+", " ")
                            .replace("{ ", "{")
                            .replace(" }", "}"));
                    cur.setLength(0);
                }
                continue;
            }
            if (c == '{' || c == '(' || c == ')' || Character.isWhitespace(c)) {
                if (cur.length() > 0) {
                    out.add(word(cur.toString()));
                    cur.setLength(0);
                }
                if (c == '{') {
                    braces++;
                    cur.append(c);
                } else if (c == '(') {
                    parens++;
                    out.add("(");
                } else if (c == ')') {
                    parens--;
                    if (parens < 0) {
                        return null;
                    }
                    out.add(")");
                }
                continue;
            }
            if (c == '}') {
                return null;
            }
            cur.append(c);
        }
        if (cur.length() > 0) {
            out.add(word(cur.toString()));
        }
        return braces == 0 && parens == 0 ? out : null;
    }

    /** "DEBT_RELIEF" is the noun phrase {DEBT RELIEF}; a word with '*' stays as it is (and is rejected). */
    private static String word(String w) {
        return w.contains("_") && !w.contains("*") && !w.startsWith("&")
                ? "{" + w.replace('_', ' ').strip() + "}"
                : w;
    }

    /** Groups post-verb tokens into elements; null when a parenthesis nests or is empty. */
    static List<Element> elements(List<String> tokens) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("(")) {
                int close = tokens.subList(i, tokens.size()).indexOf(")") + i;
                List<String> inner = tokens.subList(i + 1, close);
                if (inner.isEmpty() || inner.contains("(")) {
                    return null;
                }
                out.add(new Element(inner.get(0), List.copyOf(inner.subList(1, inner.size()))));
                i = close;
            } else {
                out.add(new Element(null, List.of(t)));
            }
        }
        return out;
    }
}
