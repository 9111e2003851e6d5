package org.backchannel.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes PETRARCH's CAMEO verb dictionary; seeds in PetrarchVerbsFuzzTestInputs/fuzz. See {@link Targets} and docs/reliability.md. */
class PetrarchVerbsFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        Targets.petrarchVerbs(data);
    }
}
