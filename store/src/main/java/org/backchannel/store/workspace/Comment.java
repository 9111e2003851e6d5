package org.backchannel.store.workspace;

import java.time.Instant;

/** An analyst's comment or note on an event, an actor or a document ({@code targetKind}). */
public record Comment(String id, String targetKind, String targetId, String author, String body, Instant createdAt) {}
