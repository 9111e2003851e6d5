package org.backchannel.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.CodedDocument;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.actors.TitleWords;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.EventDate;
import org.backchannel.model.Evidence;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Role;
import org.backchannel.model.Token;
import org.backchannel.model.Warning;

/**
 * Checks what the text says about people against the knowledge base on the date the text speaks of:
 * a government named after a leader who held no office then ("the Trump administration" in late
 * 2023), and a person given a title they did not hold then ("Rodríguez's position as Minister of Oil"
 * before she was appointed).
 */
final class ConsistencyChecker {
    static final String KIND = "temporal-inconsistency";
    private static final Set<String> POSITION_NOUNS =
            Set.of("position", "role", "post", "job", "capacity", "office", "tenure", "time");

    List<Warning> check(CodedDocument doc, DocumentActors actors, EventDate docDate) {
        List<Warning> out = new ArrayList<>();
        if (docDate == null) {
            return out;
        }
        for (ParsedSentence s : doc.parsed().sentences()) {
            SentenceGraph g = doc.graph(s.index());
            EventDate when = sentenceDate(doc, s, docDate);
            Evidence ev = new Evidence(doc.parsed().document().id(), s.index(), s.text(), s.charStart(), s.charEnd());
            for (Mention m : g.mentions()) {
                if (m.leaderId() != null) {
                    Actor leader = actors.get(m.leaderId());
                    if (leader != null && !leader.roles().isEmpty() && noRoleDuring(leader.roles(), when)) {
                        out.add(new Warning(
                                KIND,
                                "\"" + m.text() + "\" is linked to events of " + when.label() + ", when "
                                        + leader.name() + " held no office (" + describe(leader.roles()) + ")",
                                List.of(ev)));
                    }
                }
                Actor a = actors.get(m.actorId());
                if (a == null || a.type() != ActorType.PERSON || a.roles().isEmpty()) {
                    continue;
                }
                for (List<String> title : titlesGiven(g, m)) {
                    String written = String.join(" ", title);
                    List<String> words = title.stream()
                            .map(w -> w.toLowerCase(Locale.ROOT))
                            .filter(w -> !Set.of("of", "the", "for", "and").contains(w))
                            .toList();
                    List<Role> matching = a.roles().stream()
                            .filter(r -> TitleWords.matches(r.title(), words))
                            .toList();
                    if (!matching.isEmpty() && noRoleDuring(matching, when)) {
                        out.add(new Warning(
                                KIND,
                                "The text calls " + a.name() + " \"" + written + "\" for " + when.label()
                                        + ", but that office was held " + describe(matching),
                                List.of(ev)));
                    }
                }
            }
        }
        return out;
    }

    /** The date a sentence speaks of: its own date expression, else the document's. */
    private static EventDate sentenceDate(CodedDocument doc, ParsedSentence s, EventDate docDate) {
        return doc.events().stream()
                .filter(e -> e.primaryEvidence().sentence() == s.index()
                        && e.date() != null
                        && e.date().fromText())
                .map(e -> e.date())
                .findFirst()
                .orElse(docDate);
    }

    private static boolean noRoleDuring(List<Role> roles, EventDate when) {
        LocalDate from = when.day();
        LocalDate to = when.lastDay();
        for (Role r : roles) {
            boolean startsBeforeEnd = r.from() == null || !r.from().isAfter(to);
            boolean endsAfterStart = r.to() == null || !r.to().isBefore(from);
            if (startsBeforeEnd && endsAfterStart) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<Role> roles) {
        List<String> parts = new ArrayList<>();
        for (Role r : roles) {
            parts.add(
                    r.title() + " " + (r.from() == null ? "?" : r.from()) + " to " + (r.to() == null ? "now" : r.to()));
        }
        return String.join("; ", parts.subList(0, Math.min(4, parts.size())));
    }

    /** Titles the text gives a person: "X's position as Minister of Oil", "X, the foreign minister". */
    private static List<List<String>> titlesGiven(SentenceGraph g, Mention m) {
        List<List<String>> out = new ArrayList<>();
        for (int p : g.parents(m.head(), "nmod:poss")) {
            if (POSITION_NOUNS.contains(g.token(p).lemma().toLowerCase(Locale.ROOT))) {
                for (int as : g.children(p, "nmod:as")) {
                    out.add(phrase(g, as));
                }
            }
        }
        for (int a : g.children(m.head(), "appos")) {
            Mention at = g.mentionAt(a);
            if (at == null || at.how() == Mention.How.TITLE) {
                out.add(phrase(g, a));
            }
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    /** A title noun with its capitalized compounds and "of" complements: "Minister of Oil". */
    private static List<String> phrase(SentenceGraph g, int head) {
        List<String> words = new ArrayList<>();
        Token h = g.token(head);
        Mention at = g.mentionAt(head);
        if (!h.isNoun() || (at != null && at.how() != Mention.How.TITLE)) {
            return words;
        }
        for (int c : g.children(head, "compound")) {
            words.add(g.token(c).word());
        }
        words.add(h.word());
        for (int o : g.children(head, "nmod:of")) {
            if (g.mentionAt(o) == null) {
                words.add("of");
                words.add(g.token(o).word());
            }
        }
        return words;
    }
}
