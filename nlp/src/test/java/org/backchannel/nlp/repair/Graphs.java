package org.backchannel.nlp.repair;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/** Dependency graphs written out by hand, for the repairs' tests. */
final class Graphs {
    private Graphs() {}

    /** Tokens as word/POS; dependencies as "rel governor dependent" with 0-based token indexes. */
    static ParsedSentence sentence(String tokens, String... deps) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String t : tokens.split(" ")) {
            String[] f = t.split("/");
            out.add(new Token(
                    out.size(), f[0], f[0].toLowerCase(java.util.Locale.ROOT), f[1], "O", at, at + f[0].length()));
            at += f[0].length() + 1;
        }
        List<Dependency> ds = new ArrayList<>();
        for (String d : deps) {
            String[] f = d.split(" ");
            ds.add(new Dependency(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[0]));
        }
        return new ParsedSentence(0, tokens, 0, at, out, ds);
    }

    static boolean has(ParsedSentence s, String rel, int governor, int dependent) {
        return s.dependencies().contains(new Dependency(governor, dependent, rel));
    }
}
