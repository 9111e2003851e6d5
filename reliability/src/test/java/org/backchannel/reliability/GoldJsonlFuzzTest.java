package org.backchannel.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes gold JSON Lines records (eval); seeds in GoldJsonlFuzzTestInputs/fuzz. See {@link Targets} and docs/reliability.md. */
class GoldJsonlFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        Targets.goldJsonl(data);
    }
}
