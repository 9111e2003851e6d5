package org.backchannel.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes PETRARCH agents dictionaries; seeds in PetrarchAgentsFuzzTestInputs/fuzz. See {@link Targets} and docs/reliability.md. */
class PetrarchAgentsFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        Targets.petrarchAgents(data);
    }
}
