package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.actors.NameIndex;
import org.backchannel.model.ActorType;
import org.backchannel.model.Token;

/**
 * Names the knowledge base knows, longest match first: people, organizations, states with their
 * aliases, demonyms ("Venezuelan"), capitals and metonyms ("Washington", "the Kremlin").
 */
final class KnownNames implements MentionRule {

    @Override
    public List<Mention> find(SentenceContext ctx) {
        KnowledgeBase kb = ctx.document().kb();
        List<Mention> found = new ArrayList<>();
        List<Token> t = ctx.sentence().tokens();
        int i = 0;
        while (i < t.size()) {
            if (!(Spans.startsName(t.get(i)) || articlePrefix(t, i)) || ctx.covered(i)) {
                i++;
                continue;
            }
            int matchEnd = -1;
            NameIndex.Entry match = null;
            for (int j = Math.min(t.size(), i + NameIndex.MAX_TOKENS); j > i; j--) {
                NameIndex.Entry e = pick(kb.names().lookup(key(ctx.sentence(), i, j)), t, i, j);
                if (e != null) {
                    match = e;
                    matchEnd = j;
                    break;
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            String text = ctx.sentence().span(i, matchEnd);
            if (match.kind() == NameIndex.Kind.METONYM && isState(kb, match.actorId())) {
                // "the White House", "the Kremlin", "Miraflores": a seat of power stands for the
                // government, not the country (a capital names the country: see CAPITAL)
                var state = kb.get(match.actorId()).orElseThrow();
                String gov = ctx.document().actors().group(state.country(), "GOV", state.name() + " government");
                ctx.document().actors().named(gov, text);
                found.add(new Mention(
                        ctx.index(),
                        i,
                        matchEnd,
                        Spans.head(ctx.sentence(), i, matchEnd),
                        gov,
                        text,
                        Mention.How.METONYM,
                        null));
                i = matchEnd;
                continue;
            }
            ctx.document().actors().named(match.actorId(), text);
            Mention.How how =
                    switch (match.kind()) {
                            // a demonym names its state ("the Venezuelans", "a Russian air strike"); where it
                            // modifies a group noun ("Venezuelan officials") a later rule takes it into the group
                        case DEMONYM -> Mention.How.STATE;
                        case METONYM, CAPITAL -> Mention.How.METONYM;
                        default -> kb.get(match.actorId())
                                        .map(a -> a.type() == ActorType.STATE)
                                        .orElse(false)
                                ? Mention.How.STATE
                                : Mention.How.NAME;
                    };
            found.add(new Mention(
                    ctx.index(),
                    i,
                    matchEnd,
                    Spans.head(ctx.sentence(), i, matchEnd),
                    match.actorId(),
                    text,
                    how,
                    null));
            i = matchEnd;
        }
        return found;
    }

    private static boolean isState(KnowledgeBase kb, String id) {
        return kb.get(id).map(a -> a.type() == ActorType.STATE).orElse(false);
    }

    /**
     * The lookup key of tokens {@code from..to} as the text spells them, so that a name the tokenizer
     * split at its hyphens ("Al - Qaeda") is found as written ("al-Qaeda").
     */
    private static String key(org.backchannel.model.ParsedSentence s, int from, int to) {
        return NameIndex.key(s.span(from, to).replaceAll("['\u2019]s$", ""));
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("al", "el", "ad", "as");

    /** A lower-case Arabic article joined by a hyphen to a name: "al-Qaeda", "al-Shabaab", "el-Sisi". */
    private static boolean articlePrefix(List<Token> t, int i) {
        String w = t.get(i).word();
        return w.startsWith("al-")
                || ARTICLES.contains(w)
                        && i + 1 < t.size()
                        && t.get(i + 1).word().equals("-");
    }

    /**
     * The entry a token span names, or null. Short all-caps forms ("US") must be written in capitals;
     * a capitalized word of a multi-word name must not be lower case in the text ("Russia today" is
     * not the broadcaster "Russia Today"); a lone pronoun names nobody.
     */
    private static NameIndex.Entry pick(List<NameIndex.Entry> entries, List<Token> t, int from, int to) {
        for (NameIndex.Entry e : entries) {
            String surface = e.surface().replace(".", "");
            if (surface.length() <= 3 && surface.equals(surface.toUpperCase(Locale.ROOT))) {
                String written = t.get(from).word().replace(".", "");
                if (!written.equals(written.toUpperCase(Locale.ROOT))) {
                    continue;
                }
            }
            if (to - from == 1 && t.get(from).pos().startsWith("PRP")) {
                continue;
            }
            if (to - from > 1 && lowerWhereNameIsCapitalized(e.surface(), t, from, to)) {
                continue;
            }
            return e;
        }
        return null;
    }

    private static boolean lowerWhereNameIsCapitalized(String surface, List<Token> t, int from, int to) {
        String[] words = surface.strip().split("\\s+");
        if (words.length != to - from) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            char want = words[k].charAt(0);
            char got = t.get(from + k).word().charAt(0);
            if (Character.isUpperCase(want) && Character.isLowerCase(got)) {
                return true;
            }
        }
        return false;
    }
}
