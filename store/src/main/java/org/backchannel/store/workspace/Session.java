package org.backchannel.store.workspace;

import java.time.Instant;

/**
 * A login session. Only a hash of the token the browser holds is stored, so the table alone does
 * not let anyone act as a user; the CSRF token is shown to the logged-in page and must come back
 * with every change it asks for.
 */
public record Session(String tokenHash, String user, String csrfToken, Instant createdAt, Instant expiresAt) {}
