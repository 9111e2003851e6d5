package org.backchannel.search;

/** A matched stretch of a hit's text: character offsets, start inclusive, end exclusive. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
