package org.backchannel.coder.ontology;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.backchannel.model.io.Tsv;

/** CAMEO / ISO-3 country codes with names, demonyms, capitals and metonyms. */
public final class Countries {
    private final Map<String, Country> byCode = new LinkedHashMap<>();

    public static Countries load() {
        Countries c = new Countries();
        for (Tsv.Row r : Tsv.resource("/backchannel/ontology/countries.tsv")) {
            String code = r.col(0);
            if (!code.matches("[A-Z]{3}")) {
                throw r.error("bad country code " + code);
            }
            String capital = r.optional(4);
            c.byCode.put(code, new Country(code, r.col(1), r.list(2), r.list(3), capital, r.list(5)));
        }
        return c;
    }

    public Optional<Country> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<Country> all() {
        return byCode.values();
    }

    /** The display name of a code, or the code itself. */
    public String name(String code) {
        Country c = byCode.get(code);
        return c == null ? code : c.name();
    }

}
