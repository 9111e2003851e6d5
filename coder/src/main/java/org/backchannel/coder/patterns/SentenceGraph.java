package org.backchannel.coder.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * A parsed sentence with its actor mentions, and the small graph queries the coder and the claims
 * stage share: children by relation, the mention a token belongs to, and the actors a noun phrase
 * names through its modifiers.
 */
public final class SentenceGraph {
    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no", "neither", "nor");
    /** Nouns whose "of" complement names who acts ("a group of Moroccan diplomats"): argument-cues.tsv. */
    private static final Set<String> PARTITIVES = cues("partitive_noun");
    /** Words for an amount of their "of" complement ("the first of four systems"): argument-cues.tsv. */
    private static final Set<String> QUANTITIES = cues("quantity_noun");
    /** Words tying a body to whom it answers ("forces loyal to Haftar"): argument-cues.tsv. */
    private static final Set<String> AFFILIATIONS = cues("affiliation_word");
    /** Nouns for another party ("Israel's militia ally"): their owner is not who they are. */
    private static final Set<String> RELATIONAL = cues("relational_noun");

    private static Set<String> cues(String kind) {
        Set<String> out = new java.util.HashSet<>();
        for (org.backchannel.model.io.Tsv.Row r :
                org.backchannel.model.io.Tsv.resource("/backchannel/patterns/argument-cues.tsv")) {
            if (r.col(0).equals(kind)) {
                out.add(r.col(1));
            }
        }
        return Set.copyOf(out);
    }

    private final ParsedSentence sentence;
    private final List<Mention> mentions;

    public SentenceGraph(ParsedSentence sentence, List<Mention> mentions) {
        this.sentence = sentence;
        this.mentions = mentions;
    }

