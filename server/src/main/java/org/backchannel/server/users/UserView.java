package org.backchannel.server.users;

import java.time.Instant;

/** A user as the API and the CLI show one: never with the password hash. */
public record UserView(String name, String role, Instant createdAt) {}
