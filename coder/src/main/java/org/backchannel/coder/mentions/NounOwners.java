package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.actors.NameIndex;
import org.backchannel.coder.actors.Names;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * Whose a group noun is, read off its modifiers: the countries of demonyms and state names before it
 * ("Turkish police", "US and British activists" give two), the owner in a possessive ("Maduro's
 * forces", "its envoys"), the state of an "of/from/in" complement when no stronger modifier names one
 * ("the commander in Iraq"), and the leader whose government it is ("the Trump administration").
 *
 * @param countries distinct countries, strongest first; several only for coordinated modifiers
 * @param leader    the person whose government the noun names, or null
 * @param spanStart the first token of the phrase, modifiers included
 * @param body      an organization named right before the noun ("UN troops", "Hamas fighters", "EU
 *                  officials"): the people are that body's own, or null
 */
record NounOwners(List<String> countries, String leader, int spanStart, Mention body) {
    private static final java.util.Set<String> GOVERNMENT_NOUNS =
            java.util.Set.of("administration", "government", "regime", "cabinet", "camp", "team");

    static boolean isGovernmentNoun(String phrase) {
        return GOVERNMENT_NOUNS.contains(phrase);
    }

    static NounOwners of(SentenceContext ctx, Token noun, String phrase, int from) {
        ParsedSentence s = ctx.sentence();
        KnowledgeBase kb = ctx.document().kb();
        List<String> strong = new ArrayList<>();
        String weak = null;
        String leader = null;
        Mention body = null;
        int spanStart = from;
        for (Dependency d : s.children(noun.index())) {
            String rel = d.relation();
            boolean before = rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss");
            boolean after = rel.equals("nmod:of") || rel.equals("nmod:from") || rel.equals("nmod:in");
            if (!before && !after) {
                continue;
            }
            Mention m = ctx.at(d.dependent());
            if (m == null
                    && d.relation().equals("nmod:poss")
                    && ctx.sentence().token(d.dependent()).pos().startsWith("PRP")) {
                m = Pronouns.resolve(ctx, ctx.sentence().token(d.dependent())); // "its envoys", "their forces"
            }
            if (m != null) {
                Actor a = ctx.actor(m);
                if (a != null
                        && (rel.equals("compound") || rel.equals("amod"))
                        && m.end() == noun.index()
                        && (a.type() == ActorType.ORGANIZATION || a.type() == ActorType.GROUP)) {
                    body = m; // "UN troops", "Hamas fighters"
                }
                if (a == null || a.country() == null) {
                    continue;
                }
                if (a.type() == ActorType.PERSON && isGovernmentNoun(phrase)) {
                    strong.add(a.country());
                    leader = a.id();
                } else if (a.type() == ActorType.PERSON
                        || a.type() == ActorType.GROUP
                        || a.type() == ActorType.ORGANIZATION) {
                    if (!rel.equals("nmod:poss")) {
                        continue;
                    }
                    strong.add(a.country()); // "Maduro's VP", "Putin's forces", "its envoys" after "the Venezuelan
                    // government"
                } else if (after) {
                    weak = weak == null ? a.country() : weak; // "the US commander in Iraq" is American
                } else {
                    strong.add(a.country());
                }
                if (before) {
                    spanStart = Math.min(spanStart, m.start() <= noun.index() ? m.start() : spanStart);
                }
            } else if (rel.equals("compound")
                    && isGovernmentNoun(phrase)
                    && s.token(d.dependent()).isProperNoun()
                    && Surnames.known(
                                    kb,
                                    Names.normalize(s.token(d.dependent()).word()),
                                    ctx.document().day())
                            != null) {
                // "the Trump administration", "the Maduro regime": a leader's government
                Actor a = kb.get(Surnames.known(
                                kb,
                                Names.normalize(s.token(d.dependent()).word()),
                                ctx.document().day()))
                        .orElseThrow();
                strong.add(a.country());
                leader = a.id();
                spanStart = Math.min(spanStart, d.dependent());
            } else if (before) {
                String c = demonym(kb, s.token(d.dependent()));
                if (c == null
                        && rel.equals("amod")
                        && LEADING.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    c = leader(ctx, d.dependent()); // "Saudi-led coalition", "Vietnamese-led forces"
                }
                if (c != null) {
                    strong.add(c);
                    spanStart = Math.min(spanStart, firstOf(s, d.dependent()));
                }
            }
        }
        List<String> countries = new ArrayList<>();
        for (String c : strong) {
            if (!countries.contains(c)) {
                countries.add(c);
            }
        }
        if (countries.isEmpty() && weak != null) {
            countries.add(weak);
        }
        return new NounOwners(countries, leader, spanStart, body);
    }

    /** Participles naming who heads a force or body: "the Saudi-led coalition", "US-run forces". */
    private static final java.util.Set<String> LEADING = java.util.Set.of("lead", "run", "command", "control");

    /** The first token of a modifier with its own dependents ("Vietnamese - led"). */
    private static int firstOf(ParsedSentence s, int modifier) {
        int first = modifier;
        for (Dependency d : s.children(modifier)) {
            first = Math.min(first, d.dependent());
        }
        return first;
    }

    /** The state named inside a leading participle ("Saudi" in "Saudi-led"), or null. */
    private static String leader(SentenceContext ctx, int participle) {
        ParsedSentence s = ctx.sentence();
        for (Dependency inner : s.children(participle)) {
            if (inner.dependent() >= participle) {
                continue;
            }
            Mention m = ctx.at(inner.dependent());
            Actor a = m == null ? null : ctx.actor(m);
            if (a != null && a.country() != null) {
                return a.country();
            }
            String c = demonym(ctx.document().kb(), s.token(inner.dependent()));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The country a capitalized word names as a demonym or a state name, or null. */
    static String demonym(KnowledgeBase kb, Token t) {
        if (!Spans.startsName(t)) {
            return null;
        }
        for (NameIndex.Entry e : kb.names().lookup(NameIndex.key(t.word()))) {
            if (e.kind() == NameIndex.Kind.DEMONYM
                    || e.kind() == NameIndex.Kind.NAME
                    || e.kind() == NameIndex.Kind.ALIAS) {
                Actor a = kb.get(e.actorId()).orElse(null);
                if (a != null && a.type() == ActorType.STATE) {
                    return a.country();
                }
            }
        }
        return null;
    }

    String country() {
        return countries.isEmpty() ? null : countries.get(0);
    }
}
