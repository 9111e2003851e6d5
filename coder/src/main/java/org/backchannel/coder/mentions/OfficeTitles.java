package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.actors.Names;
import org.backchannel.model.Actor;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * Office titles that name one person: "the Vice President", "Venezuela's oil minister" resolve to
 * whoever held that office in that country on the story's day, when exactly one person did.
 */
final class OfficeTitles {
    /** Sectors whose titled members belong to the country the story is about when it names no other. */
    static final Set<String> GOVERNING_AGENTS = Set.of("GOV", "MIL", "LEG", "JUD", "SPY", "COP");

    private static final Set<String> TITLES = Set.of(
            "president",
            "vice president",
            "vp",
            "prime minister",
            "premier",
            "minister",
            "foreign minister",
            "chancellor",
            "secretary",
            "king",
            "emir",
            "crown prince",
            "leader",
            "speaker");

    private OfficeTitles() {}

    static boolean isTitle(String phrase) {
        return TITLES.contains(phrase);
    }

    /** The holder of the office {@code phrase} at {@code tk} names, or null. */
    static Mention holder(SentenceContext ctx, Token tk, String phrase, String country, int spanStart) {
        ParsedSentence s = ctx.sentence();
        if (tk.pos().endsWith("S")) {
            return null;
        }
        for (Dependency d : s.parents(tk.index())) {
            String r = d.relation();
            if (r.equals("nmod:as")
                    || r.equals("obl:as")
                    || r.equals("appos")
                    || r.equals("xcomp")
                    || r.startsWith("nsubj")
                            && s.children(d.governor()).stream()
                                    .anyMatch(c -> c.relation().equals("cop"))) {
                return null; // "her position as Minister of Oil" says what someone is, not who
            }
        }
        Mention named = namedHolder(ctx, tk);
        if (named != null) {
            // "Ukraine's foreign minister Dmytro Kuleba": the name says who, whoever holds the office today
            String text = s.span(spanStart, tk.index() + 1);
            return new Mention(
                    s.index(), spanStart, tk.index() + 1, tk.index(), named.actorId(), text, Mention.How.TITLE, null);
        }
        List<String> words =
                new ArrayList<>(List.of(phrase.equals("vp") ? new String[] {"vice", "president"} : phrase.split(" ")));
        for (Dependency d : s.children(tk.index())) {
            if ((d.relation().equals("compound") || d.relation().equals("amod")) && d.dependent() < tk.index()) {
                String w = Names.normalize(s.token(d.dependent()).lemma());
                if (NounOwners.demonym(ctx.document().kb(), s.token(d.dependent())) == null
                        && ctx.document().kb().names().lookup(w).isEmpty()
                        && w.matches("[a-z]+")) {
                    words.add(0, w.equals("vp") ? "vice" : w);
                }
            }
            if (d.relation().startsWith("nmod:of") && d.dependent() > tk.index()) {
                String w = Names.normalize(s.token(d.dependent()).lemma());
                if (w.matches("[a-z]+") && ctx.document().kb().names().lookup(w).isEmpty()) {
                    words.add(w);
                }
            }
        }
        String where = country != null ? country : ctx.document().topCountry();
        if (where == null) {
            return null;
        }
        List<Actor> holders =
                ctx.document().kb().holders(where, words, ctx.document().day());
        if (holders.size() != 1) {
            return null;
        }
        Actor a = holders.get(0);
        String text = s.span(spanStart, tk.index() + 1);
        ctx.document().actors().named(a.id(), text);
        return new Mention(s.index(), spanStart, tk.index() + 1, tk.index(), a.id(), text, Mention.How.TITLE, null);
    }

    /** The person named right after a title, as its dependent or as the name it is compounded to, or null. */
    private static Mention namedHolder(SentenceContext ctx, Token title) {
        ParsedSentence s = ctx.sentence();
        List<Integer> near = new ArrayList<>();
        for (Dependency d : s.children(title.index())) {
            if (d.dependent() > title.index() && d.dependent() <= title.index() + 4) {
                near.add(d.dependent());
            }
        }
        for (Dependency d : s.parents(title.index())) {
            if (d.relation().equals("compound") && d.governor() > title.index() && d.governor() <= title.index() + 4) {
                near.add(d.governor());
            }
        }
        for (int n : near) {
            Mention m = ctx.at(n);
            org.backchannel.model.Actor a = m == null ? null : ctx.actor(m);
            if (a != null && a.type() == org.backchannel.model.ActorType.PERSON && m.start() == title.index() + 1) {
                return m;
            }
        }
        return null;
    }
}
