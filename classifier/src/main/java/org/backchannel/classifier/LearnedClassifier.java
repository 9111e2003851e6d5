package org.backchannel.classifier;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.classifier.encoder.SentenceEncoder;
import org.backchannel.classifier.head.HeadFile;
import org.backchannel.classifier.head.SoftmaxHead;
import org.backchannel.coder.learned.Clause;
import org.backchannel.coder.learned.ClauseClassifier;
import org.backchannel.coder.learned.RootScores;

/** A clause's text through the sentence encoder, then the trained head: the coder's learned second opinion. */
public final class LearnedClassifier implements ClauseClassifier {
    private static volatile LearnedClassifier shipped;
    private final SentenceEncoder encoder;
    private final SoftmaxHead head;

    public LearnedClassifier(SentenceEncoder encoder, SoftmaxHead head) {
        if (head.dimension() != SentenceEncoder.DIMENSION) {
            throw new IllegalArgumentException(
                    "head of " + head.dimension() + " dimensions for an encoder of " + SentenceEncoder.DIMENSION);
        }
        this.encoder = encoder;
        this.head = head;
    }

    /** The shipped head over its encoder, loaded once per JVM. */
    public static LearnedClassifier shipped() {
        LearnedClassifier c = shipped;
        if (c == null) {
            synchronized (LearnedClassifier.class) {
                if (shipped == null) {
                    HeadFile f = HeadFile.shipped();
                    shipped = new LearnedClassifier(SentenceEncoder.shared(f.encoder()), f.head());
                }
                c = shipped;
            }
        }
        return c;
    }

    @Override
    public List<RootScores> classify(List<Clause> clauses) {
        List<RootScores> out = new ArrayList<>(clauses.size());
        for (Clause c : clauses) {
            out.add(score(c.text()));
        }
        return out;
    }

    /** The scores of one clause text. */
    public RootScores score(String text) {
        return head.score(encoder.embed(text));
    }

    /** Forgets the encoder's cached vectors. */
    public void clearCache() {
        encoder.clearCache();
    }

    @Override
    public long busyNanos() {
        return encoder.busyNanos();
    }
}
