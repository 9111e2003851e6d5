package org.backchannel.claims;

import java.util.List;
import org.backchannel.model.AnalogMention;
import org.backchannel.model.Event;
import org.backchannel.model.Warning;

/** Events with their epistemic layer, plus the warnings and the historical episodes the text invokes. */
public record ClaimsResult(List<Event> events, List<Warning> warnings, List<AnalogMention> analogs) {
    public ClaimsResult {
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
        analogs = List.copyOf(analogs);
    }
}
