package org.backchannel.cli;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.backchannel.ingest.IngestResult;
import org.backchannel.model.Actor;
import org.backchannel.model.Analysis;
import org.backchannel.model.Event;
import org.backchannel.model.ParsedDocument;
import org.backchannel.pipeline.PipelineResult;

/** A readable summary of an analysis for people: what was read, who did what, and what is disputed. */
final class Summary {
    private Summary() {}

    static String render(PipelineResult r, IngestResult in) {
        Analysis a = r.analysis();
        StringBuilder b = new StringBuilder();
        int sentences =
                a.documents().stream().mapToInt(p -> p.sentences().size()).sum();
        int furniture = a.documents().stream()
                .mapToInt(p -> p.document().boilerplateRemoved().size())
                .sum();
        b.append(String.format(
                "Read %d documents, %d sentences; removed %d blocks of page furniture; %d items skipped.%n",
                a.documents().size(),
                sentences,
                furniture,
                in.problems().size() + in.duplicates().size()));
        b.append(String.format(
                "Coded %d events among %d actors; %d warnings; %d historical episodes mentioned.%n%n",
                a.events().size(),
                a.actors().size(),
                a.warnings().size(),
                a.analogs().size()));

        Map<String, Long> statuses = a.events().stream()
                .collect(Collectors.groupingBy(
                        e -> e.epistemic().status().label(), TreeMap::new, Collectors.counting()));
        b.append("By status:   ").append(statuses).append('\n');
        Map<String, Long> roots = a.events().stream()
                .collect(Collectors.groupingBy(
                        e -> e.code().root() + " " + rootName(e), TreeMap::new, Collectors.counting()));
        b.append("By CAMEO root:\n");
        roots.forEach((k, v) -> b.append(String.format("  %-40s %d%n", k, v)));
        long secret = a.events().stream().filter(e -> e.epistemic().secret()).count();
        long mediated = a.events().stream()
                .filter(e -> e.epistemic().mediator() != null)
                .count();
        long disputed = a.events().stream()
                .filter(e -> !e.epistemic().disputedBy().isEmpty())
                .count();
        b.append(String.format("Secret: %d   mediated: %d   disputed: %d%n%n", secret, mediated, disputed));

        Map<String, Integer> byActor = new LinkedHashMap<>();
        for (Event e : a.events()) {
            if (e.source().actorId() != null) {
                byActor.merge(e.source().actorId(), 1, Integer::sum);
            }
            if (e.target().actorId() != null) {
                byActor.merge(e.target().actorId(), 1, Integer::sum);
            }
        }
        Map<String, Actor> actors = a.actors().stream().collect(Collectors.toMap(Actor::id, x -> x, (x, y) -> x));
        b.append("Most active actors:\n");
        byActor.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(10)
                .forEach(en -> b.append(String.format(
                        "  %-32s %-10s %d events%n",
                        name(actors, en.getKey()),
                        actors.containsKey(en.getKey())
                                        && actors.get(en.getKey()).code() != null
                                ? actors.get(en.getKey()).code()
                                : "",
                        en.getValue())));

        b.append("\nPer document, the events with most to say:\n");
        for (ParsedDocument p : a.documents()) {
            List<Event> evs = a.events().stream()
                    .filter(e ->
                            e.primaryEvidence().document().equals(p.document().id()))
                    .sorted(Comparator.comparingDouble(Summary::interest).reversed())
                    .limit(2)
                    .toList();
            b.append(String.format(
                    "  %s  (%s, %d events)%n",
                    p.document().title() == null
                            ? p.document().id()
                            : p.document().title(),
                    p.document().published() == null ? "undated" : p.document().published(),
                    a.events().stream()
                            .filter(e -> e.primaryEvidence()
                                    .document()
                                    .equals(p.document().id()))
                            .count()));
            for (Event e : evs) {
                b.append("    ").append(line(e, actors)).append('\n');
            }
        }
        if (!a.warnings().isEmpty()) {
            b.append("\nWarnings:\n");
            a.warnings().forEach(w -> b.append("  [")
                    .append(w.kind())
                    .append("] ")
                    .append(w.message())
                    .append('\n'));
        }
        if (!a.analogs().isEmpty()) {
            b.append("\nHistorical episodes the texts invoke: ");
            b.append(a.analogs().stream().map(x -> x.name()).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        return b.toString();
    }

    static String line(Event e, Map<String, Actor> actors) {
        StringBuilder s = new StringBuilder();
        s.append(e.date() == null ? "undated" : e.date().label()).append("  ");
        s.append(e.source().text() == null ? "?" : e.source().text())
                .append(" -[")
                .append(e.code().cameo())
                .append(' ')
                .append(e.code().name())
                .append("]-> ")
                .append(e.target().text() == null ? "?" : e.target().text());
        s.append("  (").append(e.epistemic().status().label());
        if (e.epistemic().attributedTo() != null) {
            s.append(" by ").append(name(actors, e.epistemic().attributedTo()));
        }
        if (e.epistemic().secret()) {
            s.append(", secret");
        }
        if (e.epistemic().mediator() != null) {
            s.append(", via ").append(name(actors, e.epistemic().mediator()));
        }
        if (!e.epistemic().disputedBy().isEmpty()) {
            s.append(", disputed");
        }
        return s.append(')').toString();
    }

    private static double interest(Event e) {
        double v = e.confidence();
        if (e.epistemic().status() != org.backchannel.model.Status.ASSERTED) {
            v += 0.3;
        }
        if (e.epistemic().secret()
                || e.epistemic().mediator() != null
                || !e.epistemic().disputedBy().isEmpty()) {
            v += 0.5;
        }
        if (!e.source().isEmpty() && !e.target().isEmpty()) {
            v += 0.3;
        }
        return v;
    }

    private static String rootName(Event e) {
        return org.backchannel.coder.ontology.Ontology.defaults()
                .codebook()
                .get(e.code().root())
                .name();
    }

    private static String name(Map<String, Actor> actors, String id) {
        Actor a = actors.get(id);
        return a == null ? id : a.name();
    }
}
