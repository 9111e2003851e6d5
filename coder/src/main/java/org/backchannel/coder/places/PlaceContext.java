package org.backchannel.coder.places;

import java.util.Collection;
import java.util.Set;

/**
 * The countries (ISO-3) around a place name that help tell namesakes apart: those the text names as
 * places ("Tripoli, Lebanon", "the Lebanese city of Tripoli", a domestic event's country) weigh more
 * than those of the parties, since talks between the US and Iran in Geneva are not in Geneva, Illinois.
 *
 * @param named   countries the text names as places
 * @param parties countries of the actors involved
 */
public record PlaceContext(Set<String> named, Set<String> parties) {
    public static final PlaceContext NONE = new PlaceContext(Set.of(), Set.of());

    public PlaceContext {
        named = Set.copyOf(named);
        parties = Set.copyOf(parties);
    }

    /** A context of countries named as places. */
    public static PlaceContext named(Collection<String> countries) {
        return new PlaceContext(Set.copyOf(countries), Set.of());
    }
}
