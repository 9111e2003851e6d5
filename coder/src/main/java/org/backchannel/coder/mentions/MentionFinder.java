package org.backchannel.coder.mentions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;

/**
 * Finds the actors a document mentions, in two passes of ordered {@link MentionRule}s. The first
 * pass reads names in every sentence, so that the whole document's countries are known; the second
 * reads what needs the names around it — groups, offices, pronouns, kin and definite descriptions —
 * sentence by sentence, each seeing the sentences before it.
 */
public final class MentionFinder {
    private static final MentionRule KNOWN_NAMES = new KnownNames();
    private static final MentionRule PERSON_NAMES = new PersonNames();
    private static final MentionRule ORGANIZATION_NAMES = new UnknownOrganizations();
    private static final List<MentionRule> REFERENCES = List.of(
            new KinTerms(),
            new EthnicGroups(),
            new GroupNouns(),
            new SharedGroupNouns(),
            new StateDescriptions(),
            new DividedStates(),
            new PartyReferences(),
            new Pronouns());

    private final KnowledgeBase kb;
    private final MentionRule places;

    public MentionFinder(KnowledgeBase kb) {
        this.kb = kb;
        this.places = new Places(kb);
    }

    /**
     * Mentions per sentence of one document, with the actors they resolve to added to {@code actors}.
     * A wire dateline's country ("LIMA, Peru") is the story's country when its text names none.
     */
    public List<List<Mention>> find(ParsedDocument doc, LocalDate day, DocumentActors actors) {
        String datelineCountry =
                DatelinePlace.country(doc.document().dateline(), kb, org.backchannel.coder.places.Gazetteer.defaults());
        DocumentContext dc = new DocumentContext(kb, actors, day, datelineCountry);
        List<List<Mention>> out = new ArrayList<>();
        // names the knowledge base knows, over the whole document first: a new person's country may
        // come from any of them
        for (ParsedSentence s : doc.sentences()) {
            List<Mention> found = apply(List.of(KNOWN_NAMES), s, dc);
            dc.countNames(found);
            out.add(found);
        }
        // towns and regions stand for their state; the document's countries pick among namesakes
        for (ParsedSentence s : doc.sentences()) {
            List<Mention> found = out.get(s.index());
            List<Mention> towns = apply(List.of(places), s, dc, found);
            dc.countNames(towns);
            found.addAll(towns);
        }
        for (ParsedSentence s : doc.sentences()) {
            List<Mention> found = out.get(s.index());
            List<Mention> people = apply(List.of(PERSON_NAMES, ORGANIZATION_NAMES), s, dc, found);
            dc.countNames(people);
            found.addAll(people);
        }
        for (ParsedSentence s : doc.sentences()) {
            List<Mention> found = out.get(s.index());
            found.addAll(apply(REFERENCES, s, dc, found));
            found.removeIf(m -> Spans.absorbed(m, found));
            found.sort(Comparator.comparingInt(Mention::start));
            dc.remember(found);
        }
        return out;
    }

    private static List<Mention> apply(List<MentionRule> rules, ParsedSentence s, DocumentContext dc) {
        return apply(rules, s, dc, List.of());
    }

    private static List<Mention> apply(
            List<MentionRule> rules, ParsedSentence s, DocumentContext dc, List<Mention> before) {
        List<Mention> found = new ArrayList<>(before);
        List<Mention> added = new ArrayList<>();
        for (MentionRule rule : rules) {
            List<Mention> more = rule.find(new SentenceContext(s, found, dc));
            found.addAll(more);
            added.addAll(more);
        }
        return added;
    }
}
