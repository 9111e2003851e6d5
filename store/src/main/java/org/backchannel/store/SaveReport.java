package org.backchannel.store;

/** What one save added, and what it skipped because the store already held the same text. */
public record SaveReport(int documentsAdded, int documentsSkipped, int eventsAdded) {}
