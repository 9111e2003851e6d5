package org.backchannel.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.backchannel.analysis.json.AnalysisJson;
import org.backchannel.analysis.network.NetworkView;
import org.backchannel.analysis.timeline.Granularity;
import org.backchannel.model.Status;
import org.backchannel.server.service.AnalysisService;
import org.backchannel.server.service.ServiceException;
import org.backchannel.server.service.ViewCache;

/** The analysis commands as endpoints: network, brokers, backchannels, timeline, analogs. */
final class AnalysisHandlers {
    /** The options of {@code backchannel network}. */
    static final List<Param> VIEW = List.of(
            Param.query("countries", "boolean", "roll actors up to their countries"),
            Param.query("from", "date", "first day"),
            Param.query("to", "date", "last day"),
            Param.query("status", "string", "only these statuses, comma-separated (default: all)"),
            Param.query("factual", "boolean", "only what the texts vouch for: asserted, reported, claimed, corrected"));

    private final AnalysisService analysis;
    private final ViewCache views;

    AnalysisHandlers(AnalysisService analysis, ViewCache views) {
        this.analysis = analysis;
        this.views = views;
    }

    void network(Context ctx) {
        Boolean events = Params.bool(ctx, "events");
        boolean withEvents = events == null || events;
        NetworkView view = view(ctx);
        answer(
                ctx,
                "network",
                List.of(view, withEvents),
                () -> AnalysisJson.network(analysis.network(view), withEvents));
    }

    void brokers(Context ctx) {
        NetworkView view = view(ctx);
        int top = Params.integer(ctx, "top", 15, 1, 1000);
        answer(ctx, "brokers", List.of(view, top), () -> AnalysisJson.brokers(analysis.brokers(view, top)));
    }

    void backchannels(Context ctx) {
        answer(
                ctx,
                "backchannels",
                List.of(),
                () -> AnalysisJson.backchannels(analysis.backchannels(), analysis::name));
    }

    void timeline(Context ctx) {
        String by = Params.text(ctx, "by");
        Granularity g = by == null
                ? Granularity.MONTH
                : Params.parse("by", () -> Granularity.valueOf(by.toUpperCase(Locale.ROOT)));
        String a = Params.required(ctx, "a");
        String b = Params.text(ctx, "b");
        answer(ctx, "timeline", Arrays.asList(a, b, g), () -> AnalysisJson.timeline(analysis.timeline(a, b, g)));
    }

    void analogs(Context ctx) {
        String a = country(ctx, "a");
        String b = country(ctx, "b");
        int top = Params.integer(ctx, "top", 5, 1, 100);
        answer(ctx, "analogs", List.of(a, b, top), () -> {
            AnalysisService.Analogs found = analysis.analogs(a, b, top);
            return AnalysisJson.analogs(found.features(), found.matches());
        });
    }

    /** Answers a view's JSON from the cache, computing it there once when missing (parameters are checked before). */
    private void answer(Context ctx, String view, Object parameters, Supplier<JsonNode> json) {
        byte[] body = views.get(view, parameters, () -> {
            try {
                return Views.JSON.writeValueAsBytes(json.get());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        ctx.contentType(ContentType.APPLICATION_JSON).result(body);
    }

    private static String country(Context ctx, String name) {
        String c = Params.required(ctx, name).toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            throw ServiceException.invalid(name + " must be a three-letter country code, e.g. VEN");
        }
        return c;
    }

    static NetworkView view(Context ctx) {
        Set<Status> s = EnumSet.noneOf(Status.class);
        Params.statuses(ctx, "status").forEach(x -> s.add(Status.parse(x)));
        if (Boolean.TRUE.equals(Params.bool(ctx, "factual"))) {
            s.addAll(NetworkView.factual());
        }
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ServiceException.invalid("to is before from");
        }
        return new NetworkView(Boolean.TRUE.equals(Params.bool(ctx, "countries")), from, to, s);
    }
}
