package org.backchannel.store.workspace;

import java.time.Instant;

/** A workspace user: a unique name, a role name, and the hash of the password (never the password). */
public record User(String name, String role, String passwordHash, Instant createdAt) {}
