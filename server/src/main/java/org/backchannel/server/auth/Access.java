package org.backchannel.server.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;
import org.backchannel.server.service.ServiceException;

/**
 * The gate in front of every protected route: a live session (401 otherwise), a role at least the
 * route's (403), and on every request that changes something the session's CSRF token in the
 * {@value #CSRF_HEADER} header (403). A page on another site can make the browser send the cookie
 * (where SameSite does not stop it) but cannot read the token, so it cannot make changes.
 */
public final class Access {
    public static final String COOKIE = "backchannel_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = "backchannel.principal";
    private final SessionService sessions;

    public Access(SessionService sessions) {
        this.sessions = sessions;
    }

    /** The logged-in user of this request, if any. */
    public Optional<Principal> principal(Context ctx) {
        Principal cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Principal> p = sessions.principal(ctx.cookie(COOKIE));
        p.ifPresent(x -> ctx.attribute(ATTRIBUTE, x));
        return p;
    }

    /** The user of this request, checked against the route's least role and, for a change, the CSRF token. */
    public Principal require(Context ctx, Role least) {
        Principal p = principal(ctx)
                .orElseThrow(() -> new ServiceException(ServiceException.Kind.UNAUTHORIZED, "log in first"));
        if (changes(ctx.method()) && !SessionService.sameSecret(ctx.header(CSRF_HEADER), p.csrfToken())) {
            throw new ServiceException(
                    ServiceException.Kind.FORBIDDEN,
                    "missing or wrong CSRF token (send the " + CSRF_HEADER + " header)");
        }
        if (!p.role().includes(least)) {
            throw new ServiceException(
                    ServiceException.Kind.FORBIDDEN,
                    "this needs the " + least.label() + " role; you are "
                            + p.role().label());
        }
        return p;
    }

    /** The principal {@link #require} already checked for this request. */
    public static Principal current(Context ctx) {
        Principal p = ctx.attribute(ATTRIBUTE);
        if (p == null) {
            throw new IllegalStateException("route has no role: no user was checked");
        }
        return p;
    }

    static boolean changes(HandlerType m) {
        return m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH || m == HandlerType.DELETE;
    }
}
