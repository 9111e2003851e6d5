package org.backchannel.bench.reprints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backchannel.bench.eval.GoldRecord;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.ingest.IngestResult;
import org.backchannel.ingest.Ingestor;
import org.backchannel.ingest.dedupe.MinHashParameters;
import org.backchannel.ingest.dedupe.MinHasher;
import org.backchannel.ingest.dedupe.Reprints;
import org.backchannel.model.Document;
import org.backchannel.model.SyndicatedCopy;

/**
 * Measures the reprint collapse: on the synthetic corpus with planted reprints ({@link ReprintCorpus},
 * stories from the demo corpus and from the gold sentences, fresh paragraphs for follow-ups from the
 * epistemic cases), the precision and recall of the pairs of pages put in one story, and on the demo
 * corpus as it is, the near-duplicates found and the highest similarity between two of its articles.
 */
public final class ReprintEvaluation {
    private static final int GOLD_SENTENCES_PER_STORY = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The figures.
     *
     * @param stories          original stories in the synthetic corpus
     * @param pages            pages read (originals, reprints, follow-ups)
     * @param unreadable       pages ingest could not read (nothing left after furniture removal), left out
     * @param plantedCopies    reprints planted
     * @param foundCopies      pages the collapse made copies
     * @param pairPrecision    of the page pairs put in one story, the share that are one story
     * @param pairRecall       of the page pairs that are one story, the share put together
     * @param followUpsMerged  follow-ups (distinct stories sharing a paragraph) wrongly made copies
     * @param keptOriginal     of the stories with copies, the share whose kept page is the original
     * @param demoDocuments    documents of the demo corpus
     * @param demoCopies       near-duplicates the collapse found among them
     * @param demoMaxJaccard   the highest word-shingle Jaccard between two demo documents
     * @param seconds          time to sign and collapse the synthetic corpus (ingest not counted)
     * @param parameters       the MinHash and LSH parameters measured
     */
    public record Report(
            int stories,
            int pages,
            int unreadable,
            int plantedCopies,
            int foundCopies,
            double pairPrecision,
            double pairRecall,
            int followUpsMerged,
            double keptOriginal,
            int demoDocuments,
            int demoCopies,
            double demoMaxJaccard,
            double seconds,
            MinHashParameters parameters) {
        public String table() {
            MinHashParameters p = parameters;
            return String.format(
                    Locale.ROOT,
                    """
                    Reprint collapse (MinHash %d hashes = %d bands x %d rows over %d-word shingles, Jaccard >= %.2f)%n\
                      synthetic corpus: %d stories, %d pages read (%d unreadable left out), %d planted reprints%n\
                      copies found: %d; pair precision %.3f, pair recall %.3f; follow-ups wrongly collapsed: %d%n\
                      kept page is the original in %.1f %% of collapsed stories; sign + collapse %.2f s%n\
                      demo corpus: %d documents, %d near-duplicates found, highest Jaccard between two articles %.3f%n\
                    """,
                    p.hashes(),
                    p.bands(),
                    p.rows(),
                    p.shingleWords(),
                    p.threshold(),
                    stories,
                    pages,
                    unreadable,
                    plantedCopies,
                    foundCopies,
                    pairPrecision,
                    pairRecall,
                    followUpsMerged,
                    100 * keptOriginal,
                    seconds,
                    demoDocuments,
                    demoCopies,
                    demoMaxJaccard);
        }

        public String json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stories", stories);
            m.put("pages", pages);
            m.put("unreadable", unreadable);
            m.put("planted_copies", plantedCopies);
            m.put("found_copies", foundCopies);
            m.put("pair_precision", pairPrecision);
            m.put("pair_recall", pairRecall);
            m.put("follow_ups_merged", followUpsMerged);
            m.put("kept_original", keptOriginal);
            m.put("demo_documents", demoDocuments);
            m.put("demo_copies", demoCopies);
            m.put("demo_max_jaccard", demoMaxJaccard);
            m.put("seconds", seconds);
            m.put("threshold", parameters.threshold());
            try {
                return JSON.writeValueAsString(m);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public Report run(long seed, int maxReprints) {
        return run(seed, maxReprints, MinHashParameters.DEFAULTS);
    }

    /** The figures with other parameters (to see what a threshold or banding costs or buys). */
    public Report run(long seed, int maxReprints, MinHashParameters parameters) {
        Ingestor ingestor = new Ingestor();
        List<Document> demo = ingestor.readBytes(DemoCorpus.demoFiles()).documents();
        List<ReprintCorpus.Story> stories = new ArrayList<>();
        demo.forEach(d -> stories.add(ReprintCorpus.Story.of(d)));
        List<GoldRecord> gold = GoldRecord.parse("gold", DemoCorpus.lines(DemoCorpus.GOLD));
        for (int i = 0; i + GOLD_SENTENCES_PER_STORY <= gold.size(); i += GOLD_SENTENCES_PER_STORY) {
            List<String> paragraphs = gold.subList(i, i + GOLD_SENTENCES_PER_STORY).stream()
                    .map(GoldRecord::text)
                    .toList();
            String title = paragraphs.get(0).split("\\s+").length > 10
                    ? String.join(" ", java.util.Arrays.copyOf(paragraphs.get(0).split("\\s+"), 10))
                    : paragraphs.get(0);
            stories.add(new ReprintCorpus.Story(
                    "gold-" + (i / GOLD_SENTENCES_PER_STORY + 1),
                    title,
                    gold.get(i).date(),
                    paragraphs));
        }
        List<String> fresh = new ArrayList<>();
        for (String line : DemoCorpus.lines(DemoCorpus.EPISTEMIC)) {
            try {
                JsonNode n = JSON.readTree(line);
                fresh.add(n.path("text").asText());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("bad epistemic case: " + line, e);
            }
        }
        List<ReprintCorpus.Item> items = new ReprintCorpus(seed).generate(stories, fresh, maxReprints);
        Map<String, byte[]> pages = new LinkedHashMap<>();
        Map<String, ReprintCorpus.Item> byName = new HashMap<>();
        for (ReprintCorpus.Item it : items) {
            pages.put(it.name(), it.html());
            byName.put(it.name(), it);
        }
        IngestResult in =
                ingestor.readBytes(pages); // a page ingest cannot read (all taken for furniture) drops out of the count
        long t0 = System.nanoTime();
        Reprints.Collapse c = new Reprints(parameters).collapse(in.documents());
        double seconds = (System.nanoTime() - t0) / 1e9;

        Map<String, ReprintCorpus.Item> itemOfDoc = new HashMap<>();
        for (Document d : in.documents()) {
            itemOfDoc.put(d.id(), byName.get(d.origin()));
        }
        // predicted groups: each kept page with its copies
        Map<String, List<String>> groups = new LinkedHashMap<>();
        c.kept().forEach(d -> groups.put(d.id(), new ArrayList<>(List.of(d.id()))));
        for (SyndicatedCopy copy : c.copies()) {
            groups.get(copy.keptId()).add(copy.id());
        }
        long predicted = 0;
        long correct = 0;
        int keptOriginal = 0;
        int collapsed = 0;
        for (List<String> g : groups.values()) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    predicted++;
                    if (itemOfDoc
                            .get(g.get(i))
                            .story()
                            .equals(itemOfDoc.get(g.get(j)).story())) {
                        correct++;
                    }
                }
            }
            if (g.size() > 1) {
                collapsed++;
                keptOriginal += itemOfDoc.get(g.get(0)).kind() == ReprintCorpus.Kind.ORIGINAL ? 1 : 0;
            }
        }
        Map<String, Integer> perStory = new HashMap<>();
        in.documents().forEach(d -> perStory.merge(itemOfDoc.get(d.id()).story(), 1, Integer::sum));
        long truth = perStory.values().stream()
                .mapToLong(n -> (long) n * (n - 1) / 2)
                .sum();
        int followUpsMerged = 0;
        for (SyndicatedCopy copy : c.copies()) {
            followUpsMerged += itemOfDoc.get(copy.id()).kind() == ReprintCorpus.Kind.FOLLOW_UP ? 1 : 0;
        }
        int planted = (int) in.documents().stream()
                .filter(d -> itemOfDoc.get(d.id()).kind() == ReprintCorpus.Kind.REPRINT)
                .count();

        Reprints.Collapse demoCollapse = new Reprints(parameters).collapse(demo);
        MinHasher hasher = new MinHasher(parameters);
        double maxJaccard = 0;
        for (int i = 0; i < demo.size(); i++) {
            for (int j = i + 1; j < demo.size(); j++) {
                maxJaccard = Math.max(
                        maxJaccard,
                        MinHasher.jaccard(
                                hasher.shingles(demo.get(i).text()),
                                hasher.shingles(demo.get(j).text())));
            }
        }
        return new Report(
                stories.size(),
                in.documents().size(),
                in.problems().size(),
                planted,
                c.copies().size(),
                predicted == 0 ? 1 : correct / (double) predicted,
                truth == 0 ? 1 : correct / (double) truth,
                followUpsMerged,
                collapsed == 0 ? 0 : keptOriginal / (double) collapsed,
                demo.size(),
                demoCollapse.copies().size(),
                maxJaccard,
                seconds,
                parameters);
    }
}
