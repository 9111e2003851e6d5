package org.backchannel.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.analysis.json.AnalysisJson;
import org.backchannel.analysis.network.NetworkView;
import org.backchannel.analysis.timeline.Granularity;
import org.backchannel.model.Status;
import org.backchannel.server.service.AnalysisService;
import org.backchannel.server.service.ServiceException;

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

    AnalysisHandlers(AnalysisService analysis) {
        this.analysis = analysis;
    }

    void network(Context ctx) {
        Boolean events = Params.bool(ctx, "events");
        ctx.json(AnalysisJson.network(analysis.network(view(ctx)), events == null || events));
    }

    void brokers(Context ctx) {
        ctx.json(AnalysisJson.brokers(analysis.brokers(view(ctx), Params.integer(ctx, "top", 15, 1, 1000))));
    }

    void backchannels(Context ctx) {
        ctx.json(AnalysisJson.backchannels(analysis.backchannels(), analysis::name));
    }

    void timeline(Context ctx) {
        String by = Params.text(ctx, "by");
        Granularity g = by == null
                ? Granularity.MONTH
                : Params.parse("by", () -> Granularity.valueOf(by.toUpperCase(Locale.ROOT)));
        ctx.json(AnalysisJson.timeline(analysis.timeline(Params.required(ctx, "a"), Params.text(ctx, "b"), g)));
    }

    void analogs(Context ctx) {
        AnalysisService.Analogs a =
                analysis.analogs(country(ctx, "a"), country(ctx, "b"), Params.integer(ctx, "top", 5, 1, 100));
        ctx.json(AnalysisJson.analogs(a.features(), a.matches()));
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
