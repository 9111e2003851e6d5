package org.backchannel.analysis.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.model.io.Tsv;

/**
 * A CAMEO actor code split into the parts GDELT gives their own columns. The code is read in
 * three-letter pieces: a country or CAMEO region (first, or right after IGO/NGO/IMG/MNC) is the
 * country code; a religion code (cameo-religions.tsv) is Religion1, a second one Religion2; a CAMEO
 * actor-type code (the coder's agents.tsv) is Type1, Type2, Type3 in order, except UNO, AMN, IRC
 * and GRP, which name one organization; any other piece is the known-group code (EEC in IGOEUREEC,
 * NAT in IGOWSTNAT). "IGOUNO" is thus Type1 IGO and known group UNO. Ethnic codes are not split out:
 * the project keeps no table of CAMEO ethnic codes, so EthnicCode stays empty.
 */
public record CameoActorCode(
        String country,
        String knownGroup,
        String ethnic,
        String religion1,
        String religion2,
        String type1,
        String type2,
        String type3) {

    private static final List<String> SINGLE_ORGANIZATIONS = List.of("UNO", "AMN", "IRC", "GRP");
    private static final Map<String, String> RELIGIONS = religions();

    /** The parts of a code; every part is "" when absent, and all are "" for a null or malformed code. */
    public static CameoActorCode parse(String code, Ontology ontology) {
        String country = "";
        String group = "";
        String religion1 = "";
        String religion2 = "";
        List<String> types = new ArrayList<>();
        if (code != null && code.length() >= 3 && code.length() % 3 == 0) {
            for (int i = 0; i < code.length(); i += 3) {
                String piece = code.substring(i, i + 3);
                boolean countrySlot = i == 0 || (i == 3 && types.size() == 1 && country.isEmpty());
                if (countrySlot
                        && country.isEmpty()
                        && ontology.countries().get(piece).isPresent()) {
                    country = piece;
                } else if (RELIGIONS.containsKey(piece) && religion2.isEmpty()) {
                    if (religion1.isEmpty()) {
                        religion1 = piece;
                    } else {
                        religion2 = piece;
                    }
                } else if (ontology.agents().isAgent(piece) && !SINGLE_ORGANIZATIONS.contains(piece)) {
                    types.add(piece);
                } else if (group.isEmpty()) {
                    group = piece;
                } else {
                    types.add(piece);
                }
            }
        }
        while (types.size() < 3) {
            types.add("");
        }
        return new CameoActorCode(country, group, "", religion1, religion2, types.get(0), types.get(1), types.get(2));
    }

    /** The eight GDELT columns after ActorName, CountryCode to Type3Code, in order. */
    public List<String> columns() {
        return List.of(country, knownGroup, ethnic, religion1, religion2, type1, type2, type3);
    }

    private static Map<String, String> religions() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.resource("/backchannel/export/cameo-religions.tsv")) {
            if (!r.col(0).matches("[A-Z]{3}")) {
                throw r.error("bad religion code " + r.col(0));
            }
            m.put(r.col(0), r.col(1));
        }
        return m;
    }

    /** The religion codes known, for tests and documentation. */
    public static Map<String, String> religionCodes() {
        return Map.copyOf(RELIGIONS);
    }
}
