package org.backchannel.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the publication-date reader; seeds in DatesFuzzTestInputs/fuzz. See {@link Targets} and docs/reliability.md. */
class DatesFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void fuzz(FuzzedDataProvider in) {
        Targets.dates(in);
    }
}
