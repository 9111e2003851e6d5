package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * Group nouns that name no owner: "the minister", "the rebels", "the government", "protesters".
 * First the actor they refer back to — the latest one before them in the document (up to
 * {@value #WINDOW} sentences back) of the same sector; else, for sectors a story's own country has
 * ("the government", "police", "protesters"), the country the sentence or document is about, other
 * than that of whoever acts on the group. A singular office ("the minister") is never guessed: it
 * names its antecedent or nobody.
 */
final class DefiniteDescriptions {
    static final int WINDOW = 3;
    /** Sectors a definite description ("the government", "the army") takes from the story's country. */
    private static final Set<String> CONTEXT_AGENTS = Set.of("GOV", "OPP", "MIL", "LEG", "JUD", "COP", "REB", "SPY");
    /** Sectors whose plural bare nouns ("protesters", "commanders") belong to the country in context. */
    private static final Set<String> PEOPLE_AGENTS = Set.of("OPP", "REB", "MIL", "COP", "CVL", "REF", "LAB", "EDU");

    private DefiniteDescriptions() {}

    /** The earlier actor a description of sector {@code agent} at {@code tk} refers back to, or null. */
    static Mention resolve(SentenceContext ctx, Token tk, String agent) {
        ParsedSentence s = ctx.sentence();
        boolean plural = tk.pos().endsWith("S");
        if (!Spans.hasDefiniteDeterminer(s, tk.index())) {
            return null; // "two diplomats", "protesters": new people, not ones named before
        }
        int start = determinerStart(s, tk.index());
        List<String> words = new ArrayList<>();
        for (int k = start; k <= tk.index(); k++) {
            Token w = s.token(k);
            if (w.isNoun() || w.pos().startsWith("JJ")) {
                words.add(w.lemma().toLowerCase(Locale.ROOT));
            }
        }
        Mention ante = Antecedents.latest(
                ctx, start, WINDOW, m -> sameSector(ctx, m, agent, plural) && sameOffice(ctx, m, words, plural));
        if (ante == null) {
            return null;
        }
        String text = s.span(start, tk.index() + 1);
        ctx.document().actors().named(ante.actorId(), text);
        return new Mention(
                s.index(),
                start,
                tk.index() + 1,
                tk.index(),
                ante.actorId(),
                text,
                Mention.How.DESCRIPTION,
                ante.leaderId());
    }

    /** The country a group noun with no owner belongs to, or null when the story does not say. */
    static String placeBareGroup(SentenceContext ctx, Token tk, String agent) {
        boolean plural = tk.pos().endsWith("S");
        if (!plural && OfficeTitles.isTitle(org.backchannel.coder.actors.Names.normalize(tk.lemma()))) {
            return null;
        }
        boolean definite = Spans.hasDefiniteDeterminer(ctx.sentence(), tk.index()) && CONTEXT_AGENTS.contains(agent);
        boolean pluralPeople = plural && PEOPLE_AGENTS.contains(agent);
        if (!(definite || pluralPeople || agent.equals("COP"))) {
            return null;
        }
        String beat = agent.equals("COP") ? placeOfAct(ctx, tk.index()) : null;
        if (beat != null) {
            return beat; // "detained by police at a Moscow airport": police act in their own country
        }
        String sender = FORCE_AGENTS.contains(agent) ? sender(ctx, tk.index()) : null;
        if (sender != null) {
            return sender; // "Poland deployed soldiers and riot police to its border with Belarus"
        }
        return definite || pluralPeople ? contextCountry(ctx, tk.index()) : null;
    }

    /** Sectors a state sends somewhere: its forces, police and agents. */
    private static final Set<String> FORCE_AGENTS = Set.of("MIL", "COP", "SPY");

    /** Verbs whose object is the subject's own forces: a state deploys, sends or withdraws its own. */
    private static final Set<String> DISPATCH_VERBS = Set.of(
            "deploy", "send", "dispatch", "station", "mobilize", "mobilise", "withdraw", "recall", "amass", "redeploy");

    /**
     * The country of whoever deploys, sends or withdraws the group ("Poland deployed soldiers",
     * "Washington sent troops"), or null: the group (or a conjunct it joins) is the object of such a
     * verb, whose subject is a mention with a country.
     */
    private static String sender(SentenceContext ctx, int token) {
        ParsedSentence s = ctx.sentence();
        List<Integer> nodes = new ArrayList<>(List.of(token));
        for (Dependency d : s.parents(token)) {
            if (d.relation().startsWith("conj")) {
                nodes.add(d.governor()); // "soldiers and riot police"
            }
        }
        for (int n : nodes) {
            for (Dependency d : s.parents(n)) {
                if (!d.relation().equals("obj")
                        || !DISPATCH_VERBS.contains(
                                s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (Dependency subj : s.children(d.governor())) {
                    if (!subj.relation().equals("nsubj")) {
                        continue;
                    }
                    for (Mention m : ctx.found()) {
                        Actor a = ctx.actor(m);
                        if (m.head() == subj.dependent() && a != null && a.country() != null) {
                            return a.country();
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Obliques of a verb that say where it happened. */
    private static final Set<String> LOCATIVES = Set.of("obl:in", "obl:at", "obl:near", "obl:outside", "obl:inside");

    /**
     * The country of the place where the act a group noun does happens ("police at a Moscow airport",
     * "police in Kandahar fired …"), or null: the group must be the act's subject or agent, the place
     * a locative of the act or of the group itself.
     */
    private static String placeOfAct(SentenceContext ctx, int token) {
        ParsedSentence s = ctx.sentence();
        List<Integer> heads = new ArrayList<>(List.of(token));
        for (Dependency d : s.parents(token)) {
            String r = d.relation();
            if (r.equals("nsubj") || r.equals("obl:agent") || r.equals("obl:by")) {
                heads.add(d.governor());
            }
        }
        for (int h : heads) {
            for (Dependency d : s.children(h)) {
                String r = d.relation().replace("nmod:", "obl:");
                if (!LOCATIVES.contains(r)) {
                    continue;
                }
                for (Mention m : ctx.found()) {
                    boolean inPhrase = m.head() == d.dependent()
                            || s.parents(m.head()).stream()
                                    .anyMatch(x -> x.governor() == d.dependent()
                                            && (x.relation().equals("compound")
                                                    || x.relation().equals("amod")));
                    Actor a = ctx.actor(m);
                    if (inPhrase
                            && (m.how() == Mention.How.PLACE || m.how() == Mention.How.METONYM)
                            && a != null
                            && a.country() != null) {
                        return a.country();
                    }
                }
            }
        }
        return null;
    }

    /**
     * "The interim prime minister" does not refer back to a president: a singular description of an
     * office names a person only if one of the offices the knowledge base gives them carries its
     * words (offices held on the story's day, when it has one). People whose offices have no titles
     * (met in this text only) are matched by sector alone.
     */
    private static boolean sameOffice(SentenceContext ctx, Mention m, List<String> words, boolean plural) {
        Actor a = ctx.actor(m);
        if (plural || a == null || a.type() != ActorType.PERSON) {
            return true;
        }
        java.time.LocalDate day = ctx.document().day();
        List<String> titles = a.roles().stream()
                .filter(r -> day == null || r.heldOn(day))
                .map(r -> r.title() == null ? "" : r.title().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isBlank() && !t.equals("official") && !t.equals(t.toUpperCase(Locale.ROOT)))
                .toList();
        if (titles.isEmpty()) {
            return true;
        }
        List<String> officeWords = words.stream().filter(OFFICE_WORDS::contains).toList();
        if (officeWords.isEmpty()) {
            return true;
        }
        return titles.stream().anyMatch(t -> officeWords.stream().allMatch(t::contains));
    }

    /** The words of an office's name that tell one office from another ("prime", "foreign", "minister"). */
    private static final Set<String> OFFICE_WORDS = Set.of(
            "president",
            "vice",
            "prime",
            "minister",
            "premier",
            "chancellor",
            "foreign",
            "defence",
            "defense",
            "interior",
            "finance",
            "secretary",
            "king",
            "queen",
            "emir",
            "prince",
            "governor",
            "mayor",
            "speaker",
            "general",
            "chief",
            "ambassador",
            "envoy",
            "spokesman",
            "spokeswoman",
            "spokesperson");

    /** A person of that sector on the day (for singular nouns), or a group or body of that sector. */
    private static boolean sameSector(SentenceContext ctx, Mention m, String agent, boolean plural) {
        Actor a = ctx.actor(m);
        if (a == null) {
            return false;
        }
        if (a.type() == ActorType.PERSON) {
            if (plural) {
                return false;
            }
            String code = a.codeOn(ctx.document().day());
            return code != null && code.length() >= 6 && code.substring(3, 6).equals(agent);
        }
        return (a.type() == ActorType.GROUP || a.type() == ActorType.ORGANIZATION) && agent.equals(a.agent());
    }

    private static int determinerStart(ParsedSentence s, int noun) {
        int start = noun;
        for (Dependency d : s.children(noun)) {
            if ((d.relation().equals("det")
                            || d.relation().equals("amod")
                            || d.relation().equals("compound"))
                    && d.dependent() < start) {
                start = d.dependent();
            }
        }
        return start;
    }

    /**
     * The best-known country of the sentence other than that of whoever acts on the group ("the US
     * approach … support for opposition figures" names Venezuela's opposition, not America's).
     */
    /** Participles that tie a group to a patron, not to its country: "Iran-backed militias in Iraq". */
    private static final Set<String> PATRONAGE =
            Set.of("back", "sponsor", "fund", "finance", "arm", "support", "train");

    /** Countries of the patrons named in the group's own participles ("Iran-backed", "Russian-funded"). */
    private static Set<String> backers(SentenceContext ctx, int token) {
        ParsedSentence s = ctx.sentence();
        Set<String> out = new HashSet<>();
        for (Dependency d : s.children(token)) {
            if (!d.relation().equals("amod")
                    || !PATRONAGE.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Dependency inner : s.children(d.dependent())) {
                Mention m = ctx.at(inner.dependent());
                Actor a = m == null ? null : ctx.actor(m);
                if (a != null && a.country() != null) {
                    out.add(a.country());
                }
            }
        }
        return out;
    }

    private static final Set<String> SPEECH_VERBS =
            Set.of("say", "announce", "report", "confirm", "state", "add", "claim", "tell");

    /** Whether a noun is the subject of a verb of saying. */
    private static boolean speaks(ParsedSentence s, int token) {
        return s.parents(token).stream()
                .anyMatch(d -> d.relation().equals("nsubj")
                        && SPEECH_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT)));
    }

    private static String contextCountry(SentenceContext ctx, int token) {
        ParsedSentence s = ctx.sentence();
        Set<String> acting = new HashSet<>();
        for (int subject : Spans.subjectsAbove(s, token)) {
            for (Mention m : ctx.found()) {
                boolean owner = s.parents(m.head()).stream()
                        .anyMatch(d -> d.governor() == subject
                                && (d.relation().equals("compound")
                                        || d.relation().equals("amod")
                                        || d.relation().equals("nmod:poss")));
                if (m.head() == subject || owner) {
                    Actor a = ctx.actor(m);
                    if (a != null && a.country() != null) {
                        acting.add(a.country());
                    }
                }
            }
        }
        if (acting.size() == 1 && speaks(s, token)) {
            // "Turkish aircraft struck targets in Iraq, the defence ministry said": the acting side's own
            return acting.iterator().next();
        }
        Set<String> backers = backers(ctx, token);
        String best = null;
        int bestCount = -1;
        for (Mention m : ctx.found()) {
            Actor a = ctx.actor(m);
            if (a != null
                    && a.country() != null
                    && !acting.contains(a.country())
                    && !backers.contains(a.country())
                    && ctx.document().count(a.country()) > bestCount) {
                best = a.country();
                bestCount = ctx.document().count(a.country());
            }
        }
        if (best == null && acting.size() == 1) {
            return acting.iterator().next(); // "police fired at protesters": the same country
        }
        return best != null ? best : ctx.document().topCountry();
    }
}
