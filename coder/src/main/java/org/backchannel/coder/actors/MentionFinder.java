package org.backchannel.coder.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * Finds the actors a document mentions and resolves each mention: names and aliases from the
 * knowledge base, country names, capitals and metonyms, groups ("US oil companies", "the Venezuelan
 * government"), titles ("the Vice President"), later surname mentions, and pronoun and kinship
 * references ("her brother") to a person mentioned shortly before.
 */
public final class MentionFinder {
    private static final Set<String> PRONOUNS_M = Set.of("he", "him", "his", "himself");
    private static final Set<String> PRONOUNS_F = Set.of("she", "her", "hers", "herself");
    private static final Set<String> NEUTER_PRONOUNS = Set.of("it", "its", "itself", "they", "them", "their", "themselves");
    private static final Map<String, String[]> KIN = Map.of(
            "brother", new String[] {"sibling", "m"}, "sister", new String[] {"sibling", "f"},
            "husband", new String[] {"spouse", "m"}, "wife", new String[] {"spouse", "f"},
            "son", new String[] {"child", "m"}, "daughter", new String[] {"child", "f"},
            "father", new String[] {"parent", "m"}, "mother", new String[] {"parent", "f"});
    private static final Set<String> COLLECTIVE_KIN = Set.of("sibling", "brother", "sister", "family", "couple");
    private static final Set<String> GOVERNMENT_NOUNS = Set.of("administration", "government", "regime", "cabinet", "camp", "team");
    private static final Set<String> CONTEXT_AGENTS = Set.of("GOV", "OPP", "MIL", "LEG", "JUD", "COP", "REB", "SPY");
    /** Sectors whose plural bare nouns ("protesters", "commanders") belong to the country in context. */
    private static final Set<String> PEOPLE_AGENTS = Set.of("OPP", "REB", "MIL", "COP", "CVL", "REF", "LAB", "EDU");
    private static final int PRONOUN_WINDOW = 2;

    private final KnowledgeBase kb;

    public MentionFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Mentions per sentence of one document, with the actors they resolve to added to {@code actors}. */
    public List<List<Mention>> find(ParsedDocument doc, LocalDate day, DocumentActors actors) {
        List<List<Mention>> out = new ArrayList<>();
        Map<String, Integer> countryCounts = new HashMap<>();
        List<Mention> people = new ArrayList<>();
        // Pass 1: names the knowledge base knows.
        for (ParsedSentence s : doc.sentences()) {
            List<Mention> found = names(s, doc, people, day, actors);
            for (Mention m : found) {
                Actor a = actors.get(m.actorId());
                if (a != null && a.country() != null) {
                    countryCounts.merge(a.country(), 1, Integer::sum);
                }
                if (a != null && a.type() == ActorType.PERSON) {
                    people.add(m);
                }
            }
            out.add(found);
        }
        // Pass 2: groups, titles, pronouns and kin, which need the names around them.
        List<Mention> antecedents = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            List<Mention> found = out.get(s.index());
            List<Mention> extra = new ArrayList<>();
            List<Mention> refs = references(s, found, antecedents, actors);
            found.addAll(refs);
            extra.addAll(groupsAndTitles(s, found, countryCounts, day, actors));
            found.addAll(extra);
            found.removeIf(m -> absorbed(m, found));
            found.sort(Comparator.comparingInt(Mention::start));
            antecedents.addAll(found);
        }
        return out;
    }

    // ---- pass 1 -------------------------------------------------------------------------------

    private List<Mention> names(ParsedSentence s, ParsedDocument doc, List<Mention> earlierPeople, LocalDate day, DocumentActors actors) {
        List<Mention> found = new ArrayList<>();
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            int matchEnd = -1;
            NameIndex.Entry match = null;
            if (startsName(t.get(i))) {
                for (int j = Math.min(t.size(), i + NameIndex.MAX_TOKENS); j > i; j--) {
                    List<NameIndex.Entry> entries = kb.names().lookup(key(t, i, j));
                    NameIndex.Entry e = pick(entries, t, i, j);
                    if (e != null) {
                        match = e;
                        matchEnd = j;
                        break;
                    }
                }
            }
            if (match != null) {
                String text = s.span(i, matchEnd);
                if (match.kind() == NameIndex.Kind.DEMONYM) {
                    // a demonym names its state ("the Venezuelans", "a Russian air strike"); where it
                    // modifies a group noun ("Venezuelan officials") pass 2 takes it into the group
                    actors.named(match.actorId(), text);
                    found.add(new Mention(s.index(), i, matchEnd, head(s, i, matchEnd), match.actorId(), text, Mention.How.STATE, null));
                } else {
                    actors.named(match.actorId(), text);
                    Mention.How how = match.kind() == NameIndex.Kind.METONYM || match.kind() == NameIndex.Kind.CAPITAL ? Mention.How.METONYM
                            : kb.get(match.actorId()).map(a -> a.type() == ActorType.STATE).orElse(false) ? Mention.How.STATE : Mention.How.NAME;
                    found.add(new Mention(s.index(), i, matchEnd, head(s, i, matchEnd), match.actorId(), text, how, null));
                }
                i = matchEnd;
                continue;
            }
            if (t.get(i).ner().equals("PERSON")) {
                int j = i;
                while (j < t.size() && t.get(j).ner().equals("PERSON")) {
                    j++;
                }
                Mention m = person(s, i, j, earlierPeople, found, day, actors);
                if (m != null) {
                    found.add(m);
                }
                i = j;
                continue;
            }
            i++;
        }
        return found;
    }

    private static boolean startsName(Token t) {
        char c = t.word().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private static String key(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(t.get(k).word());
        }
        return NameIndex.key(b.toString().replaceAll("['\u2019]s$", ""));
    }

    /** The entry a token span names, or null; short all-caps forms ("US") must be written in capitals. */
    private NameIndex.Entry pick(List<NameIndex.Entry> entries, List<Token> t, int from, int to) {
        for (NameIndex.Entry e : entries) {
            String surface = e.surface().replace(".", "");
            if (surface.length() <= 3 && surface.equals(surface.toUpperCase(Locale.ROOT))) {
                String written = t.get(from).word().replace(".", "");
                if (!written.equals(written.toUpperCase(Locale.ROOT))) {
                    continue;
                }
            }
            if (to - from == 1 && t.get(from).pos().startsWith("PRP")) {
                continue;
            }
            return e;
        }
        return null;
    }

    /** A PERSON span the index does not know: a later surname, a unique surname, or a new person. */
    private Mention person(ParsedSentence s, int from, int to, List<Mention> earlier, List<Mention> sameSentence,
                           LocalDate day, DocumentActors actors) {
        String text = s.span(from, to);
        String surname = Names.normalize(s.token(to - 1).word()).replaceAll("'s$", "");
        boolean headline = isHeadline(s);
        if (to - from == 1 || (to - from == 2 && Character.isUpperCase(s.token(from).word().charAt(0)) && isTitleWord(s.token(from).lemma()))) {
            // A bare surname: the first person of that surname in the document, else a unique one in the KB.
            List<Mention> all = new ArrayList<>(earlier);
            all.addAll(sameSentence);
            for (Mention m : all) {
                Actor a = actors.get(m.actorId());
                if (a != null && a.type() == ActorType.PERSON && Names.normalize(a.name()).endsWith(" " + surname)) {
                    actors.named(a.id(), text);
                    return new Mention(s.index(), from, to, head(s, from, to), a.id(), text, Mention.How.SURNAME, null);
                }
            }
            String id = headline ? null : knownBySurname(surname);
            if (id != null) {
                actors.named(id, text);
                return new Mention(s.index(), from, to, head(s, from, to), id, text, Mention.How.SURNAME, null);
            }
        }
        if (headline) {
            return null; // title case makes every word look like a name
        }
        // An unknown person: take country and sector from the words before the name.
        String country = null;
        String agent = null;
        for (int k = Math.max(0, from - 4); k < from; k++) {
            Token tk = s.token(k);
            for (NameIndex.Entry e : kb.names().lookup(NameIndex.key(tk.word()))) {
                Actor a = kb.get(e.actorId()).orElse(null);
                if (a != null && a.type() == ActorType.STATE) {
                    country = a.country();
                }
            }
            String g = kb.groupAgent(tk.lemma());
            if (g != null) {
                agent = g;
            }
        }
        if (to - from == 1 && country == null && agent == null) {
            return null; // a lone unknown name carries too little to be an actor
        }
        String id = actors.unknownPerson(text, country, agent);
        return new Mention(s.index(), from, to, head(s, from, to), id, text, Mention.How.UNKNOWN_PERSON, null);
    }

    /**
     * The person a bare surname names when the document has not introduced anyone of that name: the
     * only person of that surname, or else the only one who led a state or government.
     */
    private String knownBySurname(String surname) {
        List<String> ids = kb.names().bySurname(surname);
        if (ids.size() == 1) {
            return ids.get(0);
        }
        List<String> leaders = ids.stream().filter(id -> kb.get(id).map(MentionFinder::ledAState).orElse(false)).toList();
        return leaders.size() == 1 ? leaders.get(0) : null;
    }

    private static boolean ledAState(Actor a) {
        return a.roles().stream().anyMatch(r -> {
            String t = Names.normalize(r.title());
            boolean top = t.startsWith("president") || t.startsWith("prime minister") || t.equals("chancellor") || t.startsWith("emir")
                    || t.startsWith("king") || t.startsWith("supreme leader");
            return top && !t.matches(".*(assembly|senate|congress|parliament|court|council|commission|bank|party|chamber|house|league|committee|federation|tribunal).*");
        });
    }

    /** A headline-style sentence: most words capitalized, so capitals say nothing about names. */
    static boolean isHeadline(ParsedSentence s) {
        int words = 0;
        int caps = 0;
        for (Token t : s.tokens()) {
            if (Character.isLetter(t.word().charAt(0)) && t.word().length() > 3) {
                words++;
                if (Character.isUpperCase(t.word().charAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    private boolean isTitleWord(String lemma) {
        return kb.groupAgent(lemma) != null;
    }

    // ---- pass 2 -------------------------------------------------------------------------------

    /** Group nouns with their country ("US officials"), and titles that name an office-holder. */
    private List<Mention> groupsAndTitles(ParsedSentence s, List<Mention> found, Map<String, Integer> countryCounts,
                                          LocalDate day, DocumentActors actors) {
        List<Mention> out = new ArrayList<>();
        for (Token tk : s.tokens()) {
            if (!tk.isNoun() || covered(found, tk.index()) || covered(out, tk.index())) {
                continue;
            }
            if (isModifierOfMention(s, tk.index(), found)) {
                continue; // "Vice President" in "Vice President Delcy Rodríguez"
            }
            int from = tk.index();
            String phrase = Names.normalize(tk.lemma());
            String agent = null;
            // the longest compound phrase that is a group noun: "oil company", "opposition figure"
            for (Dependency d : s.children(tk.index())) {
                if (d.relation().equals("compound") && d.dependent() == tk.index() - 1) {
                    String two = Names.normalize(s.token(d.dependent()).lemma()) + " " + phrase;
                    if (kb.groupAgent(two) != null) {
                        agent = kb.groupAgent(two);
                        from = d.dependent();
                        phrase = two;
                    }
                }
            }
            if (agent == null) {
                agent = kb.groupAgent(phrase);
            }
            if (agent == null) {
                continue;
            }
            String country = null;
            String leader = null;
            int spanStart = from;
            for (Dependency d : s.children(tk.index())) {
                String rel = d.relation();
                boolean modifier = rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss")
                        || rel.equals("nmod:of") || rel.equals("nmod:from") || rel.equals("nmod:in");
                if (!modifier) {
                    continue;
                }
                Mention m = at(found, d.dependent());
                if (m != null) {
                    Actor a = actors.get(m.actorId());
                    if (a == null) {
                        continue;
                    }
                    if (a.type() == ActorType.PERSON && GOVERNMENT_NOUNS.contains(phrase)) {
                        country = a.country();
                        leader = a.id();
                    } else if (a.type() == ActorType.PERSON && rel.equals("nmod:poss") && a.country() != null) {
                        country = a.country(); // "Maduro's VP", "Putin's forces", "his troops"
                    } else if ((a.type() == ActorType.GROUP || a.type() == ActorType.ORGANIZATION) && a.country() != null
                            && rel.equals("nmod:poss")) {
                        country = a.country(); // "its envoys" after "the Venezuelan government"
                    } else if (a.type() == ActorType.STATE) {
                        boolean weak = rel.startsWith("nmod:");
                        if (country == null || !weak) {
                            country = a.country(); // "the US commander in Iraq" is American
                        }
                    } else {
                        continue;
                    }
                    if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss")) {
                        spanStart = Math.min(spanStart, m.start());
                    }
                } else if (rel.equals("compound") && GOVERNMENT_NOUNS.contains(phrase) && s.token(d.dependent()).isProperNoun()
                        && knownBySurname(Names.normalize(s.token(d.dependent()).word())) != null) {
                    // "the Trump administration", "the Maduro regime": a leader's government
                    Actor a = kb.get(knownBySurname(Names.normalize(s.token(d.dependent()).word()))).orElseThrow();
                    country = a.country();
                    leader = a.id();
                    spanStart = Math.min(spanStart, d.dependent());
                } else {
                    String demonymCountry = demonym(s.token(d.dependent()));
                    if (demonymCountry != null) {
                        country = demonymCountry;
                        spanStart = Math.min(spanStart, d.dependent());
                    }
                }
            }
            boolean titled = isOfficeTitle(phrase);
            if (titled) {
                Mention holder = titleHolder(s, tk, phrase, country, countryCounts, day, actors, spanStart);
                if (holder != null) {
                    out.add(holder);
                    continue;
                }
                if (country == null || !tk.pos().endsWith("S")) {
                    continue; // "the president" we cannot place is no group
                }
            }
            if (country == null) {
                boolean definite = hasDefiniteDeterminer(s, tk.index()) && CONTEXT_AGENTS.contains(agent);
                boolean pluralPeople = tk.pos().endsWith("S") && PEOPLE_AGENTS.contains(agent);
                if (!(definite || pluralPeople)) {
                    continue;
                }
                country = contextCountry(s, tk.index(), found, countryCounts, actors);
                if (country == null) {
                    continue;
                }
            }
            int end = tk.index() + 1;
            String text = s.span(spanStart, end);
            String id = actors.group(country, agent, text);
            out.add(new Mention(s.index(), spanStart, end, tk.index(), id, text, Mention.How.GROUP, leader));
        }
        return out;
    }

    private boolean isOfficeTitle(String phrase) {
        return Set.of("president", "vice president", "vp", "prime minister", "premier", "minister", "foreign minister",
                "chancellor", "secretary", "king", "emir", "crown prince", "leader", "speaker").contains(phrase);
    }

    /** "the Vice President", "Venezuela's oil minister": the holder of that office on the day, if one. */
    private Mention titleHolder(ParsedSentence s, Token tk, String phrase, String country, Map<String, Integer> countryCounts,
                                LocalDate day, DocumentActors actors, int spanStart) {
        if (tk.pos().endsWith("S")) {
            return null;
        }
        for (Dependency d : s.parents(tk.index())) {
            String r = d.relation();
            if (r.equals("nmod:as") || r.equals("obl:as") || r.equals("appos") || r.equals("xcomp") || r.startsWith("nsubj")
                    && s.children(d.governor()).stream().anyMatch(c -> c.relation().equals("cop"))) {
                return null; // "her position as Minister of Oil" says what someone is, not who
            }
        }
        List<String> words = new ArrayList<>(List.of(phrase.equals("vp") ? new String[] {"vice", "president"} : phrase.split(" ")));
        for (Dependency d : s.children(tk.index())) {
            if ((d.relation().equals("compound") || d.relation().equals("amod")) && d.dependent() < tk.index()) {
                String w = Names.normalize(s.token(d.dependent()).lemma());
                if (demonym(s.token(d.dependent())) == null && kb.names().lookup(w).isEmpty() && w.matches("[a-z]+")) {
                    words.add(0, w.equals("vp") ? "vice" : w);
                }
            }
            if (d.relation().startsWith("nmod:of") && d.dependent() > tk.index()) {
                String w = Names.normalize(s.token(d.dependent()).lemma());
                if (w.matches("[a-z]+") && kb.names().lookup(w).isEmpty()) {
                    words.add(w);
                }
            }
        }
        if (country == null) {
            country = topCountry(countryCounts);
        }
        if (country == null) {
            return null;
        }
        List<Actor> holders = kb.holders(country, words, day);
        if (holders.size() != 1) {
            return null;
        }
        Actor a = holders.get(0);
        String text = s.span(spanStart, tk.index() + 1);
        actors.named(a.id(), text);
        return new Mention(s.index(), spanStart, tk.index() + 1, tk.index(), a.id(), text, Mention.How.TITLE, null);
    }

    private String demonym(Token t) {
        for (NameIndex.Entry e : kb.names().lookup(NameIndex.key(t.word()))) {
            if (e.kind() == NameIndex.Kind.DEMONYM || e.kind() == NameIndex.Kind.NAME || e.kind() == NameIndex.Kind.ALIAS) {
                Actor a = kb.get(e.actorId()).orElse(null);
                if (a != null && a.type() == ActorType.STATE && startsName(t)) {
                    return a.country();
                }
            }
        }
        return null;
    }

    /**
     * The country a bare group ("opposition figures", "the government") belongs to: the best-known
     * country of the sentence, other than that of whoever acts on the group ("the US approach …
     * support for opposition figures" names Venezuela's opposition, not America's).
     */
    private String contextCountry(ParsedSentence s, int token, List<Mention> found, Map<String, Integer> counts, DocumentActors actors) {
        java.util.Set<String> actingCountries = new java.util.HashSet<>();
        for (int subject : subjectsAbove(s, token)) {
            for (Mention m : found) {
                boolean owner = s.parents(m.head()).stream().anyMatch(d -> d.governor() == subject
                        && (d.relation().equals("compound") || d.relation().equals("amod") || d.relation().equals("nmod:poss")));
                if (m.head() == subject || owner) {
                    Actor a = actors.get(m.actorId());
                    if (a != null && a.country() != null) {
                        actingCountries.add(a.country());
                    }
                }
            }
        }
        String best = null;
        int bestCount = -1;
        for (Mention m : found) {
            Actor a = actors.get(m.actorId());
            if (a != null && a.country() != null && !actingCountries.contains(a.country()) && counts.getOrDefault(a.country(), 0) > bestCount) {
                best = a.country();
                bestCount = counts.getOrDefault(a.country(), 0);
            }
        }
        if (best == null && actingCountries.size() == 1) {
            return actingCountries.iterator().next(); // "police fired at protesters": the same country
        }
        return best != null ? best : topCountry(counts);
    }

    private static String topCountry(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Pronouns and kin nouns that refer back to a person ("his", "her brother"). */
    private List<Mention> references(ParsedSentence s, List<Mention> found, List<Mention> antecedents, DocumentActors actors) {
        List<Mention> out = new ArrayList<>();
        for (Token tk : s.tokens()) {
            String w = tk.word().toLowerCase(Locale.ROOT);
            boolean male = PRONOUNS_M.contains(w);
            boolean female = PRONOUNS_F.contains(w);
            boolean neuter = NEUTER_PRONOUNS.contains(w);
            if (neuter && tk.pos().startsWith("PRP")) {
                Mention ante = collectiveAntecedent(s, tk.index(), found, antecedents, actors);
                if (ante != null) {
                    actors.named(ante.actorId(), actors.get(ante.actorId()).name());
                    out.add(new Mention(s.index(), tk.index(), tk.index() + 1, tk.index(), ante.actorId(), tk.word(), Mention.How.PRONOUN, null));
                }
                continue;
            }
            if ((male || female) && tk.pos().startsWith("PRP")) {
                Mention ante = antecedent(s, tk.index(), found, antecedents, male ? "m" : "f", actors);
                if (ante == null) {
                    continue;
                }
                Mention kin = kin(s, tk, ante, found, actors);
                if (kin != null) {
                    out.add(kin);
                    continue;
                }
                actors.named(ante.actorId(), tk.word());
                out.add(new Mention(s.index(), tk.index(), tk.index() + 1, tk.index(), ante.actorId(), tk.word(), Mention.How.PRONOUN, null));
            }
        }
        // "the Rodríguez siblings": the first person of that surname stands for the pair
        for (Token tk : s.tokens()) {
            if (!COLLECTIVE_KIN.contains(tk.lemma().toLowerCase(Locale.ROOT)) || covered(found, tk.index())) {
                continue;
            }
            for (Dependency d : s.children(tk.index())) {
                Mention m = d.relation().equals("compound") ? at(found, d.dependent()) : null;
                if (m != null && (m.how() == Mention.How.SURNAME || m.how() == Mention.How.NAME)) {
                    out.add(new Mention(s.index(), m.start(), tk.index() + 1, tk.index(), m.actorId(), s.span(m.start(), tk.index() + 1), Mention.How.KIN, null));
                }
            }
        }
        return out;
    }

    /** "her brother": the relative of {@code owner}'s antecedent named by the noun the pronoun modifies. */
    private Mention kin(ParsedSentence s, Token pronoun, Mention owner, List<Mention> found, DocumentActors actors) {
        for (Dependency d : s.parents(pronoun.index())) {
            if (!d.relation().equals("nmod:poss")) {
                continue;
            }
            Token noun = s.token(d.governor());
            String[] kin = KIN.get(noun.lemma().toLowerCase(Locale.ROOT));
            if (kin == null) {
                return null;
            }
            if (covered(found, noun.index() + 1) && noun.index() + 1 < s.tokens().size()) {
                return null; // "her brother Jorge Rodríguez": the name itself is the mention
            }
            for (KnowledgeBase.Relation r : kb.relations(owner.actorId())) {
                Actor other = kb.get(r.otherId()).orElse(null);
                if (r.relation().equals(kin[0]) && other != null && kin[1].equals(other.gender())) {
                    String text = s.span(pronoun.index(), noun.index() + 1);
                    actors.named(other.id(), text);
                    return new Mention(s.index(), pronoun.index(), noun.index() + 1, noun.index(), other.id(), text, Mention.How.KIN, null);
                }
            }
            return null;
        }
        return null;
    }

    private Mention antecedent(ParsedSentence s, int token, List<Mention> found, List<Mention> earlier, String gender, DocumentActors actors) {
        Mention best = null;
        for (Mention m : found) {
            if (m.end() <= token && fits(m, gender, actors)) {
                best = m;
            }
        }
        if (best != null) {
            return best;
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Mention m = earlier.get(k);
            if (s.index() - m.sentence() > PRONOUN_WINDOW) {
                break;
            }
            if (fits(m, gender, actors)) {
                return m;
            }
        }
        return null;
    }

    private static boolean fits(Mention m, String gender, DocumentActors actors) {
        Actor a = actors.get(m.actorId());
        return a != null && a.type() == ActorType.PERSON && (a.gender() == null || a.gender().equals(gender));
    }

    /**
     * "it", "its", "they", "their": the most recent state, government or group before the pronoun in
     * its sentence, else the subject-most one of the previous sentence. Places named after "in" are
     * not candidates.
     */
    private static Mention collectiveAntecedent(ParsedSentence s, int token, List<Mention> found, List<Mention> earlier, DocumentActors actors) {
        Mention best = null;
        for (Mention m : found) {
            if (m.end() <= token && collective(m, actors) && !isPlace(s, m)) {
                if (best == null || !isSubjectLike(s, best) || isSubjectLike(s, m)) {
                    best = m; // the most recent, unless an earlier one is the subject or its owner
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (Mention m : earlier) {
            if (m.sentence() == s.index() - 1 && collective(m, actors)) {
                return m; // the first in the previous sentence: usually its subject
            }
        }
        return null;
    }

    private static boolean collective(Mention m, DocumentActors actors) {
        Actor a = actors.get(m.actorId());
        return a != null && a.type() != ActorType.PERSON && m.how() != Mention.How.PRONOUN;
    }

    /** A subject, or the owner of one ("Qatar's ties … provided"). */
    private static boolean isSubjectLike(ParsedSentence s, Mention m) {
        for (Dependency d : s.parents(m.head())) {
            if (d.relation().startsWith("nsubj")) {
                return true;
            }
            if (d.relation().equals("nmod:poss") || d.relation().equals("compound")) {
                return s.parents(d.governor()).stream().anyMatch(x -> x.relation().startsWith("nsubj"));
            }
        }
        return false;
    }

    /** A mention in a prepositional phrase ("outside Stockholm", "in Doha"): a place, not a party to refer back to. */
    private static boolean isPlace(ParsedSentence s, Mention m) {
        return s.parents(m.head()).stream().anyMatch(d -> (d.relation().startsWith("obl:") || d.relation().startsWith("nmod:"))
                && !d.relation().equals("nmod:poss") && !d.relation().equals("nmod:of"));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static boolean isModifierOfMention(ParsedSentence s, int token, List<Mention> found) {
        for (Dependency d : s.parents(token)) {
            if (d.relation().equals("compound") || d.relation().equals("amod") || d.relation().equals("appos")) {
                if (at(found, d.governor()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDefiniteDeterminer(ParsedSentence s, int token) {
        return s.children(token).stream().anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).lemma().equalsIgnoreCase("the"));
    }

    /** Subjects of the clauses above a token, climbing through conjuncts and arguments. */
    private static List<Integer> subjectsAbove(ParsedSentence s, int token) {
        List<Integer> out = new ArrayList<>();
        int node = token;
        for (int depth = 0; depth < 8; depth++) {
            Dependency up = null;
            for (Dependency d : s.parents(node)) {
                if (!d.relation().equals("root")) {
                    up = d;
                    break;
                }
            }
            if (up == null) {
                break;
            }
            for (Dependency c : s.children(up.governor())) {
                if (c.relation().startsWith("nsubj") && c.dependent() != node) {
                    out.add(c.dependent());
                }
            }
            node = up.governor();
        }
        return out;
    }

    private static boolean covered(List<Mention> ms, int token) {
        return at(ms, token) != null;
    }

    static Mention at(List<Mention> ms, int token) {
        for (Mention m : ms) {
            if (m.covers(token)) {
                return m;
            }
        }
        return null;
    }

    /** A state mention that a group mention took in ("US" in "US officials") is no mention of its own. */
    private static boolean absorbed(Mention m, List<Mention> all) {
        for (Mention o : all) {
            if (o != m && o.start() <= m.start() && o.end() >= m.end() && (o.end() - o.start()) > (m.end() - m.start())) {
                return true;
            }
        }
        return false;
    }

    /** The token of a span whose head lies outside it. */
    static int head(ParsedSentence s, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            boolean inside = false;
            for (Dependency d : s.parents(k)) {
                if (d.governor() >= from && d.governor() < to && !d.relation().equals("root")) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                return k;
            }
        }
        return to - 1;
    }

}
