package org.backchannel.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes PETRARCH .actors dictionaries and their import; seeds in PetrarchActorsFuzzTestInputs/fuzz. See {@link Targets} and docs/reliability.md. */
class PetrarchActorsFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        Targets.petrarchActors(data);
    }
}
