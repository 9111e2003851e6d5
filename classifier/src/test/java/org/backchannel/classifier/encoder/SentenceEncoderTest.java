package org.backchannel.classifier.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The encoder on the real ONNX model (loaded once per JVM, under a second). */
class SentenceEncoderTest {
    private static final SentenceEncoder ENCODER = SentenceEncoder.shared(SentenceEncoder.Model.MINILM_Q);

    @Test
    void givesUnitVectorsOf384() {
        float[] v = ENCODER.embed("X imposed sanctions on Y");
        assertEquals(SentenceEncoder.DIMENSION, v.length);
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        assertEquals(1, Math.sqrt(norm), 1e-5);
    }

    @Test
    void relatedClausesLieCloserThanUnrelatedOnes() {
        List<float[]> v = ENCODER.embed(
                List.of("X bombed Y", "X launched air strikes on Y", "X signed a trade agreement with Y"));
        assertTrue(
                dot(v.get(0), v.get(1)) > dot(v.get(0), v.get(2)), "bombing is nearer air strikes than a trade deal");
    }

    @Test
    void aTextGivesTheSameVectorAloneOrAmongOthersAndIsCached() {
        float[] alone = ENCODER.embed("X met Y in Doha");
        List<float[]> among = ENCODER.embed(
                List.of("a much longer text about something else entirely, with commas", "X met Y in Doha"));
        assertArrayEquals(alone, among.get(1));
        assertSame(alone, among.get(1));
    }

    @Test
    void tokenizesAsUncasedBert() {
        WordPieceTokenizer t = WordPieceTokenizer.fromResource("/all-minilm-l6-v2-q-tokenizer.json");
        // ids as the Hugging Face tokenizer of the model gives them
        assertArrayEquals(
                new long[] {101, 1060, 9770, 17147, 2006, 1061, 102}, t.encode("X imposed sanctions on Y", 128));
        assertEquals(
                List.of("cafe", "sao", "paulo", "—", "deja", "vu", "!"),
                WordPieceTokenizer.words("Café São Paulo — déjà vu!"));
        assertEquals(5, t.encode("one two three four five six seven", 5).length);
        assertEquals(102, t.encode("one two three four five six seven", 5)[4]);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
