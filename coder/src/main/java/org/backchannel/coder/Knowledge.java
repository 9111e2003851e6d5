package org.backchannel.coder;

import java.nio.file.Path;
import java.util.List;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.coder.patterns.PatternSet;

/**
 * Everything the coder knows, loaded once: the ontology, the actor knowledge base (with any user
 * files), and the patterns.
 */
public record Knowledge(Ontology ontology, KnowledgeBase actors, PatternSet patterns) {

    private static volatile Knowledge defaults;

    /** The built-in knowledge, loaded on first use and shared. */
    public static Knowledge defaults() {
        Knowledge k = defaults;
        if (k == null) {
            synchronized (Knowledge.class) {
                if (defaults == null) {
                    defaults = load(List.of(), List.of());
                }
                k = defaults;
            }
        }
        return k;
    }

    /** Built-in knowledge plus the user's actor files (TSV) and PETRARCH {@code .actors} dictionaries. */
    public static Knowledge load(List<Path> userActorFiles, List<Path> petrarchDictionaries) {
        Ontology o = Ontology.defaults();
        KnowledgeBase kb = KnowledgeBase.load(o.countries());
        userActorFiles.forEach(kb::addUserFile);
        petrarchDictionaries.forEach(p -> kb.addPetrarchActors(p, o));
        return new Knowledge(o, kb, PatternSet.load(o.codebook()));
    }
}
