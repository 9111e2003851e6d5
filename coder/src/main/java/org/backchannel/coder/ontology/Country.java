package org.backchannel.coder.ontology;

import java.util.List;

/** A country or region with the words that name it in news text. */
public record Country(
        String code, String name, List<String> aliases, List<String> demonyms, String capital, List<String> metonyms) {}