    public ParsedSentence sentence() {
        return sentence;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public Token token(int i) {
        return sentence.token(i);
    }

    /** Children of {@code i} whose relation is {@code rel} or, for "obl:*"-style wildcards, starts with it. */
    public List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : sentence.children(i)) {
            if (matches(d.relation(), rel)) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /**
     * The thing an amount stands for: "systems" for "the first of four systems", "drones" for "a
     * shipment of drones"; empty when {@code i} is no amount or names none.
     */
    public List<Integer> quantified(int i) {
        Token t = token(i);
        if (!QUANTITIES.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))
                && !t.pos().equals("CD")) {
            return List.of();
        }
        return children(i, "nmod:of");
    }

    /** Governors of {@code i} through relation {@code rel}. */
    public List<Integer> parents(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : sentence.parents(i)) {
            if (matches(d.relation(), rel)) {
                out.add(d.governor());
            }
        }
        return out;
    }

    private static boolean matches(String relation, String wanted) {
        if (wanted.endsWith("*")) {
            return relation.startsWith(wanted.substring(0, wanted.length() - 1));
        }
        return relation.equals(wanted);
    }

    /** The mention covering token {@code i}, or null. */
    public Mention mentionAt(int i) {
        for (Mention m : mentions) {
            if (m.covers(i)) {
                return m;
            }
        }
        return null;
    }

    /** Every mention covering token {@code i}: several for "US and British activists". */
    public List<Mention> mentionsAt(int i) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.covers(i)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The mentions an argument token stands for: its own mention, or for a common noun the mentions
     * among its modifiers ("the US approach" → US), each expanded over its conjuncts ("France and
     * Germany").
     */
    /** Participles that tie a thing to its owner in "X-flagged", "X-owned", "X-operated". */
    private static final java.util.Set<String> OWNERSHIP_PARTICIPLES =
            java.util.Set.of("flag", "own", "register", "operate", "run", "control", "charter");

    private String lemma(int token) {
        return token(token).lemma().toLowerCase(java.util.Locale.ROOT);
    }

    public List<Mention> actorsOf(int token, boolean allowOf) {
        List<Mention> out = new ArrayList<>();
        collect(token, allowOf, out, 0);
        return out;
    }

    private void collect(int token, boolean allowOf, List<Mention> out, int depth) {
        List<Mention> here = mentionsAt(token);
        if (!here.isEmpty()) {
            here.forEach(m -> addOnce(out, m));
        } else if (depth == 0 && token(token).isNoun()) {
            List<Mention> owners = new ArrayList<>();
            owners(token, allowOf, owners);
            List<Mention> apposed = apposed(token);
            // "its neighbour, Eritrea": an apposition names the noun better than a pronoun owner does
            boolean pronounsOnly = owners.stream().allMatch(m -> m.how() == Mention.How.PRONOUN);
            (apposed.isEmpty() || !pronounsOnly ? owners : apposed).forEach(m -> addOnce(out, m));
        }
        if (depth == 0) {
            for (Dependency d : sentence.children(token)) {
                if (d.relation().startsWith("conj")) {
                    collect(d.dependent(), allowOf, out, 1);
                }
            }
        }
    }

    /** The actors a noun with no mention of its own belongs to: its modifiers, owner or affiliation. */
    private void owners(int token, boolean allowOf, List<Mention> out) {
        // "US and British warplanes": every country modifier; "Iran's nuclear facilities": the owner
        boolean found = false;
        for (Dependency d : sentence.children(token)) {
            String r = d.relation();
            if (r.equals("compound") || r.equals("amod")) {
                Mention mod = mentionAt(d.dependent());
                if (mod == null && r.equals("amod") && OWNERSHIP_PARTICIPLES.contains(lemma(d.dependent()))) {
                    // "a British-flagged tanker", "a Greek-owned ship": the owner stands inside the participle
                    for (Dependency inner : sentence.children(d.dependent())) {
                        Mention owner = mentionAt(inner.dependent());
                        if (owner != null && inner.dependent() < d.dependent()) {
                            mod = owner;
                        }
                    }
                }
                if (mod != null) {
                    addOnce(out, mod);
                    found = true;
                    for (Dependency c : sentence.children(d.dependent())) {
                        Mention conj = c.relation().startsWith("conj") ? mentionAt(c.dependent()) : null;
                        if (conj != null) {
                            addOnce(out, conj);
                        }
                    }
                }
            }
        }
        boolean partitive = PARTITIVES.contains(token(token).lemma().toLowerCase(java.util.Locale.ROOT));
        for (Dependency d : sentence.children(token)) {
            String r = d.relation();
            if (!found && (r.equals("nmod:poss") || ((allowOf || partitive) && r.equals("nmod:of")))) {
                List<Mention> mods =
                        r.equals("nmod:poss") ? ownerThroughPossessives(d.dependent()) : mentionsAt(d.dependent());
                if (!mods.isEmpty()) {
                    mods.forEach(mod -> addOnce(out, mod));
                    found = true;
                    break;
                }
            }
        }
        if (!found && allowOf) {
            // "rejected calls by Belarus's rulers", "an appeal from the UN": whose the thing is
            for (Dependency d : sentence.children(token)) {
                if (!found && (d.relation().equals("nmod:by") || d.relation().equals("nmod:from"))) {
                    List<Mention> mods = mentionsAt(d.dependent());
                    mods.forEach(mod -> addOnce(out, mod));
                    found = !mods.isEmpty();
                }
            }
        }
        if (!found && partitive) {
            // "the deputy chief of Israel's militia ally", "members of the Syrian parliament": one
            // step further, to the owner of the body the people belong to
            for (Dependency d : sentence.children(token)) {
                if (d.relation().equals("nmod:of")
                        && token(d.dependent()).isNoun()
                        && !RELATIONAL.contains(token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    collect(d.dependent(), true, out, 0);
                    break;
                }
            }
        }
        if (!found) {
            found = affiliation(token, out);
        }
    }

    /** The actors of the appositions after a noun ("its neighbour, Eritrea"). */
    private List<Mention> apposed(int token) {
        List<Mention> out = new ArrayList<>();
        for (Dependency d : sentence.children(token)) {
            if (d.relation().equals("appos") && d.dependent() > token) {
                out.addAll(mentionsAt(d.dependent()));
            }
        }
        return out;
    }

    /**
     * "forces loyal to Khalifa Haftar", "hackers linked to the Chinese government", "militias allied
     * with Tehran": a body named only by whom it answers to stands for that actor. Being backed,
     * armed or funded by someone does not make a body theirs, so those words are not listed.
     */
    private boolean affiliation(int token, List<Mention> out) {
        List<Integer> ties = new ArrayList<>();
        for (Dependency d : sentence.children(token)) {
            if (d.relation().equals("amod") || d.relation().startsWith("acl")) {
                ties.add(d.dependent());
            }
        }
        for (Dependency d : sentence.parents(token)) {
            if (d.relation().equals("nsubj") && token(d.governor()).pos().equals("VBN")) {
                ties.add(d.governor()); // the parser made "hackers linked to X" a clause
            }
        }
        boolean found = false;
        for (int tie : ties) {
            // the cues list participles as written ("linked", "allied"): their lemmas ("link", "ally") are other words
            if (!AFFILIATIONS.contains(token(tie).lemma().toLowerCase(java.util.Locale.ROOT))
                    && !AFFILIATIONS.contains(token(tie).word().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (Dependency c : sentence.children(tie)) {
                if (c.relation().equals("obl:to") || c.relation().equals("obl:with")) {
                    int before = out.size();
                    collect(c.dependent(), true, out, 1);
                    found |= out.size() > before;
                }
            }
        }
        return found;
    }

    /** The owner's mentions, or those of its own owner: "Kyiv's children's hospital" belongs to Kyiv. */
    private List<Mention> ownerThroughPossessives(int owner) {
        List<Mention> here = mentionsAt(owner);
        if (!here.isEmpty() || !token(owner).isNoun()) {
            return here;
        }
        for (Dependency d : sentence.children(owner)) {
            if (d.relation().equals("nmod:poss")) {
                return mentionsAt(d.dependent());
            }
        }
        return here;
    }

    private static void addOnce(List<Mention> out, Mention m) {
        if (out.stream().noneMatch(x -> x.actorId().equals(m.actorId()))) {
            out.add(m);
        }
    }

    /**
     * The word that negates the predicate at {@code i} ("did not meet", "no talks", "never attacked",
     * "no country recognised"), or null.
     */
    public String negation(int i) {
        for (Dependency d : sentence.children(i)) {
            if (d.relation().startsWith("nsubj")) {
                for (Dependency s : sentence.children(d.dependent())) {
                    String l = token(s.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
                    if (s.relation().equals("det") && (l.equals("no") || l.equals("none"))) {
                        return token(s.dependent()).word();
                    }
                }
            }
        }
        for (Dependency d : sentence.children(i)) {
            String lemma = token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
            if ((d.relation().equals("advmod")
                            || d.relation().equals("det")
                            || d.relation().equals("neg")
                            || d.relation().equals("cc:preconj"))
                    && NEGATORS.contains(lemma)) {
                return token(d.dependent()).word();
            }
        }
        return null;
    }
}
