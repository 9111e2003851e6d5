package org.backchannel.analysis.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.Event;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;

/** Builds the actor network from events under a view. */
public final class NetworkBuilder {

    /**
     * @param events the events, with their epistemic layer
     * @param actors names for actor vertices
     */
    public ActorNetwork build(List<Event> events, Map<String, Actor> actors, NetworkView view) {
        Graph<String, DyadEdge> g = new DefaultDirectedGraph<>(DyadEdge.class);
        Map<String, String> names = new HashMap<>();
        for (Event e : events) {
            if (!included(e, view)) {
                continue;
            }
            String s = vertex(e.source(), view, actors, names);
            String t = vertex(e.target(), view, actors, names);
            if (s == null || t == null || s.equals(t)) {
                continue;
            }
            g.addVertex(s);
            g.addVertex(t);
            DyadEdge edge = g.getEdge(s, t);
            if (edge == null) {
                edge = new DyadEdge(s, t);
                g.addEdge(s, t, edge);
            }
            edge.add(e);
            String m = e.epistemic().mediator() == null
                    ? null
                    : vertex(
                            new ActorRef(
                                    e.epistemic().mediator(),
                                    null,
                                    codeOf(actors.get(e.epistemic().mediator()))),
                            view,
                            actors,
                            names);
            if (m != null) {
                g.addVertex(m);
            }
        }
        return new ActorNetwork(g, names, view);
    }

    static boolean included(Event e, NetworkView view) {
        if (!view.statuses().isEmpty()
                && !view.statuses().contains(e.epistemic().status())) {
            return false;
        }
        if (view.from() != null || view.to() != null) {
            if (e.date() == null) {
                return false;
            }
            if (view.from() != null && e.date().day().isBefore(view.from())) {
                return false;
            }
            if (view.to() != null && e.date().day().isAfter(view.to())) {
                return false;
            }
        }
        return true;
    }

    private static String codeOf(Actor a) {
        return a == null ? null : a.code() != null ? a.code() : a.country();
    }

    /** The vertex of an event side: the actor, or at country level the first three letters of its code. */
    static String vertex(ActorRef r, NetworkView view, Map<String, Actor> actors, Map<String, String> names) {
        if (r == null || r.actorId() == null) {
            return null;
        }
        if (view.countryLevel()) {
            String c = r.country();
            if (c == null) {
                Actor a = actors.get(r.actorId());
                c = a == null ? null : a.country();
            }
            if (c != null) {
                names.putIfAbsent(c, c);
            }
            return c;
        }
        Actor a = actors.get(r.actorId());
        names.putIfAbsent(r.actorId(), a != null ? a.name() : r.text() != null ? r.text() : r.actorId());
        return r.actorId();
    }
}
