package org.backchannel.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes HTML pages; seeds in HtmlFuzzTestInputs/fuzz. See {@link Targets} and docs/reliability.md. */
class HtmlFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        Targets.html(data);
    }
}
