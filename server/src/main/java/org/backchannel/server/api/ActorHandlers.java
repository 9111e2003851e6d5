package org.backchannel.server.api;

import io.javalin.http.Context;
import org.backchannel.server.service.ActorService;

/** {@code /api/actors}: the listing and one actor with its dated roles and events. */
final class ActorHandlers {
    private final ActorService actors;

    ActorHandlers(ActorService actors) {
        this.actors = actors;
    }

    void list(Context ctx) {
        ctx.json(Views.actors(actors.list(
                Params.text(ctx, "q"),
                Params.text(ctx, "country"),
                Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                Params.integer(ctx, "limit", 100, 1, 1000))));
    }

    void detail(Context ctx) {
        ctx.json(Views.actorDetail(actors.detail(ctx.pathParam("id"), Params.integer(ctx, "events", 100, 1, 1000))));
    }
}
