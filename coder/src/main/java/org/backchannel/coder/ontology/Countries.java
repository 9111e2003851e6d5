package org.backchannel.coder.ontology;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.model.io.Tsv;

/** CAMEO / ISO-3 country codes with names, demonyms, capitals and metonyms; former states under their ISO 3166-3 codes. */
public final class Countries {
    private final Map<String, Country> byCode = new LinkedHashMap<>();

    public static Countries load() {
        Countries c = new Countries();
        c.add(Tsv.resource("/backchannel/ontology/countries.tsv"));
        c.add(Tsv.resource("/backchannel/ontology/countries-former.tsv"));
        return c;
    }

    /** Adds rows; a row for a code already known only adds its aliases and demonyms (an earlier name). */
    private void add(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            String code = r.col(0);
            if (!code.matches("[A-Z]{3}")) {
                throw r.error("bad country code " + code);
            }
            Country known = byCode.get(code);
            if (known != null) {
                byCode.put(
                        code,
                        new Country(
                                code,
                                known.name(),
                                union(known.aliases(), r.list(2)),
                                union(known.demonyms(), r.list(3)),
                                known.capital(),
                                known.metonyms()));
                continue;
            }
            byCode.put(code, new Country(code, r.col(1), r.list(2), r.list(3), r.optional(4), r.list(5)));
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
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
