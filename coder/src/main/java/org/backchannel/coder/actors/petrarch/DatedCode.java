package org.backchannel.coder.actors.petrarch;

import java.time.LocalDate;

/**
 * One code of a PETRARCH actor entry with its date restriction: {@code [USAGOV 930120-010120]},
 * {@code [AFGGOV >011222]} (from only), {@code [USRARM <900823]} (until only) or {@code [AFGELI]}
 * (undated: PETRARCH's default code when no dated one applies).
 *
 * @param code the CAMEO code as written; {@link #NULL} for PETRARCH's "do not code" {@code [---]}
 * @param line the line the code was read from
 */
public record DatedCode(String code, LocalDate from, LocalDate to, int line) {
    /** PETRARCH's null code: the phrase is known and must not become an actor. */
    public static final String NULL = "---";

    public boolean undated() {
        return from == null && to == null;
    }

    public boolean isNull() {
        return NULL.equals(code);
    }
}
