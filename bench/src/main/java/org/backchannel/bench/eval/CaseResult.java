package org.backchannel.bench.eval;

/**
 * What the pipeline made of one epistemic case: the status, cue and scope of the event that best
 * matches it ("none" where the coder found no event), whether that event has the case's root, and the
 * mediator and secrecy read.
 */
public record CaseResult(
        EpistemicCase gold,
        String status,
        String cue,
        String scope,
        String cameo,
        String mediator,
        boolean mediatorOk,
        boolean secret,
        boolean rootMatched) {
    public boolean statusOk() {
        return gold.status().equals(status);
    }

    public boolean found() {
        return !status.equals("none");
    }
}
