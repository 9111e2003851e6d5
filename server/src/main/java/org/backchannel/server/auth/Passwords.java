package org.backchannel.server.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.charset.StandardCharsets;

/**
 * Password hashing with bcrypt (at.favre.lib:bcrypt). Passwords longer than bcrypt's 72 bytes are
 * pre-hashed with SHA-512 rather than cut, so every character counts.
 */
public final class Passwords {
    /** The cost factor: 2^12 rounds, about a quarter of a second per hash on a laptop core. */
    public static final int COST = 12;

    public static final int MIN_LENGTH = 8;
    private static final BCrypt.Hasher HASHER =
            BCrypt.with(BCrypt.Version.VERSION_2A, LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A));
    private static final BCrypt.Verifyer VERIFIER =
            BCrypt.verifyer(BCrypt.Version.VERSION_2A, LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A));
    /** Checked against when a user is unknown, so the answer takes as long as for a known one. */
    private static final String DECOY = hash("decoy password for unknown users");

    private Passwords() {}

    public static String hash(String password) {
        return HASHER.hashToString(COST, password.toCharArray());
    }

    public static boolean matches(String password, String hash) {
        return VERIFIER.verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    /** Spends the time of a check without a user to check against. */
    static void decoy(String password) {
        matches(password, DECOY);
    }

    /** Why a password is refused, or null when it is acceptable. */
    public static String weakness(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "a password needs at least " + MIN_LENGTH + " characters";
        }
        if (password.length() > 1024) {
            return "a password has at most 1024 characters";
        }
        return null;
    }
}
