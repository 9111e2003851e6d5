package org.backchannel.analysis.analogs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.backchannel.coder.history.Episode;
import org.backchannel.coder.history.EpisodeCatalog;
import org.backchannel.model.Event;
import org.backchannel.model.io.Tsv;

/**
 * Retrieves the past episodes closest to a dyad's current pattern. The pattern's features (secret,
 * mediated, adversaries, leader detention, sanctions, oil, region, …) are read off its events; an
 * episode scores the weighted Jaccard overlap of features plus shares for common parties and
 * mediators of the same kind.
 */
public final class AnalogRetriever {
    private static final Map<String, Double> WEIGHTS = Map.of(
            "secret",
            2.0,
            "backchannel",
            2.0,
            "mediated",
            2.0,
            "adversaries",
            1.5,
            "leader-detention",
            1.5,
            "us-involved",
            1.0,
            "sanctions",
            1.0,
            "oil",
            1.0);
    private static final double ACTOR_SHARE = 0.25;
    private final EpisodeCatalog catalog;
    private final Map<String, String> regionOf = new HashMap<>();

    public AnalogRetriever(EpisodeCatalog catalog) {
        this.catalog = catalog;
        for (Tsv.Row r : Tsv.resource("/backchannel/analysis/regions.tsv")) {
            for (String c : r.list(1)) {
                regionOf.put(c, r.col(0));
            }
        }
    }

    /** The features of the events between two countries (or of all events when both are null). */
    public Set<String> features(List<Event> events, String a, String b) {
        Set<String> f = new TreeSet<>();
        double goldstein = 0;
        for (Event e : events) {
            String s = e.source().country();
            String t = e.target().country();
            if (a != null && !(a.equals(s) || a.equals(t))) {
                continue;
            }
            if (b != null && !(b.equals(s) || b.equals(t))) {
                continue;
            }
            goldstein += e.code().goldstein();
            int root = Integer.parseInt(e.code().root());
            if (e.epistemic().secret()) {
                f.add("secret");
                if (root >= 3 && root <= 6) {
                    f.add("backchannel");
                }
            }
            if (e.epistemic().mediator() != null) {
                f.add("mediated");
            }
            if (root == 16 || e.code().cameo().startsWith("1312")) {
                f.add("sanctions");
            }
            if (root == 17 && e.target().code() != null && e.target().code().endsWith("GOV")) {
                f.add("leader-detention");
            }
            if (e.code().cameo().startsWith("172")
                    || e.code().cameo().startsWith("18") && e.code().cameo().equals("180")) {
                f.add("regime-change");
            }
            if (e.code().cameo().startsWith("0841") || e.code().cameo().startsWith("0353")) {
                f.add("prisoner-exchange");
            }
            if (e.contexts().contains("resource")) {
                f.add("oil");
            }
            if (e.contexts().contains("cbrn") || e.contexts().contains("nuclear")) {
                f.add("nuclear");
            }
            if (e.epistemic().disputedBy().size() > 0) {
                f.add("denied-publicly");
            }
            for (String c : new String[] {s, t}) {
                if ("USA".equals(c)) {
                    f.add("us-involved");
                }
                if (c != null && regionOf.containsKey(c)) {
                    f.add(regionOf.get(c));
                }
            }
        }
        if (goldstein < 0 || events.stream().anyMatch(e -> e.code().quadClass() >= 3)) {
            f.add("adversaries");
        }
        return f;
    }

    public List<AnalogMatch> closest(List<Event> events, String a, String b, int k) {
        Set<String> features = features(events, a, b);
        Set<String> parties = new LinkedHashSet<>();
        if (a != null) {
            parties.add(a);
        }
        if (b != null) {
            parties.add(b);
        }
        List<AnalogMatch> out = new ArrayList<>();
        for (Episode ep : catalog.all()) {
            Set<String> epf = new TreeSet<>(ep.features());
            double inter = 0;
            double union = 0;
            Set<String> all = new TreeSet<>(epf);
            all.addAll(features);
            List<String> matched = new ArrayList<>();
            for (String x : all) {
                double w = WEIGHTS.getOrDefault(x, 1.0);
                union += w;
                if (epf.contains(x) && features.contains(x)) {
                    inter += w;
                    matched.add(x);
                }
            }
            List<String> shared = new ArrayList<>();
            for (String code : ep.actors()) {
                String c = code.length() >= 3 ? code.substring(0, 3) : code;
                if (parties.contains(c) && !shared.contains(c)) {
                    shared.add(c);
                }
            }
            double sim = (union == 0 ? 0 : inter / union) + ACTOR_SHARE * shared.size() / Math.max(1, parties.size());
            out.add(new AnalogMatch(
                    ep.id(), ep.name(), Math.round(sim * 1000) / 1000.0, matched, shared, ep.outcome(), ep.summary()));
        }
        out.sort(Comparator.comparingDouble(AnalogMatch::similarity).reversed().thenComparing(AnalogMatch::id));
        return out.subList(0, Math.min(k, out.size()));
    }
}
