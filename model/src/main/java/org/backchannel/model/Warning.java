package org.backchannel.model;

import java.util.List;

/**
 * Something in the text that does not fit what is known, e.g. an office named for a date when its
 * holder did not hold it.
 *
 * @param kind a stable slug ("temporal-inconsistency", …)
 */
public record Warning(String kind, String message, List<Evidence> evidence) {
    public Warning {
        evidence = List.copyOf(evidence);
    }
}
