package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.actors.NameIndex;
import org.backchannel.coder.places.Gazetteer;
import org.backchannel.coder.places.Place;
import org.backchannel.coder.places.PlaceContext;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * Towns, cities and regions stand for the state they lie in ("shelled the outskirts of Donetsk",
 * "clashes in Kandahar", "Gaza authorities"), through the GeoNames gazetteer. A name is read as a
 * place when the tagger calls it a location, or when it is a proper name after a place preposition
 * ("near Soroti"); the countries the document names pick among namesakes, and a name the knowledge
 * base gives to an actor is never a place.
 */
final class Places implements MentionRule {
    private static final Set<String> PLACE_CASES = Set.of(
            "in", "near", "outside", "around", "across", "at", "into", "from", "to", "toward", "towards", "inside",
            "of", "on", "over");

    private final Gazetteer gazetteer;

    Places(KnowledgeBase kb) {
        this.gazetteer = Gazetteer.defaults()
                .reserving(surface -> !kb.names().lookup(NameIndex.key(surface)).isEmpty());
    }

    @Override
    public List<Mention> find(SentenceContext ctx) {
        ParsedSentence s = ctx.sentence();
        List<Mention> out = new ArrayList<>();
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            if (ctx.covered(i) || !nameStart(t.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.size() && !ctx.covered(j) && sameName(t.get(i), t.get(j))) {
                j++;
            }
            if (looksLikePlace(s, i, j)) {
                Optional<Place> place = gazetteer.resolve(s, i, j, context(ctx));
                String state =
                        place.map(p -> p.country().toLowerCase(Locale.ROOT)).orElse(null);
                Actor a = state == null ? null : ctx.document().kb().get(state).orElse(null);
                if (a != null && a.type() == ActorType.STATE) {
                    String text = s.span(i, j);
                    ctx.document().actors().named(a.id(), text);
                    out.add(new Mention(s.index(), i, j, Spans.head(s, i, j), a.id(), text, Mention.How.PLACE, null));
                }
            }
            i = j;
        }
        return out;
    }

    private static boolean nameStart(Token t) {
        return t.pos().startsWith("NNP") && Spans.startsName(t);
    }

    /** Tokens of one name: proper nouns of the same tagger class. */
    private static boolean sameName(Token first, Token t) {
        return t.pos().startsWith("NNP") && t.ner().equals(first.ner()) && Spans.startsName(t);
    }

    private static boolean looksLikePlace(ParsedSentence s, int from, int to) {
        if (s.token(from).ner().equals("LOCATION")) {
            return true;
        }
        if (!s.token(from).ner().equals("O")) {
            return false; // a person or an organization the tagger recognized
        }
        int head = Spans.head(s, from, to);
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("case")
                    && PLACE_CASES.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Countries the sentence names as places ("in Ukraine", "Tripoli, Lebanon"), and those of its
     * parties and of the document's main country, which weigh less: "Russian troops advanced on
     * Pokrovsk" is about a Ukrainian town.
     */
    private static PlaceContext context(SentenceContext ctx) {
        ParsedSentence s = ctx.sentence();
        Set<String> named = new LinkedHashSet<>();
        Set<String> parties = new LinkedHashSet<>();
        for (Mention m : ctx.found()) {
            Actor a = ctx.actor(m);
            if (a == null || a.country() == null) {
                continue;
            }
            boolean asPlace =
                    (a.type() == ActorType.STATE || m.how() == Mention.How.PLACE) && inPlacePhrase(s, m.head());
            (asPlace ? named : parties).add(a.country());
        }
        String top = ctx.document().topCountry();
        if (top != null && !named.contains(top)) {
            parties.add(top);
        }
        return new PlaceContext(named, parties);
    }

    /** A name after a place preposition, or set off after a town ("Bam, Iran"). */
    private static boolean inPlacePhrase(ParsedSentence s, int head) {
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("case")
                    && PLACE_CASES.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return s.parents(head).stream()
                .anyMatch(d -> d.relation().startsWith("appos")
                        && d.governor() >= 0
                        && s.token(d.governor()).isProperNoun());
    }
}
