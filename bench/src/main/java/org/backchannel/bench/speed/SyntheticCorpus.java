package org.backchannel.bench.speed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.backchannel.coder.ontology.Countries;
import org.backchannel.coder.ontology.Country;
import org.backchannel.model.io.Tsv;

/**
 * Writes N realistic articles as JSON Lines from the project's templates
 * ({@code backchannel/bench/templates.tsv}), with countries, dates and topics drawn by a seeded
 * random generator, so throughput can be measured at any multiple of the demo corpus.
 */
public final class SyntheticCorpus {
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private SyntheticCorpus() {}

    public static Path write(int n, long seed, Countries countries, Path file) throws IOException {
        Map<String, List<String>> t = new HashMap<>();
        for (Tsv.Row r : Tsv.resource("/backchannel/bench/templates.tsv")) {
            t.computeIfAbsent(r.col(0), k -> new ArrayList<>()).add(r.col(1));
        }
        List<Country> states = countries.all().stream()
                .filter(c -> c.capital() != null
                        && !c.demonyms().isEmpty()
                        && c.code().matches("[A-Z]{3}"))
                .toList();
        Random rnd = new Random(seed);
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Country a = states.get(rnd.nextInt(states.size()));
                Country b = states.get(rnd.nextInt(states.size()));
                Country c = states.get(rnd.nextInt(states.size()));
                Map<String, String> slots = Map.of(
                        "{A}",
                        a.name(),
                        "{B}",
                        b.name(),
                        "{C}",
                        c.name(),
                        "{AD}",
                        a.demonyms().get(0),
                        "{BD}",
                        b.demonyms().get(0),
                        "{ACAP}",
                        a.capital(),
                        "{BCAP}",
                        b.capital(),
                        "{CCAP}",
                        c.capital(),
                        "{DAY}",
                        DAYS[rnd.nextInt(DAYS.length)],
                        "{N}",
                        Integer.toString(2 + rnd.nextInt(40)));
                String topic = pick(t.get("topic"), rnd);
                StringBuilder text = new StringBuilder(fill(pick(t.get("headline"), rnd), slots, topic)).append("\n\n");
                int sentences = 8 + rnd.nextInt(7);
                for (int s = 0; s < sentences; s++) {
                    String kind = rnd.nextInt(5) == 0 ? "context" : "body";
                    text.append(fill(pick(t.get(kind), rnd), slots, topic)).append(s % 3 == 2 ? "\n\n" : " ");
                }
                text.append("\n\n").append(fill(pick(t.get("furniture"), rnd), slots, topic));
                LocalDate day = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(700));
                ObjectNode rec = json.createObjectNode();
                rec.put("id", "synthetic-" + i);
                rec.put("title", text.substring(0, text.indexOf("\n")));
                rec.put("published", day.toString());
                rec.put("text", text.toString());
                w.write(json.writeValueAsString(rec));
                w.newLine();
            }
        }
        return file;
    }

    private static String pick(List<String> xs, Random rnd) {
        return xs.get(rnd.nextInt(xs.size()));
    }

    private static String fill(String template, Map<String, String> slots, String topic) {
        String s = template.replace("{TOPIC}", topic);
        for (Map.Entry<String, String> e : slots.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    }
}
