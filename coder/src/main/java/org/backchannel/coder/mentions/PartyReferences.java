package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * "Both sides", "the two sides", "the warring parties", "each side": the parties of a conflict or a
 * talk named together before ("fighting between Sudan's army and the RSF … urged both sides"), as
 * one mention per party. Nothing is guessed when fewer than two parties were named together.
 */
final class PartyReferences implements MentionRule {
    private static final Set<String> NOUNS = Set.of("side", "party", "belligerent", "rival", "foe", "adversary");

    @Override
    public List<Mention> find(SentenceContext ctx) {
        ParsedSentence s = ctx.sentence();
        List<Mention> out = new ArrayList<>();
        for (Token tk : s.tokens()) {
            if (!tk.isNoun()
                    || ctx.covered(tk.index())
                    || !NOUNS.contains(tk.lemma().toLowerCase(Locale.ROOT))
                    || !pairWords(s, tk)) {
                continue;
            }
            List<Mention> parties = latestPair(ctx, tk.index());
            if (parties.size() < 2) {
                continue;
            }
            out.addAll(Antecedents.describing(
                    ctx, tk, rel -> rel.startsWith("det") || rel.equals("nummod") || rel.equals("amod"), parties));
        }
        return out;
    }

    /**
     * The latest parties named together before {@code token}: coordinated in its sentence ("between
     * Sudan's army and the RSF"), else the only two bodies the previous sentence names.
     */
    private static List<Mention> latestPair(SentenceContext ctx, int token) {
        List<Mention> before = ctx.found().stream()
                .filter(m -> m.end() <= token && isBody(ctx, m))
                .toList();
        for (int k = before.size() - 1; k >= 0; k--) {
            List<Mention> parties = Antecedents.withConjuncts(ctx, before.get(k));
            if (parties.size() >= 2) {
                return parties;
            }
        }
        List<Mention> previous = new ArrayList<>();
        for (Mention m : ctx.document().earlier()) {
            if (m.sentence() == ctx.index() - 1
                    && isBody(ctx, m)
                    && previous.stream().noneMatch(p -> p.actorId().equals(m.actorId()))) {
                previous.add(m);
            }
        }
        return previous.size() == 2 ? previous : List.of();
    }

    private static boolean isBody(SentenceContext ctx, Mention m) {
        var a = ctx.actor(m);
        return a != null && a.type() != org.backchannel.model.ActorType.PERSON && m.how() != Mention.How.PRONOUN;
    }

    /** "both sides", "the two sides", "each side", "the warring parties": words that make it the pair. */
    private static boolean pairWords(ParsedSentence s, Token noun) {
        boolean plural = noun.pos().endsWith("S");
        for (Dependency d : s.children(noun.index())) {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.relation().startsWith("det") && (w.equals("both") || w.equals("each") && !plural)) {
                return true;
            }
            if (plural
                    && (d.relation().equals("nummod") && w.equals("two")
                            || d.relation().equals("amod") && (w.equals("warring") || w.equals("opposing")))) {
                return true;
            }
        }
        return false;
    }
}
