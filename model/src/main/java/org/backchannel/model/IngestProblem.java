package org.backchannel.model;

/**
 * An input item that could not be read, with the reason, so a batch can report it and go on.
 *
 * @param item  the file, line or record the problem concerns
 * @param cause a short human-readable cause ("empty", "binary content", "not valid UTF-8", …)
 */
public record IngestProblem(String item, String cause) {}
