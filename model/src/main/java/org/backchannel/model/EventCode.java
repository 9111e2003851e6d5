package org.backchannel.model;

/**
 * A CAMEO code with what follows from it.
 *
 * @param cameo      two to four digits; the first two are the root
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein  conflict–cooperation score from -10 to +10
 * @param ploverType PLOVER event type (CONSULT, ACCUSE, …)
 * @param ploverMode PLOVER mode, or null
 */
public record EventCode(
        String cameo, String name, int quadClass, double goldstein, String ploverType, String ploverMode) {

    public String root() {
        return cameo.substring(0, 2);
    }

    private int rootNumber() {
        return Integer.parseInt(root());
    }

    /**
     * Contact and cooperation that both sides take part in: intent to cooperate (03), consult (04),
     * diplomatic (05) and material cooperation (06). Such events may be read in either direction.
     */
    public boolean isMutual() {
        int r = rootNumber();
        return r >= 3 && r <= 6;
    }

    /** Mutual, or a fight (19): "X and Y clashed" makes each conjunct the other's counterpart. */
    public boolean isMutualWhenConjoined() {
        return isMutual() || rootNumber() == 19;
    }

    /**
     * Exhibit of force, reduced relations, coercion, assault, fight and mass violence (roots 15–20):
     * acts against a place are acts against its state.
     */
    public boolean isForceOrCoercion() {
        return rootNumber() >= 15;
    }

    /** Assault, fight and mass violence (roots 18, 19, 20): acts someone can be laid at or claim. */
    public boolean isViolence() {
        int r = rootNumber();
        return r >= 18 && r <= 20;
    }

    /**
     * Yield (08): easing, lifting, withdrawing — "lifted the curfew in Montenegro" yields to the state
     * where it applies.
     */
    public boolean isYield() {
        return rootNumber() == 8;
    }

    /**
     * A truce (0871): one both sides keep, so conjoined parties that agree to, declare or sign one
     * each yield to the other ("Thailand and Cambodia agreed to a ceasefire").
     */
    public boolean isTruce() {
        return cameo.equals("0871");
    }

    /** Protest (14): with no named target it aims at the protesters' own government. */
    public boolean isProtest() {
        return rootNumber() == 14;
    }
}
