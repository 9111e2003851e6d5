package org.backchannel.store.workspace;

import java.time.Instant;

/**
 * One change to the workspace: who made it, when, what kind ({@code action}, e.g. "comment.add"),
 * on what, and a short description.
 */
public record AuditEntry(String id, Instant at, String user, String action, String target, String detail) {}
