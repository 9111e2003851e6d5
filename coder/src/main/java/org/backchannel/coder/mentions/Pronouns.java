package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Token;

/**
 * Personal pronouns that refer back to an actor ("he", "its", "they"). The mention keeps the
 * pronoun's span but the antecedent's words, so that no pronoun is ever an actor's text. A pronoun
 * with no antecedent names nobody.
 */
final class Pronouns implements MentionRule {
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> COLLECTIVE = Set.of("it", "its", "itself", "they", "them", "their", "themselves");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "themselves");

    @Override
    public List<Mention> find(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        for (Token tk : ctx.sentence().tokens()) {
            if (!tk.pos().startsWith("PRP") || ctx.covered(tk.index())) {
                continue;
            }
            Mention m = resolve(ctx, tk);
            if (m == null) {
                continue;
            }
            out.add(m);
            if (PLURAL.contains(tk.word().toLowerCase(Locale.ROOT)) && m.how() == Mention.How.PRONOUN) {
                Mention ante = Antecedents.collective(ctx, tk.index());
                for (Mention other : Antecedents.withConjuncts(ctx, ante)) {
                    if (!other.actorId().equals(m.actorId())) {
                        String text = antecedentText(ctx, other);
                        ctx.document().actors().named(other.actorId(), text);
                        out.add(new Mention(
                                ctx.index(),
                                tk.index(),
                                tk.index() + 1,
                                tk.index(),
                                other.actorId(),
                                text,
                                Mention.How.PRONOUN,
                                null));
                    }
                }
            }
        }
        return out;
    }

    /** The mention a pronoun token stands for, or null when it is no pronoun or nothing resolves. */
    static Mention resolve(SentenceContext ctx, Token tk) {
        String w = tk.word().toLowerCase(Locale.ROOT);
        Mention ante;
        if (COLLECTIVE.contains(w)) {
            ante = Antecedents.collective(ctx, tk.index());
        } else if (MALE.contains(w) || FEMALE.contains(w)) {
            ante = Antecedents.person(ctx, tk.index(), MALE.contains(w) ? "m" : "f");
            if (ante != null) {
                Mention kin = KinTerms.relative(ctx, tk, ante);
                if (kin != null) {
                    return kin;
                }
            }
        } else {
            return null;
        }
        if (ante == null) {
            return null;
        }
        String text = antecedentText(ctx, ante);
        ctx.document().actors().named(ante.actorId(), text);
        return new Mention(
                ctx.index(),
                tk.index(),
                tk.index() + 1,
                tk.index(),
                ante.actorId(),
                text,
                Mention.How.PRONOUN,
                ante.leaderId());
    }

    /** The words the antecedent was named by, or the actor's name when that too was a reference. */
    private static String antecedentText(SentenceContext ctx, Mention ante) {
        if (ante.how() == Mention.How.PRONOUN
                || ante.text() == null
                || ante.text().isBlank()) {
            var a = ctx.actor(ante);
            return a == null ? ante.text() : a.name();
        }
        return ante.text();
    }
}
