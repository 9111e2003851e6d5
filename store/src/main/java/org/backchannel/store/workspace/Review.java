package org.backchannel.store.workspace;

import java.time.Instant;

/** An analyst's verdict on an event ("disputed" or "confirmed") with the reason given. */
public record Review(String id, String eventId, String verdict, String reason, String author, Instant createdAt) {}
