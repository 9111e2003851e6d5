package org.backchannel.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.backchannel.analysis.json.AnalysisJson;
import org.backchannel.server.auth.Access;
import org.backchannel.server.service.EventService;
import org.backchannel.server.service.NoteService;
import org.backchannel.server.service.ServiceException;
import org.backchannel.store.EventCursor;
import org.backchannel.store.EventFilter;
import org.backchannel.store.EventSort;

/** {@code /api/events}, {@code /api/claims} and reviews of events. */
final class EventHandlers {
    static final List<Param> FILTERS = List.of(
            Param.query("actor", "string", "actor id, or part of a name or mention (either side)"),
            Param.query("country", "string", "ISO-3 code of either side, e.g. VEN"),
            Param.query(
                    "dyad",
                    "string",
                    "two parties, comma-separated (actor ids or country codes), one on each side in either direction: USA,VEN"),
            Param.query("code", "string", "CAMEO code or prefix (also: root, cameo), e.g. 04 or 046"),
            Param.query("plover", "string", "PLOVER event type, e.g. CONSULT"),
            Param.query(
                    "status",
                    "string",
                    "epistemic statuses, comma-separated: asserted, reported, claimed, denied, hypothetical, negated, corrected, uncertain, question"),
            Param.query("secret", "boolean", "true: only secret events; false: only open ones"),
            Param.query("mediator", "string", "any: every mediated event; else a mediator's id or part of its name"),
            Param.query("from", "date", "first day"),
            Param.query("to", "date", "last day"),
            Param.query("text", "string", "words the evidence sentence contains"),
            Param.query("sort", "string", "-date (default), date, -goldstein, goldstein, -confidence, confidence"),
            Param.query("limit", "integer", "events per page, 1 to 500 (default 50)"),
            Param.query("cursor", "string", "next_cursor of the previous page"));
    private final EventService events;
    private final NoteService notes;

    EventHandlers(EventService events, NoteService notes) {
        this.events = events;
        this.notes = notes;
    }

    void list(Context ctx) {
        ctx.json(Views.eventPage(events.page(filter(ctx))));
    }

    void detail(Context ctx) {
        ctx.json(Views.eventDetail(events.detail(ctx.pathParam("id"))));
    }

    void claims(Context ctx) {
        ctx.json(AnalysisJson.claims(events.claims(
                Params.text(ctx, "actor"), Params.text(ctx, "country"), Params.integer(ctx, "limit", 200, 1, 5000))));
    }

    void review(Context ctx) {
        ObjectNode body = Bodies.object(ctx);
        ctx.status(201)
                .json(Views.JSON.valueToTree(notes.review(
                        Access.current(ctx),
                        ctx.pathParam("id"),
                        Bodies.text(body, "verdict"),
                        Bodies.text(body, "reason"))));
    }

    static EventFilter filter(Context ctx) {
        String code = first(Params.text(ctx, "code"), Params.text(ctx, "root"), Params.text(ctx, "cameo"));
        if (code != null && !code.matches("\\d{1,4}")) {
            throw ServiceException.invalid("code must be a CAMEO code or prefix of digits, not '" + code + "'");
        }
        EventSort sort = Params.text(ctx, "sort") == null
                ? EventSort.DATE_DESC
                : Params.parse("sort", () -> EventSort.parse(Params.text(ctx, "sort")));
        String cursor = Params.text(ctx, "cursor");
        EventFilter.Dyad dyad = null;
        String d = Params.text(ctx, "dyad");
        if (d != null) {
            String[] parts = d.split(",");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw ServiceException.invalid("dyad is two parties separated by a comma, e.g. USA,VEN");
            }
            dyad = new EventFilter.Dyad(parts[0].trim(), parts[1].trim());
        }
        var from = Params.date(ctx, "from");
        var to = Params.date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ServiceException.invalid("to is before from");
        }
        String plover = Params.text(ctx, "plover");
        return new EventFilter(
                Params.text(ctx, "actor"),
                Params.text(ctx, "country"),
                dyad,
                code,
                plover == null ? null : plover.toUpperCase(Locale.ROOT),
                Params.statuses(ctx, "status"),
                Params.bool(ctx, "secret"),
                Params.text(ctx, "mediator"),
                from,
                to,
                Params.text(ctx, "text"),
                sort,
                cursor == null ? null : Params.parse("cursor", () -> EventCursor.parse(cursor, sort)),
                Params.integer(ctx, "limit", 50, 1, 500));
    }

    private static String first(String... xs) {
        for (String x : xs) {
            if (x != null) {
                return x;
            }
        }
        return null;
    }
}
