package org.backchannel.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backchannel.bench.eval.EvalOutput;
import org.backchannel.bench.eval.EvalReport;
import org.backchannel.bench.eval.Evaluator;
import org.backchannel.bench.eval.GoldRecord;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * Root-level F1 on every gold set must not drop below the figure last reached minus a small margin.
 * Raise a floor when the coder improves; the figures are in docs/accuracy.md.
 */
class GoldFloorTest {
    /** Set name to the lowest acceptable root-level F1. */
    static final Map<String, Double> FLOORS = Map.of(
            "backchannel-gold", 0.35,
            "backchannel-gold/heldout", 0.34,
            "petrarch2-sample", 0.41,
            "plover-gsr", 0.38);

    @Test
    void rootLevelF1StaysAboveItsFloorOnEveryGoldSet() throws Exception {
        List<GoldRecord> records =
                new ArrayList<>(GoldRecord.parse(DemoCorpus.GOLD, DemoCorpus.lines(DemoCorpus.GOLD)));
        Path shared = sharedEval();
        if (shared != null) {
            for (Path p : EvalOutput.expand(List.of(shared))) {
                records.addAll(GoldRecord.read(p));
            }
        }
        EvalReport r = new Evaluator(Pipeline.standard()).evaluate(records);
        System.out.print(EvalOutput.table(r, 0));
        for (Map.Entry<String, Double> floor : FLOORS.entrySet()) {
            if (!r.perSet().containsKey(floor.getKey())) {
                assertTrue(
                        shared == null || floor.getKey().startsWith("backchannel-gold"),
                        "gold set missing: " + floor.getKey());
                continue;
            }
            double f1 = r.perSet().get(floor.getKey()).get("root").f1();
            assertTrue(f1 >= floor.getValue(), floor.getKey() + " root F1 " + f1 + " < floor " + floor.getValue());
        }
    }

    private static Path sharedEval() {
        Path shared = org.backchannel.corpus.SharedFolder.locate();
        return shared == null ? null : shared.resolve("eval");
    }
}
