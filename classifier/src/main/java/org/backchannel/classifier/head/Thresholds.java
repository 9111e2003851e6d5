package org.backchannel.classifier.head;

/**
 * The probabilities at which the coder acts on a head's scores, chosen by training on its held-out
 * clauses (see the training report beside the head).
 *
 * @param proposeAt      least probability of a root for proposing an event where no pattern fired
 * @param flagAt         least probability of another class for doubting a coded event
 * @param flagCodedBelow the coded root's probability must be below this for a doubt
 */
public record Thresholds(double proposeAt, double flagAt, double flagCodedBelow) {}
