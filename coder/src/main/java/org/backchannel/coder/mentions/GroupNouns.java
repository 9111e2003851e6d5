package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.actors.Names;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
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

    @Override
    public List<Mention> find(SentenceContext ctx) {
        ParsedSentence s = ctx.sentence();
        KnowledgeBase kb = ctx.document().kb();
        List<Mention> out = new ArrayList<>();
        for (Token tk : s.tokens()) {
            if (!tk.isNoun() || ctx.covered(tk.index()) || Spans.at(out, tk.index()) != null || modifiesMention(ctx, tk.index())) {
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
            if (agent == null) {
                agent = kb.groupAgent(phrase);
            }
            if (agent == null) {
                continue;
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
                String id = ctx.document().actors().group(country, agent, text);
                out.add(new Mention(s.index(), owners.spanStart(), end, tk.index(), id, text, Mention.How.GROUP, leader));
            }
        }
        return out;
    }

    /** "Vice President" in "Vice President Delcy Rodríguez": a modifier of a name, not a group. */
    private static boolean modifiesMention(SentenceContext ctx, int token) {
        for (Dependency d : ctx.sentence().parents(token)) {
            if (d.relation().equals("compound") || d.relation().equals("amod") || d.relation().equals("appos")) {
                Mention m = ctx.at(d.governor());
                if (m != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
