package org.backchannel.analysis;

import java.util.List;
import java.util.Map;
import org.backchannel.analysis.network.ActorNetwork;
import org.backchannel.analysis.network.NetworkBuilder;
import org.backchannel.analysis.network.NetworkView;
import org.backchannel.model.Actor;
import org.backchannel.model.Event;
import org.backchannel.store.EventQuery;
import org.backchannel.store.EventStore;

/**
 * The events and actors an analysis reads, loaded once from the store (or handed over from an
 * analysis in memory), with the country each actor belongs to.
 */
public record Workspace(List<Event> events, Map<String, Actor> actors) {

    public static Workspace load(EventStore store) {
        return new Workspace(store.events(EventQuery.ALL), store.actors());
    }

    /** The country of an actor id, or the id itself when it is a country code. */
    public String countryOf(String vertex) {
        Actor a = actors.get(vertex);
        if (a != null) {
            return a.country();
        }
        return vertex != null && vertex.matches("[A-Z]{3}") ? vertex : null;
    }

    public ActorNetwork network(NetworkView view) {
        return new NetworkBuilder().build(events, actors, view);
    }
}
