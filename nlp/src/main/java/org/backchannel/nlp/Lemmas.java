package org.backchannel.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** CoreNLP's lemmatizer on single words, without a pipeline: the lemma the lemma annotator gives a noun. */
public final class Lemmas {
    private Lemmas() {}

    /**
     * The lemmas of a noun as CoreNLP gives them: tagged plural ("sanctions" is sanction, "troops" stays
     * troops, "arms" is arm) and, for a word without the plural -s, also tagged singular ("data" is data
     * or datum, "people" people or person).
     */
    public static Set<String> noun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(Morphology.lemmaStatic(w, "NNS"));
        if (!w.endsWith("s")) {
            out.add(Morphology.lemmaStatic(w, "NN"));
        }
        return out;
    }
}
