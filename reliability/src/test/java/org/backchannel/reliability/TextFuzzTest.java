package org.backchannel.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes plain-text articles; seeds in TextFuzzTestInputs/fuzz. See {@link Targets} and docs/reliability.md. */
class TextFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        Targets.text(data);
    }
}
