package org.backchannel.server.api;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.server.auth.Access;
import org.backchannel.server.auth.Role;

/**
 * Where routes are declared, each with its documentation and the least role it needs. Declaring a
 * route registers it with Javalin behind the access gate (no role: open to anyone) and records it for
 * the OpenAPI document, so the document cannot drift from what the server answers.
 */
public final class Routes {
    private final Javalin app;
    private final Access access;
    private final List<Route> declared = new ArrayList<>();

    /** A declared route, as the OpenAPI document describes it. */
    public record Route(
            HandlerType method,
            String path,
            String tag,
            String summary,
            Role role,
            List<Param> params,
            List<String> bodyTypes) {}

    public Routes(Javalin app, Access access) {
        this.app = app;
        this.access = access;
    }

    public Builder get(String path) {
        return new Builder(HandlerType.GET, path);
    }

    public Builder post(String path) {
        return new Builder(HandlerType.POST, path);
    }

    public Builder put(String path) {
        return new Builder(HandlerType.PUT, path);
    }

    public Builder delete(String path) {
        return new Builder(HandlerType.DELETE, path);
    }

    public List<Route> declared() {
        return List.copyOf(declared);
    }

    /** One route being declared: documentation first, {@link #handle} last. */
    public final class Builder {
        private final HandlerType method;
        private final String path;
        private String tag = "workspace";
        private String summary = "";
        private Role role;
        private final List<Param> params = new ArrayList<>();
        private final List<String> bodyTypes = new ArrayList<>();

        private Builder(HandlerType method, String path) {
            this.method = method;
            this.path = path;
        }

        public Builder tag(String t) {
            this.tag = t;
            return this;
        }

        public Builder summary(String s) {
            this.summary = s;
            return this;
        }

        /** The least role a user needs; without it the route is open (health, login, the API document). */
        public Builder role(Role r) {
            this.role = r;
            return this;
        }

        public Builder params(Param... ps) {
            params.addAll(List.of(ps));
            return this;
        }

        public Builder params(List<Param> ps) {
            params.addAll(ps);
            return this;
        }

        /** The media types the request body may have. */
        public Builder body(String... types) {
            bodyTypes.addAll(List.of(types));
            return this;
        }

        public void handle(Handler h) {
            Role least = role;
            Handler gated = least == null
                    ? h
                    : ctx -> {
                        access.require(ctx, least);
                        h.handle(ctx);
                    };
            app.addHttpHandler(method, path, gated);
            declared.add(new Route(method, path, tag, summary, role, List.copyOf(params), List.copyOf(bodyTypes)));
        }
    }
}
