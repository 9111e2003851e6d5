package org.backchannel.coder.history;

import java.util.List;

/**
 * A past episode of diplomacy or intervention from the project's catalog.
 *
 * @param actors   CAMEO actor codes of the main parties
 * @param roles    "CODE:role" pairs (initiator, target, mediator, host, …)
 * @param pattern  CAMEO roots of its typical events, in order
 * @param features tags such as secret, mediated, leader-detention, latin-america
 */
public record Episode(
        String id,
        String name,
        List<String> aliases,
        String start,
        String end,
        List<String> actors,
        List<String> mediators,
        List<String> roles,
        List<String> pattern,
        List<String> features,
        String outcome,
        String summary) {

    /** Every surface form that invokes the episode in text. */
    public List<String> surfaces() {
        List<String> out = new java.util.ArrayList<>(aliases);
        out.add(0, name);
        return out;
    }
}
