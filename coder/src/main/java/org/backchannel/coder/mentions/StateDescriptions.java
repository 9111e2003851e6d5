package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;
import org.backchannel.model.io.Tsv;

/**
 * Definite descriptions of a state: "the kingdom", "the island", "the Gulf state", "the country"
 * refer back to the latest state named before them (in the sentence, then up to
 * {@value #WINDOW} sentences back). Nothing is guessed when no state was named.
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

    @Override
    public List<Mention> find(SentenceContext ctx) {
        ParsedSentence s = ctx.sentence();
        List<Mention> out = new ArrayList<>();
        for (Token tk : s.tokens()) {
            if (!tk.isNoun() || ctx.covered(tk.index()) || !NOUNS.contains(tk.lemma().toLowerCase(Locale.ROOT))
                    || !Spans.hasDefiniteDeterminer(s, tk.index()) || tk.pos().endsWith("S")) {
                continue;
            }
            Mention state = latestState(ctx, tk.index());
            if (state == null) {
                continue;
            }
            int start = tk.index();
            for (Dependency d : s.children(tk.index())) {
                if ((d.relation().equals("det") || d.relation().equals("amod") || d.relation().equals("compound")) && d.dependent() < start) {
                    start = d.dependent();
                }
            }
            String text = s.span(start, tk.index() + 1);
            ctx.document().actors().named(state.actorId(), text);
            out.add(new Mention(s.index(), start, tk.index() + 1, tk.index(), state.actorId(), text, Mention.How.DESCRIPTION, null));
        }
        return out;
    }

    private static Mention latestState(SentenceContext ctx, int token) {
        return Antecedents.latest(ctx, token, WINDOW, m -> isState(ctx, m));
    }

    private static boolean isState(SentenceContext ctx, Mention m) {
        Actor a = ctx.actor(m);
        return a != null && a.type() == ActorType.STATE && m.how() != Mention.How.PRONOUN;
    }
}
