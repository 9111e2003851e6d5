package org.backchannel.coder.ontology;

/** The whole ontology, loaded once: codebook, countries, agents and context cues. */
public record Ontology(Codebook codebook, Countries countries, Agents agents, ContextCues contexts) {

    private static volatile Ontology defaults;

    /** The built-in ontology, loaded on first use. */
    public static Ontology defaults() {
        Ontology o = defaults;
        if (o == null) {
            synchronized (Ontology.class) {
                if (defaults == null) {
                    defaults = new Ontology(Codebook.load(), Countries.load(), Agents.load(), ContextCues.load());
                }
                o = defaults;
            }
        }
        return o;
    }
}
