package org.backchannel.server.auth;

import java.util.Locale;

/** What a user may do; each role may do all that the roles before it may. */
public enum Role {
    /** Reads everything. */
    VIEWER,
    /** Also comments, reviews events and ingests documents. */
    ANALYST,
    /** Also manages users and reads the audit log. */
    ADMIN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The role named {@code s} ("viewer", "analyst", "admin"). */
    public static Role parse(String s) {
        for (Role r : values()) {
            if (r.label().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + s + "': viewer, analyst or admin");
    }
}
