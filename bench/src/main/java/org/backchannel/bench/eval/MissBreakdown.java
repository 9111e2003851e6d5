package org.backchannel.bench.eval;

/**
 * Why gold events were missed at the root level, each counted once, in this order of precedence:
 * the coder gave the record no event at all; an event of the right root has one side missing; an
 * event between the right parties has another root; otherwise the coded events name other parties.
 */
public record MissBreakdown(int noEventInRecord, int sideMissing, int wrongCode, int wrongPair) {
    public static final MissBreakdown ZERO = new MissBreakdown(0, 0, 0, 0);

    public MissBreakdown plus(MissBreakdown o) {
        return new MissBreakdown(
                noEventInRecord + o.noEventInRecord,
                sideMissing + o.sideMissing,
                wrongCode + o.wrongCode,
                wrongPair + o.wrongPair);
    }

    public int total() {
        return noEventInRecord + sideMissing + wrongCode + wrongPair;
    }
}
