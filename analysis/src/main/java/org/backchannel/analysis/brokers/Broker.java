package org.backchannel.analysis.brokers;

import java.util.List;
import java.util.Map;

/**
 * A third party that stands between others.
 *
 * @param roles    Gould–Fernandez role to the number of brokered two-step paths
 * @param between  the pairs of groups (countries) it stands between, e.g. "USA–VEN"
 * @param mediated events the text says it carried or brokered
 */
public record Broker(
        String actor,
        String name,
        double score,
        Map<String, Integer> roles,
        List<String> between,
        int mediated,
        double betweenness) {}
