package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Actor;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * Family references: "her brother" is the relative of the pronoun's antecedent that the knowledge
 * base lists; "the Rodríguez siblings" stands for the first person of that surname.
 */
final class KinTerms implements MentionRule {
    private static final Map<String, String[]> KIN = Map.of(
            "brother",
            new String[] {"sibling", "m"},
            "sister",
            new String[] {"sibling", "f"},
            "husband",
            new String[] {"spouse", "m"},
            "wife",
            new String[] {"spouse", "f"},
            "son",
            new String[] {"child", "m"},
            "daughter",
            new String[] {"child", "f"},
            "father",
            new String[] {"parent", "m"},
            "mother",
            new String[] {"parent", "f"});
    private static final Set<String> COLLECTIVE_KIN = Set.of("sibling", "brother", "sister", "family", "couple");

    @Override
    public List<Mention> find(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        ParsedSentence s = ctx.sentence();
        for (Token tk : s.tokens()) {
            if (!COLLECTIVE_KIN.contains(tk.lemma().toLowerCase(Locale.ROOT)) || ctx.covered(tk.index())) {
                continue;
            }
            for (Dependency d : s.children(tk.index())) {
                Mention m = d.relation().equals("compound") ? ctx.at(d.dependent()) : null;
                if (m != null && (m.how() == Mention.How.SURNAME || m.how() == Mention.How.NAME)) {
                    out.add(new Mention(
                            s.index(),
                            m.start(),
                            tk.index() + 1,
                            tk.index(),
                            m.actorId(),
                            s.span(m.start(), tk.index() + 1),
                            Mention.How.KIN,
                            null));
                }
            }
        }
        return out;
    }

    /** "her brother": the relative of {@code owner} named by the noun the pronoun modifies, or null. */
    static Mention relative(SentenceContext ctx, Token pronoun, Mention owner) {
        ParsedSentence s = ctx.sentence();
        KnowledgeBase kb = ctx.document().kb();
        for (Dependency d : s.parents(pronoun.index())) {
            if (!d.relation().equals("nmod:poss")) {
                continue;
            }
            Token noun = s.token(d.governor());
            String[] kin = KIN.get(noun.lemma().toLowerCase(Locale.ROOT));
            if (kin == null) {
                return null;
            }
            if (ctx.covered(noun.index() + 1) && noun.index() + 1 < s.tokens().size()) {
                return null; // "her brother Jorge Rodríguez": the name itself is the mention
            }
            for (KnowledgeBase.Relation r : kb.relations(owner.actorId())) {
                Actor other = kb.get(r.otherId()).orElse(null);
                if (r.relation().equals(kin[0]) && other != null && kin[1].equals(other.gender())) {
                    String text = s.span(pronoun.index(), noun.index() + 1);
                    ctx.document().actors().named(other.id(), text);
                    return new Mention(
                            s.index(),
                            pronoun.index(),
                            noun.index() + 1,
                            noun.index(),
                            other.id(),
                            text,
                            Mention.How.KIN,
                            null);
                }
            }
            return null;
        }
        return null;
    }
}
