package org.backchannel.coder.mentions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;

/**
 * The document a sentence belongs to, as the mention rules see it: the knowledge base, the actors
 * named so far, the day roles resolve on, how often each country is named (over the whole document,
 * from the first pass) and the mentions of the sentences already read (for pronouns and later
 * references). Filled as the finder reads the document; rules only read it.
 */
public final class DocumentContext {
    private final KnowledgeBase kb;
    private final DocumentActors actors;
    private final LocalDate day;
    private final String datelineCountry;
    private final Map<String, Integer> countryCounts = new java.util.LinkedHashMap<>();
    private final List<Mention> people = new ArrayList<>();
    private final List<Mention> earlier = new ArrayList<>();

    DocumentContext(KnowledgeBase kb, DocumentActors actors, LocalDate day, String datelineCountry) {
        this.kb = kb;
        this.actors = actors;
        this.day = day;
        this.datelineCountry = datelineCountry;
    }

    public KnowledgeBase kb() {
        return kb;
    }

    public DocumentActors actors() {
        return actors;
    }

    /** The day roles resolve on: the publication or narrative date, or null. */
    public LocalDate day() {
        return day;
    }

    /** People named (by the knowledge base or as new persons) in the first pass, in reading order. */
    public List<Mention> people() {
        return people;
    }

    /** Mentions of the sentences read before the current one in the second pass, in order. */
    public List<Mention> earlier() {
        return earlier;
    }

    /**
     * The most-named country of the document (on a tie the one named first: a story's lead names
     * its subject), else the country of its dateline, or null.
     */
    public String topCountry() {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : countryCounts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best != null ? best : datelineCountry;
    }

    public int count(String country) {
        return countryCounts.getOrDefault(country, 0);
    }

    /** Records what the first pass found in one sentence. */
    void countNames(List<Mention> found) {
        for (Mention m : found) {
            Actor a = actors.get(m.actorId());
            if (a != null && a.country() != null) {
                countryCounts.merge(a.country(), 1, Integer::sum);
            }
            if (a != null && a.type() == ActorType.PERSON) {
                people.add(m);
            }
        }
    }

    /** Records the final mentions of a sentence, as antecedents for the ones after it. */
    void remember(List<Mention> found) {
        earlier.addAll(found);
    }
}
