package org.backchannel.bench.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.backchannel.model.Analysis;
import org.backchannel.model.Document;
import org.backchannel.model.Event;
import org.backchannel.pipeline.Pipeline;

/**
 * Runs the pipeline on gold records and matches coded events to gold events at the levels of
 * shared/eval/FORMAT.md: root (same root or PLOVER type, same source and target countries, swapped
 * for undirected symmetric events), code (the same with the full code, alternatives allowed),
 * actors (countries and first agent, whatever the code) and status (among root matches).
 */
public final class Evaluator {
    private static final Set<String> SYMMETRIC =
            Set.of("03", "04", "05", "06", "AGREE", "CONSULT", "SUPPORT", "COOPERATE");
    private final Pipeline pipeline;

    public Evaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public EvalReport evaluate(List<GoldRecord> records) {
        return evaluate(records, List.of());
    }

    /**
     * Scores gold records, and measures plain input documents (articles with no gold) for empty
     * sides and pronoun actor texts under the set name "input".
     */
    public EvalReport evaluate(List<GoldRecord> records, List<Document> plainInputs) {
        List<GoldRecord> all = new ArrayList<>(records);
        Map<String, List<Event>> coded = code(records);
        for (Analysis a : pipeline.analyzeSeparately(plainInputs)) {
            Document d = a.documents().get(0).document();
            String id = "input:" + d.id();
            coded.put(id, a.events());
            all.add(new GoldRecord(id, "input", null, d.published(), d.text(), List.of(), false));
        }
        return score(all, coded);
    }

    private Map<String, List<Event>> code(List<GoldRecord> records) {
        // each record goes through the text reader as a user's input would, page furniture included
        org.backchannel.ingest.TextReader reader =
                new org.backchannel.ingest.TextReader(org.backchannel.ingest.Furniture.defaults());
        List<Document> docs = new ArrayList<>();
        for (GoldRecord r : records) {
            Document d = reader.parse(r.id(), r.set(), null, r.text());
            docs.add(new Document(
                    r.id(),
                    r.set(),
                    null,
                    null,
                    null,
                    r.date(),
                    d.dateline(),
                    d.agency(),
                    d.text(),
                    d.boilerplateRemoved(),
                    r.id()));
        }
        // gold records are independent stories, not to be merged as one
        Map<String, List<Event>> coded = new HashMap<>();
        for (Analysis a : pipeline.analyzeSeparately(docs)) {
            coded.put(a.documents().get(0).document().id(), a.events());
        }
        return coded;
    }

