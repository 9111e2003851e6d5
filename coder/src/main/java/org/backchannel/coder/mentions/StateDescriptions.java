package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;
import org.backchannel.model.io.Tsv;

/**
 * Definite descriptions of a state: "the kingdom", "the island", "the Gulf state", "the country"
 * refer back to the latest state named before them (in the sentence, then up to
 * {@value #WINDOW} sentences back); "the two countries", "both nations" to the latest states named
 * together in the sentence ("Ireland and Norway"). Nothing is guessed when no state was named.
 */
final class StateDescriptions implements MentionRule {
    static final int WINDOW = 3;
    private static final Set<String> NOUNS = load();

    private static Set<String> load() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Tsv.Row r : Tsv.resource("/backchannel/actors/state-descriptions.tsv")) {
            out.add(r.col(0));
        }
        return Set.copyOf(out);
    }

    /** Whether a lemma describes a state when definite ("the kingdom"); such a word is this rule's, not a group noun's. */
    static boolean describesState(String lemma) {
        return NOUNS.contains(lemma);
    }

    @Override
    public List<Mention> find(SentenceContext ctx) {
        ParsedSentence s = ctx.sentence();
        List<Mention> out = new ArrayList<>();
        for (Token tk : s.tokens()) {
            if (!tk.isNoun()
                    || ctx.covered(tk.index())
                    || !NOUNS.contains(tk.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean plural = tk.pos().endsWith("S");
            boolean both = s.children(tk.index()).stream()
                    .anyMatch(d -> d.relation().startsWith("det")
                            && s.token(d.dependent()).lemma().equalsIgnoreCase("both"));
            if (!(Spans.hasDefiniteDeterminer(s, tk.index()) || both)) {
                continue;
            }
            Mention state = latestState(ctx, tk.index());
            if (state == null) {
                continue;
            }
            List<Mention> states = plural ? Antecedents.withConjuncts(ctx, state) : List.of(state);
            if (plural && states.size() < 2) {
                continue; // "the two countries" with one state named before: not for guessing
            }
            out.addAll(Antecedents.describing(
                    ctx, tk, rel -> rel.equals("det") || rel.equals("amod") || rel.equals("compound"), states));
        }
        return out;
    }

    static Mention latestState(SentenceContext ctx, int token) {
        return Antecedents.latest(ctx, token, WINDOW, m -> isState(ctx, m));
    }

    private static boolean isState(SentenceContext ctx, Mention m) {
        Actor a = ctx.actor(m);
        return a != null && a.type() == ActorType.STATE && m.how() != Mention.How.PRONOUN;
    }
}
