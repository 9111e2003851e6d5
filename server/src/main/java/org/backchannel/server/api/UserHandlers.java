package org.backchannel.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.backchannel.server.auth.Access;
import org.backchannel.server.auth.Role;
import org.backchannel.server.service.Audit;
import org.backchannel.server.service.StorePool;
import org.backchannel.server.users.UserService;

/** {@code /api/users} and {@code /api/audit}: for admins. */
final class UserHandlers {
    private final UserService users;
    private final StorePool pool;

    UserHandlers(UserService users, StorePool pool) {
        this.users = users;
        this.pool = pool;
    }

    void list(Context ctx) {
        ctx.json(Views.JSON.createObjectNode().set("users", Views.JSON.valueToTree(users.list())));
    }

    void add(Context ctx) {
        ObjectNode body = Bodies.object(ctx);
        Role role = Params.parse("role", () -> Role.parse(Bodies.text(body, "role")));
        ctx.status(201)
                .json(Views.JSON.valueToTree(users.add(
                        Access.current(ctx).user(), Bodies.text(body, "name"), role, Bodies.text(body, "password"))));
    }

    void setRole(Context ctx) {
        ObjectNode body = Bodies.object(ctx);
        Role role = Params.parse("role", () -> Role.parse(Bodies.text(body, "role")));
        ctx.json(Views.JSON.valueToTree(users.setRole(Access.current(ctx).user(), ctx.pathParam("name"), role)));
    }

    void remove(Context ctx) {
        users.remove(Access.current(ctx).user(), ctx.pathParam("name"));
        ctx.json(Views.JSON.createObjectNode().put("removed", ctx.pathParam("name")));
    }

    void audit(Context ctx) {
        int limit = Params.integer(ctx, "limit", 100, 1, 10_000);
        ctx.json(Views.JSON.createObjectNode().set("audit", Views.JSON.valueToTree(Audit.latest(pool, limit))));
    }
}