    /** Scores coded events (by record id) against the gold records. */
    public static EvalReport score(List<GoldRecord> records, Map<String, List<Event>> coded) {
        Map<String, Score> levels = new LinkedHashMap<>();
        for (String l : List.of("root", "code", "actors")) {
            levels.put(l, Score.ZERO);
        }
        Map<String, Map<String, Score>> perSet = new TreeMap<>();
        Map<String, Score> perRoot = new TreeMap<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<Miss> misses = new ArrayList<>();
        Map<String, MissBreakdown> reasons = new TreeMap<>();
        Map<String, SideStats> sides = new TreeMap<>();
        int statusOk = 0;
        int statusN = 0;
        Set<String> sets = new LinkedHashSet<>();
        // PLOVER types under the names the gold uses ("REQUEST" is counted as the gold's "DEMAND")
        // — but never a type the gold itself uses ("ASSAULT" stays ASSAULT even where a FIGHT allows it)
        Map<String, String> ploverNames = new HashMap<>();
        Set<String> goldTypes = new java.util.HashSet<>();
        records.forEach(r -> r.events().stream()
                .map(GoldEvent::plover)
                .filter(java.util.Objects::nonNull)
                .forEach(goldTypes::add));
        for (GoldRecord r : records) {
            for (GoldEvent g : r.events()) {
                if (g.plover() != null) {
                    g.ploverAlt().stream()
                            .filter(alt -> !goldTypes.contains(alt))
                            .forEach(alt -> ploverNames.putIfAbsent(alt, g.plover()));
                }
            }
        }
        for (GoldRecord r : records) {
            sets.add(r.set());
            List<Event> cs = coded.getOrDefault(r.id(), List.of());
            List<String> parts = r.split() == null ? List.of(r.set()) : List.of(r.set(), r.part());
            SideStats side = SideStats.of(cs);
            sides.merge("all", side, SideStats::plus);
            parts.forEach(p -> sides.merge(p, side, SideStats::plus));
            if (!r.scored()) {
                continue;
            }
            Map<String, Score> setLevels = new LinkedHashMap<>();
            int[] rootPairs = match(r.events(), cs, Evaluator::rootMatch);
            Score root = new Score(
                    rootPairs.length == 0 ? 0 : count(rootPairs),
                    cs.size(),
                    r.events().size());
            Score code = new Score(
                    count(match(r.events(), cs, Evaluator::codeMatch)),
                    cs.size(),
                    r.events().size());
            Score actors = new Score(
                    count(match(r.events(), cs, Evaluator::actorMatch)),
                    cs.size(),
                    r.events().size());
            levels.merge("root", root, Score::plus);
            levels.merge("code", code, Score::plus);
            levels.merge("actors", actors, Score::plus);
            setLevels.merge("root", root, Score::plus);
            setLevels.merge("code", code, Score::plus);
            setLevels.merge("actors", actors, Score::plus);
            for (String p : parts) {
                Map<String, Score> into = perSet.computeIfAbsent(p, k -> new LinkedHashMap<>());
                setLevels.forEach((k, v) -> into.merge(k, v, Score::plus));
            }
            MissBreakdown why = missReasons(r.events(), rootPairs, cs);
            parts.forEach(p -> reasons.merge(p, why, MissBreakdown::plus));
            boolean[] codedUsed = new boolean[cs.size()];
            String[] matchedKey =
                    new String[cs.size()]; // a coded event that matched counts under its gold event's root
            for (int g = 0; g < r.events().size(); g++) {
                GoldEvent ge = r.events().get(g);
                int c = rootPairs[g];
                perRoot.merge(ge.rootKey(), new Score(c >= 0 ? 1 : 0, 0, 1), Score::plus);
                if (c >= 0) {
                    codedUsed[c] = true;
                    matchedKey[c] = ge.rootKey();
                    if (ge.status() != null) {
                        statusN++;
                        if (ge.status().equals(cs.get(c).epistemic().status().label())) {
                            statusOk++;
                        }
                    }
                }
                String codedRoot = c >= 0 ? key(cs.get(c), ge) : bestGuess(ge, cs);
                confusion.computeIfAbsent(ge.rootKey(), k -> new TreeMap<>()).merge(codedRoot, 1, Integer::sum);
            }
            for (int c = 0; c < cs.size(); c++) {
                String k = r.events().isEmpty() || r.events().get(0).cameo() != null
                        ? cs.get(c).code().root()
                        : cs.get(c).code().ploverType();
                k = ploverNames.getOrDefault(k, k);
                perRoot.merge(
                        matchedKey[c] != null ? matchedKey[c] : k == null ? "01" : k, new Score(0, 1, 0), Score::plus);
                if (!codedUsed[c]) {
                    confusion
                            .computeIfAbsent("none", x -> new TreeMap<>())
                            .merge(k == null ? "01" : k, 1, Integer::sum);
                }
            }
            if (root.tp() < Math.max(root.gold(), root.coded())) {
                misses.add(new Miss(
                        r.id(),
                        r.text(),
                        r.events().stream().map(Evaluator::describe).toList(),
                        cs.stream().map(Evaluator::describe).toList()));
            }
        }
        misses.sort((a, b) -> Integer.compare(
                b.gold().size() + b.coded().size(), a.gold().size() + a.coded().size()));
        return new EvalReport(
                new ArrayList<>(sets),
                records.size(),
                levels,
                statusN == 0 ? 0 : statusOk / (double) statusN,
                statusN,
                perSet,
                perRoot,
                confusion,
                misses,
                reasons,
                sides);
    }

