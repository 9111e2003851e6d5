package org.backchannel.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens and dependency graph.
 *
 * @param index     0-based position in the document
 * @param charStart offset of the sentence in the document text
 * @param charEnd   offset just past its end
 */
public record ParsedSentence(
        int index, String text, int charStart, int charEnd, List<Token> tokens, List<Dependency> dependencies) {
    public ParsedSentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Dependencies whose governor is token {@code i}. */
    public List<Dependency> children(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == i) {
                out.add(d);
            }
        }
        return out;
    }

    /** Dependencies whose dependent is token {@code i} (enhanced graphs may give several heads). */
    public List<Dependency> parents(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                out.add(d);
            }
        }
        return out;
    }

    /** Text of tokens {@code from} (inclusive) to {@code to} (exclusive), with the document's spacing. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        int begin = tokens.get(from).begin() - charStart;
        int end = tokens.get(to - 1).end() - charStart;
        return text.substring(Math.max(0, begin), Math.min(text.length(), end));
    }
}
