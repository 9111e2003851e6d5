package org.backchannel.search;

/** How many hits carry one value of a facet; {@code label} is the readable name (the actor's name, the CAMEO root's). */
public record FacetCount(String value, String label, int count) {}
