package org.backchannel.store;

/** A stored document's id, content hash and body, as near-duplicate checks need them. */
public record StoredText(String id, String contentHash, String text) {}
