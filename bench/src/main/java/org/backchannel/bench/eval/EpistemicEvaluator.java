package org.backchannel.bench.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backchannel.model.Actor;
import org.backchannel.model.Analysis;
import org.backchannel.model.Document;
import org.backchannel.model.Event;
import org.backchannel.pipeline.Pipeline;

/**
 * Measures the epistemic layer on its cases. Each case is analysed on its own; the event that best
 * matches the case (same root first, then the same source and target country) is read:
 * <ul>
 * <li><b>status</b>: the event carries the gold status. Reported over all cases (a case where the
 * coder found no event counts as wrong: a coder recall miss) and over the cases with some event.</li>
 * <li><b>secrecy</b>: some event of the case is flagged secret exactly when the gold says so.</li>
 * <li><b>mediator</b>, per case: the case is given a mediator when some event carries one; it is
 * right when one of those is the gold mediator. Precision = right / given (a case whose gold
 * mediator is null and that is given one counts against it); recall = right / cases with a gold
 * mediator.</li>
 * </ul>
 * Events the claims stage derives from another (the denial act "X denied …", the corrected reading
 * "later clarified as a detention") are not matched when the case has events of its own: they annotate
 * the event the case is about. Figures are kept for the dev part, the held-out part and all cases.
 */
public final class EpistemicEvaluator {
    public static final String ALL = "all";
    private final Pipeline pipeline;

    public EpistemicEvaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public EpistemicReport evaluate(List<EpistemicCase> cases) {
        List<Document> docs = new ArrayList<>();
        for (EpistemicCase c : cases) {
            docs.add(new Document(
                    c.id(), "epistemic", null, null, null, c.date(), null, null, c.text(), List.of(), c.id()));
        }
        Map<String, Analysis> byCase = new HashMap<>();
        for (Analysis a : pipeline.analyzeSeparately(docs)) {
            byCase.put(a.documents().get(0).document().id(), a);
        }
        return score(cases, byCase);
    }

    /** Scores the analyses (by case id) against the cases. */
    public static EpistemicReport score(List<EpistemicCase> cases, Map<String, Analysis> byCase) {
        List<CaseResult> results = new ArrayList<>();
        for (EpistemicCase c : cases) {
            Analysis a = byCase.get(c.id());
            List<Event> events = a == null
                    ? List.of()
                    : a.events().stream()
                            .filter(e -> e.primaryEvidence().document().equals(c.id()))
                            .toList();
            List<Actor> actors = a == null ? List.of() : a.actors();
            results.add(read(c, events, actors));
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String part : List.of(EpistemicCase.DEV, EpistemicCase.HELDOUT, ALL)) {
            tallies.put(part, new Tally());
        }
        for (CaseResult r : results) {
            tallies.computeIfAbsent(r.gold().split(), k -> new Tally()).add(r);
            tallies.get(ALL).add(r);
        }
        Map<String, EpistemicScore> parts = new LinkedHashMap<>();
        tallies.forEach((k, t) -> parts.put(k, t.score()));
        return new EpistemicReport(parts, results);
    }

    private static CaseResult read(EpistemicCase c, List<Event> events, List<Actor> actors) {
        // the denial act and the corrected reading the claims stage derives from an event are annotations of it, not
        // the event the case is about
        List<Event> told = events.stream().filter(e -> !derived(e)).toList();
        Event best = (told.isEmpty() ? events : told)
                .stream().max(Comparator.comparingInt(e -> fit(e, c))).orElse(null);
        String mediator = null;
        boolean mediatorOk = false;
        for (Event e : events) {
            String m = e.epistemic().mediator();
            if (m == null) {
                continue;
            }
            Actor who =
                    actors.stream().filter(x -> x.id().equals(m)).findFirst().orElse(null);
            boolean ok = c.mediator() != null && who != null && isGoldActor(c.mediator(), who);
            if (mediator == null || ok && !mediatorOk) {
                mediator = who == null || who.code() == null ? m : who.code();
                mediatorOk = ok;
            }
        }
        boolean secret = events.stream().anyMatch(e -> e.epistemic().secret());
        if (best == null) {
            return new CaseResult(c, "none", null, null, null, mediator, mediatorOk, secret, false);
        }
        var epi = best.epistemic();
        return new CaseResult(
                c,
                epi.status().label(),
                epi.cue(),
                epi.scope() == null ? null : epi.scope().text(),
                best.code().cameo(),
                mediator,
                mediatorOk,
                secret,
                c.cameoRoot() != null && best.code().root().equals(c.cameoRoot()));
    }

    /** Whether the claims stage derived the event from another one (a denial act, a corrected reading). */
    static boolean derived(Event e) {
        return e.id().endsWith("-denial") || e.id().endsWith("-corrected");
    }

    /** How well an event fits a case: same root first, then the same source, then the same target. */
    static int fit(Event e, EpistemicCase c) {
        int s = 0;
        if (c.cameoRoot() != null && e.code().root().equals(c.cameoRoot())) {
            s += 4;
        }
        if (c.source() != null
                && e.source().country() != null
                && c.source().startsWith(e.source().country())) {
            s += 2;
        }
        if (c.target() != null
                && e.target().country() != null
                && c.target().startsWith(e.target().country())) {
            s += 1;
        }
        return s;
    }

    /**
     * Whether an actor is the one a gold code names: "QAT" or "QATGOV" is any actor of Qatar; for
     * international bodies the gold may give the body's own three letters ("UNO", "NAT") or its whole
     * code ("NGOIRC"), found among the actor's code segments ("IGOUNO", "IGOWSTNAT").
     */
    static boolean isGoldActor(String gold, Actor a) {
        String g = gold.length() >= 3 ? gold.substring(0, 3) : gold;
        if (a.country() != null && a.country().equals(g)) {
            return true;
        }
        String code = a.code();
        if (code == null) {
            return false;
        }
        if (g.equals("IGO") || g.equals("NGO")) {
            return code.startsWith(gold);
        }
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            if (code.substring(i, i + 3).equals(g)) {
                return true;
            }
        }
        return false;
    }

    /** Running counts of one part. */
    private static final class Tally {
        int cases;
        int found;
        int statusOk;
        int rootMatched;
        int statusOkRootMatched;
        final Map<String, int[]> perStatus = new TreeMap<>();
        int secretOk;
        int secretN;
        int mediatorTp;
        int mediatorGiven;
        int mediatorGold;
        int mediatorGoldFound;

        void add(CaseResult r) {
            cases++;
            int[] cell = perStatus.computeIfAbsent(r.gold().status(), k -> new int[3]);
            cell[1]++;
            if (r.found()) {
                found++;
                cell[2]++;
            }
            if (r.rootMatched()) {
                rootMatched++;
                statusOkRootMatched += r.statusOk() ? 1 : 0;
            }
            if (r.statusOk()) {
                statusOk++;
                cell[0]++;
            }
            if (r.gold().secret() != null) {
                secretN++;
                if (r.gold().secret() == r.secret()) {
                    secretOk++;
                }
            }
            if (r.gold().mediator() != null) {
                mediatorGold++;
                mediatorGoldFound += r.found() ? 1 : 0;
            }
            if (r.mediator() != null) {
                mediatorGiven++;
                if (r.mediatorOk()) {
                    mediatorTp++;
                }
            }
        }

        EpistemicScore score() {
            return new EpistemicScore(
                    cases,
                    found,
                    statusOk,
                    rootMatched,
                    statusOkRootMatched,
                    perStatus,
                    secretOk,
                    secretN,
                    mediatorTp,
                    mediatorGiven,
                    mediatorGold,
                    mediatorGoldFound);
        }
    }
}
