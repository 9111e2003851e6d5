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
public record EventCode(String cameo, String name, int quadClass, double goldstein,
                        String ploverType, String ploverMode) {

    public String root() {
        return cameo.substring(0, 2);
    }
}
