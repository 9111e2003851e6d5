package org.backchannel.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.backchannel.server.auth.Access;
import org.backchannel.server.service.NoteService;

/** {@code /api/comments}: reading and adding comments on events, actors and documents. */
final class NoteHandlers {
    private final NoteService notes;

    NoteHandlers(NoteService notes) {
        this.notes = notes;
    }

    void list(Context ctx) {
        ctx.json(Views.JSON
                .createObjectNode()
                .set(
                        "comments",
                        Views.JSON.valueToTree(
                                notes.comments(Params.required(ctx, "kind"), Params.required(ctx, "id")))));
    }

    void add(Context ctx) {
        ObjectNode body = Bodies.object(ctx);
        ctx.status(201)
                .json(Views.JSON.valueToTree(notes.comment(
                        Access.current(ctx),
                        Bodies.text(body, "target_kind"),
                        Bodies.text(body, "target_id"),
                        Bodies.text(body, "body"))));
    }
}
