package org.backchannel.coder.mentions;

import java.util.List;
import org.backchannel.coder.actors.Mention;

/**
 * One way of finding the actors a sentence names. Rules run in a fixed order; each sees the mentions
 * earlier rules found in the sentence and the document around it, and returns only new mentions.
 */
public interface MentionRule {

    /** New mentions in the sentence of {@code ctx}; tokens already covered are left alone. */
    List<Mention> find(SentenceContext ctx);
}
