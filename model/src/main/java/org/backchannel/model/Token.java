package org.backchannel.model;

/**
 * One token of a parsed sentence.
 *
 * @param index 0-based position in its sentence
 * @param begin character offset of its first character in the document text
 * @param end   character offset just past its last character in the document text
 * @param ner   coarse named-entity tag (PERSON, ORGANIZATION, LOCATION, O, …)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
