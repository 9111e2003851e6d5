package org.backchannel.coder.actors;

import java.text.Normalizer;
import java.util.Locale;

/** The one way names are normalized for lookup: accents, case, quotes and spacing folded. */
public final class Names {
    private Names() {}

    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        n = n.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u2010', '-')
                .replace('\u2013', '-');
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** A lower-case ASCII slug for ids: "Delcy Rodríguez" gives "delcy-rodriguez". */
    public static String slug(String s) {
        return normalize(s).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
