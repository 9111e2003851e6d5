package org.backchannel.server.auth;

/** Who a request comes from: a logged-in user, their current role, and their session's CSRF token. */
public record Principal(String user, Role role, String csrfToken, String tokenHash) {}
