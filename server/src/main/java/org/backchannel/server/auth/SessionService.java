package org.backchannel.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.backchannel.server.service.Audit;
import org.backchannel.server.service.StorePool;
import org.backchannel.store.workspace.Session;
import org.backchannel.store.workspace.User;
import org.backchannel.store.workspace.WorkspaceTables;

/**
 * Logging in and out, and who a session token belongs to. Tokens are 256 random bits; the store keeps
 * only their SHA-256, and each session has its own CSRF token. Sessions last {@link #LIFETIME}; the
 * ones in use are cached in memory (with the user's role) and forgotten when users change.
 */
public final class SessionService {
    public static final Duration LIFETIME = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final StorePool pool;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Principal principal, Instant expires) {}

    /** A new session: the token for the cookie and who it makes the browser. */
    public record Login(String token, Principal principal, Instant expires) {}

    public SessionService(StorePool pool) {
        this.pool = pool;
    }

    /** Checks a name and password; a new session when they match, else empty (which of the two was wrong is not said). */
    public Optional<Login> login(String name, String password) {
        Optional<User> user = pool.read(s -> new WorkspaceTables(s).users().find(name == null ? "" : name));
        if (user.isEmpty() || password == null) {
            Passwords.decoy(password == null ? "" : password);
            return Optional.empty();
        }
        if (!Passwords.matches(password, user.get().passwordHash())) {
            return Optional.empty();
        }
        String token = random();
        Instant now = Instant.now();
        Session s = new Session(sha256(token), name, random(), now, now.plus(LIFETIME));
        pool.write(st -> {
            WorkspaceTables t = new WorkspaceTables(st);
            return t.transaction(() -> {
                t.sessions().purge(now);
                t.sessions().add(s);
                Audit.record(t, name, "session.login", name, null);
                return null;
            });
        });
        Principal p = new Principal(name, Role.parse(user.get().role()), s.csrfToken(), s.tokenHash());
        cache.put(s.tokenHash(), new Cached(p, s.expiresAt()));
        return Optional.of(new Login(token, p, s.expiresAt()));
    }

    /** Who holds this session token, when it is a live session of an existing user. */
    public Optional<Principal> principal(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(token);
        Instant now = Instant.now();
        Cached c = cache.get(hash);
        if (c != null) {
            if (c.expires().isAfter(now)) {
                return Optional.of(c.principal());
            }
            cache.remove(hash);
            return Optional.empty();
        }
        Optional<Cached> found = pool.read(st -> {
            WorkspaceTables t = new WorkspaceTables(st);
            return t.sessions().live(hash, now).flatMap(s -> t.users()
                    .find(s.user())
                    .map(u -> new Cached(
                            new Principal(u.name(), Role.parse(u.role()), s.csrfToken(), hash), s.expiresAt())));
        });
        found.ifPresent(x -> cache.put(hash, x));
        return found.map(Cached::principal);
    }

    public void logout(Principal p) {
        cache.remove(p.tokenHash());
        pool.write(st -> {
            WorkspaceTables t = new WorkspaceTables(st);
            return t.transaction(() -> {
                t.sessions().remove(p.tokenHash());
                Audit.record(t, p.user(), "session.logout", p.user(), null);
                return null;
            });
        });
    }

    /** Forgets every cached session, so the next request of each reads the user's current role (or absence) from the store. */
    public void forgetCached() {
        cache.clear();
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares two secrets in time that does not depend on where they differ. */
    public static boolean sameSecret(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
