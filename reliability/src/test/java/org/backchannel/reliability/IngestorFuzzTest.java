package org.backchannel.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the Ingestor as a whole (content sniffing, files streamed from disk); seeds in IngestorFuzzTestInputs/fuzz. See {@link Targets} and docs/reliability.md. */
class IngestorFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void fuzz(FuzzedDataProvider in) throws Exception {
        Targets.ingestor(in);
    }
}
