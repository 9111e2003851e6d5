package org.backchannel.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes JSON Lines feeds; seeds in JsonLinesFuzzTestInputs/fuzz. See {@link Targets} and docs/reliability.md. */
class JsonLinesFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        Targets.jsonLines(data);
    }
}
