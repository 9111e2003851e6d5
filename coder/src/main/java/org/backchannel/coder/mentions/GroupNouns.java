package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.actors.Names;
import org.backchannel.model.Actor;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * Group nouns with their owner: "Turkish police" (country from the adjective, sector from the noun),
 * "US and British activists" (one mention per country), "Russia's Foreign Minister" (an office whose
 * holder is unknown stands for its government), and bare group nouns placed by the story
 * ("the government", "protesters"): see {@link DefiniteDescriptions} for those.
 */
final class GroupNouns implements MentionRule {
    /** Heads whose sense depends on a common noun before them ("rebel forces", "market forces"). */
    private static final java.util.Set<String> OWNER_NAMED_HEADS = java.util.Set.of(
            "force", "camp", "base", "position", "target", "stronghold", "hideout", "outpost", "headquarters");

    /**
     * The lemma of a lower-case common noun (or adjective: "militant targets") right before the head,
     * or null.
     */
    private static String commonCompound(ParsedSentence s, int head) {
        for (Dependency d : s.children(head)) {
            Token c = s.token(d.dependent());
            boolean modifier = d.relation().equals("compound")
                    || (d.relation().equals("amod")
                            && c.pos().equals("JJ")
                            && !head(s, head).equals("force"));
            if (modifier
                    && d.dependent() == head - 1
                    && (c.pos().equals("NN") || c.pos().equals("NNS") || c.pos().equals("JJ"))
                    && (Character.isLowerCase(c.word().charAt(0)) || d.dependent() == 0)) {
                return Names.normalize(c.lemma());
            }
        }
        return null;
    }

    private static String head(ParsedSentence s, int token) {
        return Names.normalize(s.token(token).lemma());
    }

    @Override
    public List<Mention> find(SentenceContext ctx) {
        ParsedSentence s = ctx.sentence();
        KnowledgeBase kb = ctx.document().kb();
        List<Mention> out = new ArrayList<>();
        for (Token tk : s.tokens()) {
            if (!tk.isNoun()
                    || ctx.covered(tk.index())
                    || Spans.at(out, tk.index()) != null
                    || modifiesMention(ctx, tk.index())) {
                continue;
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
            if (agent == null && OWNER_NAMED_HEADS.contains(phrase)) {
                // "rebel forces" are the rebels' and "market forces" nobody's: a common-noun compound
                // before such a head decides, and one that names no group makes it no actor
                String compound = commonCompound(s, tk.index());
                if (compound != null) {
                    agent = kb.groupAgent(compound);
                    if (agent == null) {
                        continue;
                    }
                    from = tk.index() - 1;
                    phrase = compound + " " + phrase;
                }
            }
            if (agent == null) {
                agent = kb.groupAgent(phrase);
            }
            if (agent != null
                    && StateDescriptions.describesState(phrase)
                    && Spans.hasDefiniteDeterminer(s, tk.index())) {
                // "the kingdom" is the government of the latest state named, not of the latest person's
                Mention state = StateDescriptions.latestState(ctx, tk.index());
                Actor a = ctx.actor(state);
                if (a != null) {
                    int start = Math.min(from, tk.index() - 1); // with its "the"
                    String id = ctx.document().actors().group(a.country(), agent, s.span(from, tk.index() + 1));
                    out.add(new Mention(
                            s.index(),
                            start,
                            tk.index() + 1,
                            tk.index(),
                            id,
                            s.span(start, tk.index() + 1),
                            Mention.How.DESCRIPTION,
                            null));
                }
                continue;
            }
            if (agent == null || (kb.isEquipment(phrase) && civilian(s, tk.index()))) {
                continue; // "a Ukrainian passenger jet" is no one's forces
            }
            NounOwners owners = NounOwners.of(ctx, tk, phrase, from);
            if (OfficeTitles.isTitle(phrase)) {
                Mention holder = OfficeTitles.holder(ctx, tk, phrase, owners.country(), owners.spanStart());
                if (holder != null) {
                    out.add(holder);
                    continue;
                }
            }
            List<String> countries = owners.countries();
            String leader = owners.leader();
            if (countries.isEmpty() && owners.body() != null) {
                // "UN troops", "Hamas fighters": the body's own people stand for it
                Mention body = owners.body();
                out.add(new Mention(
                        s.index(),
                        body.start(),
                        tk.index() + 1,
                        tk.index(),
                        body.actorId(),
                        s.span(body.start(), tk.index() + 1),
                        Mention.How.GROUP,
                        null));
                continue;
            }
            if (countries.isEmpty() && kb.isEquipment(phrase)) {
                continue; // "missiles struck Kyiv": a weapon with no owner named names nobody
            }
            if (countries.isEmpty()) {
                Mention back = DefiniteDescriptions.resolve(ctx, tk, agent);
                if (back != null) {
                    out.add(back);
                    continue;
                }
                String country = DefiniteDescriptions.placeBareGroup(ctx, tk, agent);
                if (country == null) {
                    continue;
                }
                countries = List.of(country);
            }
            int end = tk.index() + 1;
            String text = s.span(owners.spanStart(), end);
            for (String country : countries) {
                // "US and British activists": each group is named by its own country's word
                String own = countries.size() > 1 ? ownWords(ctx, tk, from, country) : text;
                String id = ctx.document().actors().group(country, agent, own);
                out.add(new Mention(
                        s.index(), owners.spanStart(), end, tk.index(), id, own, Mention.How.GROUP, leader));
            }
            Mention body = owners.body();
            if (body != null) {
                // "Saudi and Houthi officials": the body's people beside each country's
                out.add(new Mention(
                        s.index(),
                        owners.spanStart(),
                        end,
                        tk.index(),
                        body.actorId(),
                        s.span(body.start(), end),
                        Mention.How.GROUP,
                        null));
            }
        }
        return out;
    }

    /** "British activists" out of "US and British activists": the country's own modifier and the noun. */
    private static String ownWords(SentenceContext ctx, Token noun, int phraseStart, String country) {
        ParsedSentence s = ctx.sentence();
        for (int k = phraseStart - 1; k >= 0 && k >= phraseStart - 6; k--) {
            Mention m = ctx.at(k);
            String c = m != null && ctx.actor(m) != null
                    ? ctx.actor(m).country()
                    : NounOwners.demonym(ctx.document().kb(), s.token(k));
            if (country.equals(c)) {
                int start = m != null ? m.start() : k;
                int end = m != null ? m.end() : k + 1;
                return s.span(start, end) + " " + s.span(phraseStart, noun.index() + 1);
            }
        }
        return s.span(phraseStart, noun.index() + 1);
    }

    /** Words that make a craft civilian: "passenger jet", "civilian aircraft", "cargo plane". */
    private static final java.util.Set<String> CIVILIAN = java.util.Set.of(
            "passenger", "civilian", "civil", "commercial", "cargo", "private", "airline", "fishing", "merchant");

    private static boolean civilian(ParsedSentence s, int head) {
        for (Dependency d : s.children(head)) {
            if ((d.relation().equals("compound") || d.relation().equals("amod"))
                    && CIVILIAN.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "Vice President" in "Vice President Delcy Rodríguez": a modifier of a name, not a group. */
    private static boolean modifiesMention(SentenceContext ctx, int token) {
        for (Dependency d : ctx.sentence().parents(token)) {
            if (d.relation().equals("compound")
                    || d.relation().equals("amod")
                    || d.relation().equals("appos")) {
                Mention m = ctx.at(d.governor());
                if (m != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
