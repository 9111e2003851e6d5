package org.backchannel.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the user's actor TSV (--actors); seeds in ActorTsvFuzzTestInputs/fuzz. See {@link Targets} and docs/reliability.md. */
class ActorTsvFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) throws Exception {
        Targets.actorTsv(data);
    }
}
