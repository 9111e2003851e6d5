package org.backchannel.nlp.repair;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * Gives a second main verb back to its clause where the parser hung it inside the reported clause
 * before it: in "Peskov denied that Russia targets civilians and accused Kyiv of shelling Belgorod" the
 * parser makes "accused" a conjunct of "targets", so Russia accuses Kyiv, and the denial covers the
 * accusation. The tenses tell: a past-tense conjunct of a present-tense reported clause, under a
 * past-tense verb of saying, belongs to that verb. It becomes the verb's conjunct, with the verb's
 * subject.
 */
public final class MatrixConjuncts {
    private MatrixConjuncts() {}

    /** The sentence with every such conjunct moved up; the same sentence when there is none. */
    public static ParsedSentence repair(ParsedSentence s) {
        List<Dependency> deps = new ArrayList<>(s.dependencies());
        boolean changed = false;
        for (Dependency ccomp : s.dependencies()) {
            if (!ccomp.relation().equals("ccomp") || ccomp.governor() < 0) {
                continue;
            }
            int matrix = ccomp.governor();
            int reported = ccomp.dependent();
            if (!s.token(matrix).pos().equals("VBD") || !present(s, reported)) {
                continue;
            }
            for (Dependency conj : s.dependencies()) {
                if (conj.governor() == reported
                        && conj.baseRelation().equals("conj")
                        && conj.dependent() > reported
                        && past(s, conj.dependent())) {
                    move(s, deps, matrix, reported, conj);
                    changed = true;
                }
            }
        }
        return changed ? new ParsedSentence(s.index(), s.text(), s.charStart(), s.charEnd(), s.tokens(), deps) : s;
    }

    private static void move(ParsedSentence s, List<Dependency> deps, int matrix, int reported, Dependency conj) {
        int verb = conj.dependent();
        List<Integer> oldSubjects = new ArrayList<>();
        for (Dependency d : s.children(reported)) {
            if (d.relation().startsWith("nsubj")) {
                oldSubjects.add(d.dependent());
            }
        }
        deps.remove(conj);
        // the enhanced graph copied the reported clause's link onto its conjunct: "denied" -ccomp-> "accused"
        deps.removeIf(d ->
                d.governor() == matrix && d.dependent() == verb && d.relation().equals("ccomp"));
        deps.removeIf(
                d -> d.governor() == verb && d.relation().startsWith("nsubj") && oldSubjects.contains(d.dependent()));
        deps.add(new Dependency(matrix, verb, conj.relation()));
        for (Dependency d : s.children(matrix)) {
            if (d.relation().equals("nsubj")) {
                deps.add(new Dependency(verb, d.dependent(), "nsubj"));
            }
        }
    }

    /**
     * A present-tense predicate: a present verb, or a plural noun the tagger gave a subject ("Russia
     * targets civilians", tagged as a noun).
     */
    private static boolean present(ParsedSentence s, int t) {
        String pos = s.token(t).pos();
        if (pos.equals("VBZ") || pos.equals("VBP")) {
            return true;
        }
        return pos.equals("NNS")
                && s.children(t).stream().anyMatch(d -> d.relation().equals("nsubj"));
    }

    /** A finite past-tense verb with no auxiliary of its own ("accused", not "had accused", "will accuse"). */
    private static boolean past(ParsedSentence s, int t) {
        Token tk = s.token(t);
        if (!(tk.pos().equals("VBD") || tk.pos().equals("VBN"))) {
            return false;
        }
        return s.children(t).stream()
                .noneMatch(d -> d.relation().startsWith("aux") || d.relation().equals("cop"));
    }
}
