package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Actor;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;
import org.backchannel.model.io.Tsv;

/**
 * Organizations the knowledge base does not list, read from their names: "the Liberian Peace
 * Council" is a Liberian body, "the Islamic Salvation Front" an opposition front of the country the
 * story is about, "the Association of African Jurists" an NGO. The sector comes from the words of the
 * name ({@code organization-words.tsv}); the country from a country or demonym inside it, else, for a
 * body that belongs to one state (a party, a rebel front, a ministry), from the story's country. A
 * name with neither is left alone, as are news agencies and names in a title-case headline. An
 * acronym given in brackets after the name ("(FIS)") names the same body later in the document.
 */
final class UnknownOrganizations implements MentionRule {
    /** Sectors of bodies that belong to one state, placed by the story's country when the name gives none. */
    private static final Set<String> DOMESTIC = Set.of("REB", "OPP", "PTY", "LAB", "MIL", "COP", "GOV", "JUD", "LEG");
    /** Sectors that stand without a country (a transnational NGO). */
    private static final Set<String> STATELESS = Set.of("NGO");

    private static final Set<String> MEDIA =
            Set.of("news", "press", "television", "radio", "broadcasting", "newspaper", "magazine", "tv", "wire");
    private static final org.backchannel.coder.places.Gazetteer GAZETTEER =
            org.backchannel.coder.places.Gazetteer.defaults();
    private static final Map<String, String> ANYWHERE = new HashMap<>();
    private static final Map<String, String> HEADS = new HashMap<>();

    static {
        for (Tsv.Row r : Tsv.resource("/backchannel/actors/organization-words.tsv")) {
            (r.col(2).equals("any") ? ANYWHERE : HEADS).put(r.col(0), r.col(1));
        }
    }

    @Override
    public List<Mention> find(SentenceContext ctx) {
        ParsedSentence s = ctx.sentence();
        List<Mention> out = new ArrayList<>();
        if (Spans.isHeadline(s)) {
            return out;
        }
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!isOrganization(t.get(i)) || blocked(ctx, i)) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.size() && isOrganization(t.get(j)) && !blocked(ctx, j)) {
                j++;
            }
            Mention m = organization(ctx, i, j);
            if (m != null) {
                out.add(m);
                Mention acronym = acronymAfter(ctx, m, j);
                if (acronym != null) {
                    out.add(acronym);
                    j = acronym.end();
                }
            }
            i = j;
        }
        return out;
    }

    private static boolean isOrganization(Token t) {
        return t.ner().equals("ORGANIZATION");
    }

    /** A token another rule took for someone other than a state (a state word inside a name is part of it). */
    private static boolean blocked(SentenceContext ctx, int i) {
        Mention m = ctx.at(i);
        return m != null && m.how() != Mention.How.STATE;
    }

    private static Mention organization(SentenceContext ctx, int from, int to) {
        ParsedSentence s = ctx.sentence();
        DocumentContext doc = ctx.document();
        String text = s.span(from, to);
        if (to - from == 1) {
            String known = doc.actors().createdFor(text);
            return known == null
                    ? null
                    : new Mention(s.index(), from, to, from, known, text, Mention.How.UNKNOWN_ORGANIZATION, null);
        }
        String agent = null;
        String country = null;
        int head = headOf(s, from, to);
        for (int k = from; k < to; k++) {
            String lemma = s.token(k).lemma().toLowerCase(Locale.ROOT);
            if (MEDIA.contains(lemma)) {
                return null; // a news agency or outlet reports; it is not a party to the events
            }
            if (agent == null && ANYWHERE.containsKey(lemma)) {
                agent = ANYWHERE.get(lemma);
            }
            if (country == null) {
                country = countryOf(ctx, k);
            }
        }
        if (agent == null && from > 0) {
            // "the rebel Kurdistan Workers' Party": a word before the name may say what it is
            agent = ANYWHERE.get(s.token(from - 1).lemma().toLowerCase(Locale.ROOT));
        }
        if (agent == null) {
            agent = HEADS.get(s.token(head).lemma().toLowerCase(Locale.ROOT));
        }
        if (agent == null) {
            return null; // a name that says nothing of what it is names no actor we can code
        }
        for (int k = from; k < to && country == null; k++) {
            // "the Balochistan Liberation Army": a place in the name places the body, in a state the story names
            if (k != head && Character.isUpperCase(s.token(k).word().charAt(0))) {
                country = GAZETTEER
                        .resolve(s.token(k).word(), List.of())
                        .map(p -> p.country().toUpperCase(Locale.ROOT))
                        .flatMap(c -> doc.kb().get(c.toLowerCase(Locale.ROOT)))
                        .map(Actor::country)
                        .filter(c -> doc.count(c)
                                > 0) // "Kurdistan" names regions of several states: only one the story names
                        .orElse(null);
            }
        }
        if (country == null && DOMESTIC.contains(agent)) {
            // a body of one state: the one state its sentence names, else the story's country
            country = soleCountry(ctx);
            if (country == null) {
                country = doc.topCountry();
            }
        }
        if (country == null && !STATELESS.contains(agent)) {
            return null;
        }
        String id = doc.actors().unknownOrganization(text, country, agent);
        return new Mention(s.index(), from, to, head, id, text, Mention.How.UNKNOWN_ORGANIZATION, null);
    }

    /** The country of the states and places a sentence names, when they all lie in one; else null. */
    private static String soleCountry(SentenceContext ctx) {
        java.util.Set<String> countries = new java.util.HashSet<>();
        for (Mention m : ctx.found()) {
            Actor a = ctx.actor(m);
            if ((m.how() == Mention.How.STATE || m.how() == Mention.How.PLACE) && a != null && a.country() != null) {
                countries.add(a.country());
            }
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    /** The head noun of a name: the noun before its first "of" or "for", else its last noun. */
    private static int headOf(ParsedSentence s, int from, int to) {
        int head = to - 1;
        for (int k = from + 1; k < to; k++) {
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("of") || w.equals("for")) {
                head = k - 1;
                break;
            }
        }
        while (head > from && !s.token(head).isNoun()) {
            head--;
        }
        return head;
    }

    /** The country a word of the name stands for ("Liberian", "Sudan"), or null. */
    private static String countryOf(SentenceContext ctx, int k) {
        Mention m = ctx.at(k);
        if (m != null && m.how() == Mention.How.STATE) {
            Actor a = ctx.actor(m);
            return a == null ? null : a.country();
        }
        return ctx.document().kb().stateNamed(ctx.sentence().token(k).word());
    }

    /** "(FIS)" right after the name: the acronym names the same body, here and later in the document. */
    private static Mention acronymAfter(SentenceContext ctx, Mention name, int end) {
        ParsedSentence s = ctx.sentence();
        if (end + 2 >= s.tokens().size()
                || !s.token(end).word().equals("(")
                || !s.token(end + 2).word().equals(")")) {
            return null;
        }
        String acronym = s.token(end + 1).word();
        if (acronym.length() < 2 || !acronym.equals(acronym.toUpperCase(Locale.ROOT)) || ctx.covered(end + 1)) {
            return null;
        }
        ctx.document().actors().named(name.actorId(), acronym);
        return new Mention(
                s.index(), end + 1, end + 2, end + 1, name.actorId(), acronym, Mention.How.UNKNOWN_ORGANIZATION, null);
    }
}
