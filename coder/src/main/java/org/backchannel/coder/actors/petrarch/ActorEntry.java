package org.backchannel.coder.actors.petrarch;

import java.util.List;

/**
 * One record of a PETRARCH {@code .actors} dictionary: the primary phrase, its synonyms (consecutive
 * primary phrases without codes between them are synonyms too, as PETRARCH reads them) and its codes.
 *
 * @param source the file name, for messages
 * @param line   the line of the primary phrase
 * @param names  phrases in dictionary order, the primary one first; underscores turned into spaces,
 *               upper case as written
 * @param codes  codes in dictionary order
 */
public record ActorEntry(String source, int line, List<String> names, List<DatedCode> codes) {
    public ActorEntry {
        names = List.copyOf(names);
        codes = List.copyOf(codes);
    }

    public String primary() {
        return names.get(0);
    }
}
