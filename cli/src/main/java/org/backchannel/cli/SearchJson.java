package org.backchannel.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.backchannel.pipeline.output.JsonOutput;
import org.backchannel.search.FacetCount;
import org.backchannel.search.RelatedDocument;
import org.backchannel.search.SearchHit;
import org.backchannel.search.SearchResults;
import org.backchannel.search.Span;

/** Search results and related documents as JSON: text as text, matches as offsets, {@code marked} as escaped HTML. */
final class SearchJson {
    private SearchJson() {}

    static ObjectNode results(SearchResults r) {
        ObjectNode root = JsonOutput.mapper().createObjectNode();
        root.put("total", r.total());
        root.put("next_cursor", r.nextCursor());
        ArrayNode hits = root.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode o = hits.addObject();
            o.put("document", h.documentId());
            if (h.sentence() >= 0) {
                o.put("sentence", h.sentence());
            }
            o.put("title", h.title());
            o.put("date", h.date() == null ? null : h.date().toString());
            o.put("score", Math.round(h.score() * 1000) / 1000.0);
            o.put("text", h.text());
            ArrayNode m = o.putArray("matches");
            for (Span s : h.matches()) {
                m.addObject().put("start", s.start()).put("end", s.end());
            }
            o.put("marked", h.markedHtml());
            ArrayNode ev = o.putArray("events");
            h.eventIds().forEach(ev::add);
        }
        ObjectNode facets = root.putObject("facets");
        r.facets().forEach((dim, values) -> {
            ArrayNode a = facets.putArray(dim);
            for (FacetCount f : values) {
                a.addObject().put("value", f.value()).put("label", f.label()).put("count", f.count());
            }
        });
        return root;
    }

    static ArrayNode related(List<RelatedDocument> related) {
        ArrayNode out = JsonOutput.mapper().createArrayNode();
        for (RelatedDocument d : related) {
            ObjectNode o = out.addObject();
            o.put("document", d.documentId());
            o.put("title", d.title());
            o.put("date", d.date() == null ? null : d.date().toString());
            o.put("score", d.score());
            o.put("word_score", d.wordScore());
            d.sharedEvents().forEach(o.putArray("shared_events")::add);
            d.sharedDyads().forEach(o.putArray("shared_dyads")::add);
            d.sharedActors().forEach(o.putArray("shared_actors")::add);
            o.put("why", d.why());
        }
        return out;
    }
}
