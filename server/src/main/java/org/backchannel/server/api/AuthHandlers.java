package org.backchannel.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.backchannel.server.auth.Access;
import org.backchannel.server.auth.Principal;
import org.backchannel.server.auth.SessionService;
import org.backchannel.server.service.ServiceException;

/**
 * {@code /api/login}, {@code /api/logout}, {@code /api/session}. The session cookie is HttpOnly (no
 * script reads it), SameSite=Strict (no other site's page sends it) and Secure when the request came
 * over HTTPS; the CSRF token is answered in the body for the page to send back.
 */
final class AuthHandlers {
    private final SessionService sessions;
    private final Access access;

    AuthHandlers(SessionService sessions, Access access) {
        this.sessions = sessions;
        this.access = access;
    }

    void login(Context ctx) {
        ObjectNode body = Bodies.object(ctx);
        SessionService.Login login = sessions.login(Bodies.text(body, "name"), Bodies.text(body, "password"))
                .orElseThrow(() -> new ServiceException(ServiceException.Kind.UNAUTHORIZED, "wrong name or password"));
        ctx.header(
                "Set-Cookie",
                Access.COOKIE + "=" + login.token() + "; Path=/; Max-Age=" + SessionService.LIFETIME.toSeconds()
                        + "; HttpOnly; SameSite=Strict" + (ctx.scheme().equals("https") ? "; Secure" : ""));
        ctx.json(session(login.principal()).put("expires_at", login.expires().toString()));
    }

    void logout(Context ctx) {
        sessions.logout(Access.current(ctx));
        ctx.header("Set-Cookie", Access.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        ctx.json(Views.JSON.createObjectNode().put("logged_out", true));
    }

    /** Who is logged in, with the CSRF token; 401 when nobody. */
    void session(Context ctx) {
        Principal p = access.principal(ctx)
                .orElseThrow(() -> new ServiceException(ServiceException.Kind.UNAUTHORIZED, "not logged in"));
        ctx.json(session(p));
    }

    private static ObjectNode session(Principal p) {
        return Views.JSON
                .createObjectNode()
                .put("user", p.user())
                .put("role", p.role().label())
                .put("csrf_token", p.csrfToken());
    }
}
