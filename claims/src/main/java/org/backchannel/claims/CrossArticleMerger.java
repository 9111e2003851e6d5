package org.backchannel.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backchannel.coder.CodedDocument;
import org.backchannel.model.Event;
import org.backchannel.model.Evidence;

/**
 * Merges one event told by several articles: same root, same source and target countries (either
 * direction for the symmetric roots 03–06), dates within a week of each other or one undated. The
 * merged event keeps every evidence span, counts independent sources (articles whose texts share
 * most of their word 5-grams count as one syndicated story) and the mix of statuses, and takes the
 * disputes of all of them. The result does not depend on the order the events come in: they are
 * grouped in a canonical order (document, sentence, offset, id), so each group and the event that
 * represents it are the same for any order, and the groups come out in the order of their first
 * member in the input.
 */
final class CrossArticleMerger {
    static final double SYNDICATION_JACCARD = 0.5;
    private static final long MAX_DAYS_APART = 7;

    List<Event> merge(List<Event> events, List<CodedDocument> documents) {
        if (documents.size() < 2) {
            return events;
        }
        // candidate groups are found through a key that any two mergeable events share: the root and
        // the unordered pair of countries, so the work grows with the events, not their square
        Map<String, List<List<Event>>> byKey = new HashMap<>();
        List<List<Event>> groups = new ArrayList<>();
        List<Event> canonical = new ArrayList<>(events);
        canonical.sort(CANONICAL);
        for (Event e : canonical) {
            String key = key(e);
            List<Event> home = null;
            if (key != null) {
                for (List<Event> g : byKey.getOrDefault(key, List.of())) {
                    if (sameEvent(g.get(0), e)
                            && g.stream().noneMatch(x -> x.primaryEvidence()
                                    .document()
                                    .equals(e.primaryEvidence().document()))) {
                        home = g;
                        break;
                    }
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
                if (key != null) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(home);
                }
            }
            home.add(e);
        }
        Map<Event, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            position.putIfAbsent(events.get(i), i);
        }
        groups.sort(java.util.Comparator.comparingInt(
                g -> g.stream().mapToInt(position::get).min().orElse(0)));
        Map<String, String> texts = new HashMap<>();
        for (CodedDocument d : documents) {
            texts.put(d.parsed().document().id(), d.parsed().document().text());
        }
        Map<String, Set<String>> shingleCache = new HashMap<>();
        List<Event> out = new ArrayList<>();
        Map<String, String> renamed = new HashMap<>();
        for (List<Event> g : groups) {
            Event first = g.get(0);
            if (g.size() == 1) {
                out.add(first);
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            Map<String, Integer> story = stories(
                    g.stream()
                            .map(e -> e.primaryEvidence().document())
                            .distinct()
                            .toList(),
                    texts,
                    shingleCache);
            Set<Integer> stories = new HashSet<>();
            Map<String, Integer> mix = new LinkedHashMap<>();
            List<String> disputes = new ArrayList<>();
            for (Event e : g) {
                evidence.addAll(e.evidence());
                stories.add(story.getOrDefault(e.primaryEvidence().document(), -1));
                mix.merge(e.epistemic().status().label(), 1, Integer::sum);
                e.epistemic().disputedBy().forEach(d -> {
                    if (!disputes.contains(d)) {
                        disputes.add(d);
                    }
                });
                renamed.put(e.id(), first.id());
            }
            boolean secret = g.stream().anyMatch(e -> e.epistemic().secret());
            String mediator = g.stream()
                    .map(e -> e.epistemic().mediator())
                    .filter(m -> m != null)
                    .findFirst()
                    .orElse(null);
            out.add(first.withEvidence(evidence)
                    .withEpistemic(first.epistemic()
                            .withDisputedBy(disputes)
                            .withSecret(secret)
                            .withMediator(mediator)
                            .withCorroboration(stories.size(), mix)));
        }
        // disputes that named a merged-away event now name the event it merged into
        List<Event> fixed = new ArrayList<>();
        for (Event e : out) {
            List<String> ids = e.epistemic().disputedBy().stream()
                    .map(d -> renamed.getOrDefault(d, d))
                    .distinct()
                    .filter(d -> !d.equals(e.id()))
                    .toList();
            fixed.add(e.withEpistemic(e.epistemic().withDisputedBy(ids)));
        }
        return fixed;
    }

    /** The order events are grouped in, whatever order they come in. */
    private static final java.util.Comparator<Event> CANONICAL = java.util.Comparator.comparing(
                    (Event e) -> e.primaryEvidence().document())
            .thenComparingInt(e -> e.primaryEvidence().sentence())
            .thenComparingInt(e -> e.primaryEvidence().charStart())
            .thenComparing(Event::id);

    private static String key(Event e) {
        String a = e.source().country();
        String b = e.target().country();
        if (a == null && b == null) {
            return null;
        }
        boolean symmetric = e.code().isMutual();
        if (symmetric && a != null && b != null && a.compareTo(b) > 0) {
            String t = a;
            a = b;
            b = t;
        }
        return e.code().root() + "|" + a + "|" + b;
    }

    private static boolean sameEvent(Event a, Event b) {
        if (!a.code().root().equals(b.code().root())) {
            return false;
        }
        boolean symmetric = a.code().isMutual();
        boolean direct = eq(a.source().country(), b.source().country())
                && eq(a.target().country(), b.target().country());
        boolean swapped = symmetric
                && eq(a.source().country(), b.target().country())
                && eq(a.target().country(), b.source().country());
        if (!(direct || swapped) || (a.source().country() == null && a.target().country() == null)) {
            return false;
        }
        if (a.date() == null
                || b.date() == null
                || !a.date().fromText() && !b.date().fromText()) {
            return a.date() == null
                    || b.date() == null
                    || Math.abs(a.date().day().toEpochDay() - b.date().day().toEpochDay()) <= MAX_DAYS_APART;
        }
        return Math.abs(a.date().day().toEpochDay() - b.date().day().toEpochDay()) <= MAX_DAYS_APART;
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** Document id to story number: documents that share most of their 5-grams are one story. */
    static Map<String, Integer> stories(List<String> ids, Map<String, String> texts, Map<String, Set<String>> cache) {
        List<Set<String>> shingles = new ArrayList<>();
        for (String id : ids) {
            shingles.add(cache.computeIfAbsent(id, k -> shingles(texts.getOrDefault(k, ""))));
        }
        int[] parent = new int[ids.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < parent.length; i++) {
            for (int j = i + 1; j < parent.length; j++) {
                if (jaccard(shingles.get(i), shingles.get(j)) >= SYNDICATION_JACCARD) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            out.put(ids.get(i), find(parent, i));
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i] = parent[parent[i]];
        }
        return i;
    }

    static Set<String> shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 5 <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + 5)));
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (String s : a) {
            if (b.contains(s)) {
                inter++;
            }
        }
        return inter / (double) (a.size() + b.size() - inter);
    }
}