    /** Why each unmatched gold event of a record was missed (see {@link MissBreakdown}). */
    private static MissBreakdown missReasons(List<GoldEvent> gold, int[] rootPairs, List<Event> coded) {
        int none = 0;
        int side = 0;
        int code = 0;
        int pair = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (rootPairs[g] >= 0) {
                continue;
            }
            GoldEvent ge = gold.get(g);
            if (coded.isEmpty()) {
                none++;
            } else if (coded.stream().anyMatch(e -> sameWhat(ge, e) && oneSideRight(ge, e))) {
                side++;
            } else if (coded.stream().anyMatch(e -> sides(ge, e, false))) {
                code++;
            } else {
                pair++;
            }
        }
        return new MissBreakdown(none, side, code, pair);
    }

    private static boolean sameWhat(GoldEvent g, Event e) {
        return g.cameo() != null
                ? e.code().root().equals(g.cameo().substring(0, 2))
                : e.code().ploverType() != null
                        && (e.code().ploverType().equals(g.plover())
                                || g.ploverAlt().contains(e.code().ploverType()));
    }

    /** An event with an empty side whose other side is the gold's (in either direction). */
    private static boolean oneSideRight(GoldEvent g, Event e) {
        boolean srcEmpty = e.source().code() == null;
        boolean tgtEmpty = e.target().code() == null;
        if (!srcEmpty && !tgtEmpty) {
            return false;
        }
        return (srcEmpty
                        && !tgtEmpty
                        && (side(g.target(), e.target().code(), false)
                                || side(g.source(), e.target().code(), false)))
                || (tgtEmpty
                        && !srcEmpty
                        && (side(g.source(), e.source().code(), false)
                                || side(g.target(), e.source().code(), false)))
                || (srcEmpty && tgtEmpty);
    }

    /** Greedy one-to-one matching: for each gold event the index of its coded match, or -1. */
    private static int[] match(List<GoldEvent> gold, List<Event> coded, BiPredicate<GoldEvent, Event> ok) {
        int[] out = new int[gold.size()];
        boolean[] used = new boolean[coded.size()];
        for (int g = 0; g < gold.size(); g++) {
            out[g] = -1;
            for (int c = 0; c < coded.size(); c++) {
                if (!used[c] && ok.test(gold.get(g), coded.get(c))) {
                    used[c] = true;
                    out[g] = c;
                    break;
                }
            }
        }
        return out;
    }

    private static int count(int[] pairs) {
        int n = 0;
        for (int p : pairs) {
            if (p >= 0) {
                n++;
            }
        }
        return n;
    }

    static boolean rootMatch(GoldEvent g, Event e) {
        return sameWhat(g, e) && sides(g, e, false);
    }

    static boolean codeMatch(GoldEvent g, Event e) {
        if (!rootMatch(g, e)) {
            return false;
        }
        if (g.cameo() == null) {
            return true;
        }
        return e.code().cameo().equals(g.cameo())
                || g.cameoAlt().contains(e.code().cameo());
    }

    static boolean actorMatch(GoldEvent g, Event e) {
        return sides(g, e, true);
    }

    private static boolean sides(GoldEvent g, Event e, boolean withAgent) {
        boolean direct = side(g.source(), e.source().code(), withAgent)
                && side(g.target(), e.target().code(), withAgent);
        if (direct) {
            return true;
        }
        boolean symmetric = g.undirected() && SYMMETRIC.contains(g.rootKey());
        return symmetric
                && side(g.source(), e.target().code(), withAgent)
                && side(g.target(), e.source().code(), withAgent);
    }

    private static boolean side(String gold, String coded, boolean withAgent) {
        String gc = GoldEvent.country(gold);
        String cc = GoldEvent.country(coded);
        if (gc == null || cc == null) {
            return gc == null && cc == null;
        }
        if (!gc.equals(cc)) {
            return false;
        }
        return !withAgent || java.util.Objects.equals(GoldEvent.agent(gold), GoldEvent.agent(coded));
    }

    private static String key(Event e, GoldEvent g) {
        return g.cameo() != null ? e.code().root() : String.valueOf(e.code().ploverType());
    }

    /** The root the coder gave an event between the same parties, or "none". */
    private static String bestGuess(GoldEvent g, List<Event> cs) {
        for (Event e : cs) {
            if (sides(g, e, false)) {
                return key(e, g);
            }
        }
        return "none";
    }

    private static String describe(GoldEvent g) {
        return g.source() + " " + (g.cameo() != null ? g.cameo() : g.plover()) + " " + g.target()
                + (g.status() == null ? "" : " (" + g.status() + ")");
    }

    private static String describe(Event e) {
        return e.source().code() + " " + e.code().cameo() + "/" + e.code().ploverType() + " "
                + e.target().code() + " (" + e.epistemic().status().label() + ") [" + e.predicate() + "]";
    }
}
