package org.backchannel.coder.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.ActorType;
import org.backchannel.model.Role;

/**
 * The actors one batch of documents mentions: known ones from the knowledge base plus the groups
 * ("US oil companies") and unknown people the text introduces, each with every way it was named.
 */
public final class DocumentActors {
    private final KnowledgeBase kb;
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Set<String>> texts = new LinkedHashMap<>();

    public DocumentActors(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Records that {@code text} named the known actor {@code id}. */
    public void named(String id, String text) {
        if (!actors.containsKey(id)) {
            actors.put(id, kb.get(id).orElseThrow(() -> new IllegalArgumentException("unknown actor " + id)));
        }
        texts.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(text);
    }

    /** A group actor of a country and sector ("US officials" → usa-gov), created on first use. */
    public String group(String country, String agent, String text) {
        String id = (country == null ? "" : country.toLowerCase(java.util.Locale.ROOT) + "-")
                + agent.toLowerCase(java.util.Locale.ROOT);
        if (!actors.containsKey(id)) {
            String code = (country == null ? "" : country) + agent;
            actors.put(id, new Actor(id, text, List.of(), ActorType.GROUP, country, agent, code, null, List.of()));
        }
        texts.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(text);
        return id;
    }

    /** A person the knowledge base does not know, with whatever country and sector the text gives. */
    public String unknownPerson(String name, String country, String agent) {
        String id = Names.slug(name);
        if (kb.get(id).isPresent()) {
            named(id, name);
            return id;
        }
        Actor existing = actors.get(id);
        if (existing == null || (existing.country() == null && country != null)) {
            List<Role> roles = agent == null
                    ? List.of()
                    : List.of(new Role(agent.equals("GOV") ? "official" : agent, country, agent, null, null));
            String code = country == null ? null : country + (agent == null ? "" : agent);
            actors.put(id, new Actor(id, name, List.of(), ActorType.PERSON, country, agent, code, null, roles));
        }
        texts.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(name);
        return id;
    }

    /**
     * An organization the knowledge base does not list, with the country and sector its name gives
     * ("Liberian Peace Council" → LBR and the sector of "council").
     */
    public String unknownOrganization(String name, String country, String agent) {
        String id = Names.slug(name);
        if (kb.get(id).isPresent()) {
            named(id, name);
            return id;
        }
        if (!actors.containsKey(id)) {
            String code = (country == null ? "" : country) + agent;
            actors.put(
                    id, new Actor(id, name, List.of(), ActorType.ORGANIZATION, country, agent, code, null, List.of()));
        }
        texts.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(name);
        return id;
    }

    /** The id of an actor this document created (not one the knowledge base lists) that {@code text} named, or null. */
    public String createdFor(String text) {
        for (Map.Entry<String, Set<String>> e : texts.entrySet()) {
            if (kb.get(e.getKey()).isEmpty() && e.getValue().contains(text)) {
                return e.getKey();
            }
        }
        return null;
    }

    public Actor get(String id) {
        Actor a = actors.get(id);
        return a != null ? a : kb.get(id).orElse(null);
    }

    /** The event side for an actor named by {@code text} on {@code day}. */
    public ActorRef ref(String id, String text, LocalDate day) {
        Actor a = get(id);
        if (a == null) {
            return ActorRef.NONE;
        }
        String code = a.type() == ActorType.PERSON ? a.codeOn(day) : a.code();
        if (a.type() == ActorType.PERSON && (code == null || code.isEmpty())) {
            code = a.country();
        }
        return new ActorRef(id, text, code);
    }

    /** Every actor seen, with the names the text used added to its aliases. */
    public List<Actor> actors() {
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors.values()) {
            Set<String> aliases = new LinkedHashSet<>(a.aliases());
            for (String t : texts.getOrDefault(a.id(), Set.of())) {
                if (!t.equals(a.name())) {
                    aliases.add(t);
                }
            }
            out.add(new Actor(
                    a.id(),
                    a.name(),
                    new ArrayList<>(aliases),
                    a.type(),
                    a.country(),
                    a.agent(),
                    a.code(),
                    a.gender(),
                    a.roles()));
        }
        return out;
    }

    public Collection<String> ids() {
        return actors.keySet();
    }
}
