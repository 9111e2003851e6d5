package org.backchannel.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.Analysis;
import org.backchannel.model.Event;

/**
 * The XSS payloads of {@code browser/xss-payloads.txt} and the hostile inputs built from them: a text
 * article, an HTML page, a JSON Lines feed (payloads in titles, authors and bodies), and actor names.
 */
final class XssCorpus {
    /** Elements and attributes that must never appear in the page's content: the marks of markup that got through. */
    static final String INJECTED =
            "#view script, #view iframe, #view object, #view embed, #view img, #view svg, #view math, "
                    + "#view video, #view audio, #view source, #view marquee, #view base, #view meta, #view link, #view style, #view template, "
                    + "#view details, #view noscript, #view [onerror], #view [onload], #view [onclick], #view [onmouseover], #view [onfocus], "
                    + "#view [ontoggle], #view [onstart], #view [srcdoc], "
                    + "a[href^='javascript' i], [src^='javascript' i], form[action^='javascript' i], [style*='javascript' i]";

    /** A sentence the coder codes as an event, with the payload inside it. */
    private static final List<String> FRAMES = List.of(
            "Venezuela accused the United States of plotting a coup %s on Monday.",
            "Secretary of State Marco Rubio met Venezuelan officials in Doha %s last week, sources said.",
            "Russia condemned the sanctions imposed by the European Union %s on Tuesday.",
            "China threatened Taiwan with military drills %s after the vote.");

    private XssCorpus() {}

    static List<String> payloads() {
        try (InputStream in = XssCorpus.class.getResourceAsStream("/browser/xss-payloads.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.stripTrailing());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sentence(int i, String payload) {
        return FRAMES.get(i % FRAMES.size()).formatted(payload);
    }

    /** A plain-text article: a payload in the title line and one inside each sentence. */
    static String text(String title) {
        StringBuilder b = new StringBuilder(title).append("\n\n");
        List<String> ps = payloads();
        for (int i = 0; i < ps.size(); i++) {
            b.append(sentence(i, ps.get(i))).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** An HTML page: payloads escaped in the title and paragraphs (so they survive as text), and raw ones as markup. */
    static String html(String title) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>")
                .append(escape(title))
                .append("</title>")
                .append("<meta name=\"author\" content=\"")
                .append(escape(payloads().get(3)))
                .append("\">")
                .append("<script>alert('head')</script></head><body><article><h1>")
                .append(escape(title))
                .append("</h1>");
        List<String> ps = payloads();
        for (int i = 0; i < ps.size(); i++) {
            b.append("<p>").append(escape(sentence(i, ps.get(i)))).append("</p>");
            if (i % 5 == 0) {
                b.append(ps.get(i));
            }
        }
        return b.append("</article></body></html>").toString();
    }

    /** JSON Lines: one article per payload group, payload as title and author, inside the text. */
    static String jsonl(String idPrefix) {
        ObjectMapper json = new ObjectMapper();
        StringBuilder b = new StringBuilder();
        List<String> ps = payloads();
        for (int i = 0; i < ps.size(); i += 6) {
            Map<String, Object> rec = new LinkedHashMap<>();
            rec.put("id", idPrefix + "-" + i);
            rec.put("title", ps.get(i) + " (" + idPrefix + ")");
            rec.put("author", ps.get((i + 1) % ps.size()));
            rec.put("published", "2025-03-0" + (1 + i / 6 % 9));
            StringBuilder text = new StringBuilder("From the " + idPrefix + " desk. ");
            for (int j = i; j < Math.min(ps.size(), i + 6); j++) {
                text.append(sentence(j, ps.get(j))).append(' ');
            }
            rec.put("text", text.toString().trim());
            try {
                b.append(json.writeValueAsString(rec)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return b.toString();
    }

    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("xss-article.txt"),
                text("Hostile title " + payloads().get(0)));
        Files.writeString(
                dir.resolve("xss-page.html"), html("Hostile page " + payloads().get(6)));
        Files.writeString(dir.resolve("xss-feed.jsonl"), jsonl("xss-feed"));
    }

    /** The analysis with actor names (and the mention texts events show) replaced by payloads, as a poisoned source would give. */
    static Analysis hostileNames(Analysis a) {
        List<String> ps = payloads();
        Map<String, String> names = new LinkedHashMap<>();
        List<Actor> actors = new ArrayList<>();
        int i = 0;
        for (Actor x : a.actors()) {
            if (i % 2 == 0) {
                String name = "Actor " + ps.get(i % ps.size());
                names.put(x.id(), name);
                x = new Actor(
                        x.id(), name, x.aliases(), x.type(), x.country(), x.agent(), x.code(), x.gender(), x.roles());
            }
            actors.add(x);
            i++;
        }
        List<Event> events = new ArrayList<>();
        for (Event e : a.events()) {
            events.add(new Event(
                    e.id(),
                    e.date(),
                    rename(e.source(), names),
                    rename(e.target(), names),
                    e.code(),
                    e.predicate(),
                    e.predicateToken(),
                    e.epistemic(),
                    e.contexts(),
                    e.location(),
                    e.evidence(),
                    e.confidence(),
                    e.trace()));
        }
        return new Analysis(a.documents(), actors, events, a.analogs(), a.warnings(), a.problems());
    }

    private static ActorRef rename(ActorRef r, Map<String, String> names) {
        return r.actorId() != null && names.containsKey(r.actorId())
                ? new ActorRef(r.actorId(), names.get(r.actorId()), r.code())
                : r;
    }
}
