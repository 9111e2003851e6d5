package org.backchannel.claims;

/**
 * A third party a sentence names as carrying, hosting, brokering or guaranteeing a contact, with the
 * words that make it one and the token they hang on ({@code anchor}; -1 when they bind the whole sentence).
 */
record Mediation(String actorId, String cue, int anchor) {}
