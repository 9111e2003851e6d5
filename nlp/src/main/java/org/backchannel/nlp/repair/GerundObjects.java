package org.backchannel.nlp.repair;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;
import org.backchannel.model.io.Tsv;

/**
 * Gives a gerund back its object where the parser took it for an adjective of that object: in "denied
 * striking Kyiv's hospital", "accused Hamas of using hospitals" and "refrained from supplying Ukraine"
 * the -ing word comes out as {@code amod} of the noun after it, so the clause loses its verb. The -ing
 * word becomes a verb ({@code VBG}, verb lemma) with the noun as {@code obj}, hung where the noun was:
 * {@code advcl:of} under a verb ({@code acl:of} under a noun) after a preposition, {@code xcomp} under a
 * verb that takes gerunds, with that verb's subject as its controlled subject.
 *
 * <p>It is a gerund when a determiner, possessor or number of the noun follows it ("striking Kyiv's
 * hospital", "organising the truck bomb": no adjective stands there), or when it follows a preposition
 * or gerund-taking verb and is not one of the participles that news uses as adjectives ("amid rising
 * tensions", "shelled fleeing civilians"). The word lists are data: {@code gerund-cues.tsv}.
 */
public final class GerundObjects {
    private static final String CUES = "/backchannel/nlp/gerund-cues.tsv";
    private static final Set<String> PREPOSITIONS = cues("gerund_preposition");
    private static final Set<String> GERUND_VERBS = cues("gerund_verb");
    private static final Set<String> ADJECTIVES = cues("adjective_participle");
    /** Dependents of a noun that no adjective can precede. */
    private static final Set<String> PHRASE_OPENERS = Set.of("det", "nmod:poss", "nummod", "det:predet");

    private GerundObjects() {}

    private static Set<String> cues(String kind) {
        Set<String> out = new HashSet<>();
        for (Tsv.Row r : Tsv.resource(CUES)) {
            if (r.col(0).equals(kind)) {
                out.add(r.col(1));
            }
        }
        return Set.copyOf(out);
    }

    /** The sentence with every misparsed gerund repaired; the same sentence when there is none. */
    public static ParsedSentence repair(ParsedSentence s) {
        List<Dependency> deps = new ArrayList<>(s.dependencies());
        List<Token> tokens = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (Dependency amod : s.dependencies()) {
            if (amod.relation().equals("amod") && repairOne(amod, tokens, deps)) {
                changed = true;
            }
        }
        return changed ? new ParsedSentence(s.index(), s.text(), s.charStart(), s.charEnd(), tokens, deps) : s;
    }

    private static boolean repairOne(Dependency amod, List<Token> tokens, List<Dependency> deps) {
        int w = amod.dependent();
        int n = amod.governor();
        if (w <= 0 || w >= n || !tokens.get(n).isNoun() || !ingWord(tokens.get(w))) {
            return false;
        }
        boolean opensPhrase = deps.stream()
                .anyMatch(d -> d.governor() == n && d.dependent() > w && PHRASE_OPENERS.contains(d.relation()));
        String word = tokens.get(w).word().toLowerCase(Locale.ROOT);
        if (!opensPhrase && ADJECTIVES.contains(word)) {
            return false;
        }
        int before = w - 1;
        String beforeWord = tokens.get(before).word().toLowerCase(Locale.ROOT);
        Dependency caseMark = find(deps, n, before, "case");
        List<Dependency> incoming = new ArrayList<>();
        List<Dependency> replacements = new ArrayList<>();
        if (caseMark != null && PREPOSITIONS.contains(beforeWord)) {
            for (Dependency d : deps) {
                if (d.dependent() == n
                        && d.governor() >= 0
                        && (d.baseRelation().equals("obl") || d.baseRelation().equals("nmod"))
                        && d.subtype().equals(beforeWord)) {
                    incoming.add(d);
                    String rel = tokens.get(d.governor()).isVerb() ? "advcl:" : "acl:";
                    replacements.add(new Dependency(d.governor(), w, rel + beforeWord));
                }
            }
            if (incoming.isEmpty()) {
                return false;
            }
            incoming.add(caseMark);
            replacements.add(new Dependency(w, before, "mark"));
        } else {
            Dependency obj = find(deps, before, n, "obj");
            boolean gerundVerb = tokens.get(before).isVerb()
                    && GERUND_VERBS.contains(tokens.get(before).lemma().toLowerCase(Locale.ROOT));
            if (obj == null || !(gerundVerb || opensPhrase && tokens.get(before).isVerb())) {
                return false;
            }
            incoming.add(obj);
            replacements.add(new Dependency(before, w, "xcomp"));
            for (Dependency d : deps) {
                if (d.governor() == before && d.relation().equals("nsubj")) {
                    replacements.add(new Dependency(w, d.dependent(), "nsubj:xsubj"));
                }
            }
        }
        // conjuncts the noun shares its relation with ("of using hospitals and civilians") go with it
        for (Dependency conj : List.copyOf(deps)) {
            if (conj.governor() == n && conj.baseRelation().equals("conj")) {
                for (Dependency d : List.copyOf(deps)) {
                    if (d.dependent() == conj.dependent() && incoming.stream().anyMatch(i -> sameEdge(i, d))) {
                        incoming.add(d);
                        replacements.add(new Dependency(w, conj.dependent(), "obj"));
                    }
                }
            }
        }
        deps.removeAll(incoming);
        deps.remove(amod);
        deps.addAll(replacements);
        deps.add(new Dependency(w, n, "obj"));
        Token t = tokens.get(w);
        tokens.set(
                w,
                new Token(
                        t.index(), t.word(), Morphology.lemmaStatic(word, "VBG"), "VBG", t.ner(), t.begin(), t.end()));
        return true;
    }

    /** A lower-case word ending in -ing that the tagger did not take for a name. */
    private static boolean ingWord(Token t) {
        String word = t.word();
        return word.length() > 4
                && word.endsWith("ing")
                && Character.isLowerCase(word.charAt(0))
                && (t.pos().equals("VBG") || t.pos().equals("JJ") || t.pos().equals("NN"));
    }

    /** The same relation from the same governor, to another dependent. */
    private static boolean sameEdge(Dependency a, Dependency b) {
        return a.governor() == b.governor() && a.relation().equals(b.relation());
    }

    private static Dependency find(List<Dependency> deps, int governor, int dependent, String relation) {
        for (Dependency d : deps) {
            if (d.governor() == governor
                    && d.dependent() == dependent
                    && d.relation().equals(relation)) {
                return d;
            }
        }
        return null;
    }
}
