package org.backchannel.bench.eval;

import java.util.List;

/** A record where coded and gold events disagree at the root level, shown side by side. */
public record Miss(String id, String text, List<String> gold, List<String> coded) {}
