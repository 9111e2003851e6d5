package org.backchannel.coder.actors.petrarch;

import java.util.List;
import org.backchannel.model.IngestProblem;

/**
 * What a dictionary reader got from a file: the entries it could read and one problem per line it
 * could not (item {@code file:line}, with the cause).
 */
public record Loaded<T>(List<T> items, List<IngestProblem> problems) {
    public Loaded {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }
}
