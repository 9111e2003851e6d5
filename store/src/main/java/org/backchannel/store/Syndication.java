package org.backchannel.store;

import java.util.List;
import java.util.Map;
import org.backchannel.model.SyndicatedCopy;

/**
 * What a save records about syndicated copies: the LSH band keys of the documents it stores (by
 * content hash), so later texts can be compared with them, and the reprints left out of coding.
 */
public record Syndication(Map<String, long[]> bandKeys, List<SyndicatedCopy> copies) {
    public static final Syndication NONE = new Syndication(Map.of(), List.of());

    public Syndication {
        bandKeys = Map.copyOf(bandKeys);
        copies = List.copyOf(copies);
    }
}
