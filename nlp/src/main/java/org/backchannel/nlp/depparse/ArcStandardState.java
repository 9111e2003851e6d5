package org.backchannel.nlp.depparse;

import java.util.Arrays;

/**
 * One sentence being parsed by the arc-standard transition system: a stack, the rest of the
 * sentence as a buffer, and the arcs made so far. Tokens are numbered from 1; 0 is the root and -1
 * stands for "none". Transitions are numbered as in the model's output layer: left arcs by label,
 * right arcs by label, then shift.
 */
final class ArcStandardState {
    private static final int NONE = -1;
    /** The model's first transition label is the root's ("root" in the UD model). */
    private static final int ROOT_LABEL = 0;
    /** Where the 18 word, 18 tag and 12 label features start in the feature array. */
    private static final int WORDS = 0;

    private static final int TAGS = 18;
    private static final int LABELS = 36;

    private final ParserModel model;
    private final int n;
    private final int[] stack;
    private int stackSize;
    private int next = 1;
    private final int[] heads;
    private final int[] labels;
    /** Word and tag ids by token number + 1, so that "none" (-1) has a slot too. */
    private final int[] wordIds;

    private final int[] tagIds;

    ArcStandardState(ParserModel model, String[] words, String[] tags) {
        this.model = model;
        this.n = words.length;
        this.stack = new int[n + 1];
        this.heads = new int[n + 1];
        this.labels = new int[n + 1];
        Arrays.fill(heads, NONE);
        this.wordIds = new int[n + 2];
        this.tagIds = new int[n + 2];
        wordIds[0] = model.wordId(ParserModel.NULL);
        tagIds[0] = model.tagId(ParserModel.NULL);
        wordIds[1] = model.wordId(ParserModel.ROOT);
        tagIds[1] = model.tagId(ParserModel.ROOT);
        for (int k = 1; k <= n; k++) {
            wordIds[k + 1] = model.wordId(words[k - 1]);
            tagIds[k + 1] = model.tagId(tags[k - 1]);
        }
        stack[stackSize++] = 0;
    }

    boolean isTerminal() {
        return stackSize == 1 && next > n;
    }

    int head(int token) {
        return heads[token];
    }

    String label(int token) {
        return model.labels.get(labels[token]);
    }

    /** The 48 token ids describing this state: 18 words, 18 tags, 12 arc labels. */
    int[] features() {
        int[] f = new int[ParserModel.FEATURES];
        for (int j = 2; j >= 0; j--) {
            int k = stack(j);
            f[WORDS + 2 - j] = word(k);
            f[TAGS + 2 - j] = tag(k);
        }
        for (int j = 0; j <= 2; j++) {
            int k = buffer(j);
            f[WORDS + 3 + j] = word(k);
            f[TAGS + 3 + j] = tag(k);
        }
        for (int j = 0; j <= 1; j++) {
            int k = stack(j);
            int lc = leftChild(k, 1);
            int rc = rightChild(k, 1);
            int[] children = {lc, rc, leftChild(k, 2), rightChild(k, 2), leftChild(lc, 1), rightChild(rc, 1)};
            for (int m = 0; m < children.length; m++) {
                f[WORDS + 6 + 6 * j + m] = word(children[m]);
                f[TAGS + 6 + 6 * j + m] = tag(children[m]);
                f[LABELS + 6 * j + m] = labelToken(children[m]);
            }
        }
        return f;
    }

    boolean canApply(int transition) {
        int arcs = model.labels.size();
        int buffered = n - next + 1;
        if (transition == 2 * arcs) {
            return buffered > 0;
        }
        boolean left = transition < arcs;
        int label = left ? transition : transition - arcs;
        int head = left ? stack(0) : stack(1);
        if (head < 0 || (head == 0) != (label == ROOT_LABEL)) {
            return false;
        }
        return left ? stackSize > 2 : stackSize > 2 || (stackSize == 2 && buffered == 0);
    }

    void apply(int transition) {
        int arcs = model.labels.size();
        if (transition == 2 * arcs) {
            stack[stackSize++] = next++;
        } else if (transition < arcs) {
            int dependent = stack[stackSize - 2];
            heads[dependent] = stack[stackSize - 1];
            labels[dependent] = transition;
            stack[stackSize - 2] = stack[stackSize - 1];
            stackSize--;
        } else {
            int dependent = stack[stackSize - 1];
            heads[dependent] = stack[stackSize - 2];
            labels[dependent] = transition - arcs;
            stackSize--;
        }
    }

    private int stack(int k) {
        return k < stackSize ? stack[stackSize - 1 - k] : NONE;
    }

    private int buffer(int k) {
        int token = next + k;
        return token <= n ? token : NONE;
    }

    private int leftChild(int k, int count) {
        if (k < 0) {
            return NONE;
        }
        int seen = 0;
        for (int i = 1; i < k; i++) {
            if (heads[i] == k && ++seen == count) {
                return i;
            }
        }
        return NONE;
    }

    private int rightChild(int k, int count) {
        if (k < 0) {
            return NONE;
        }
        int seen = 0;
        for (int i = n; i > k; i--) {
            if (heads[i] == k && ++seen == count) {
                return i;
            }
        }
        return NONE;
    }

    /** Token numbers run from -1 ("none") to n, so that every one has a slot at k + 1. */
    private int word(int k) {
        return wordIds[k + 1];
    }

    private int tag(int k) {
        return tagIds[k + 1];
    }

    private int labelToken(int k) {
        return k <= 0 ? model.nullLabelToken : model.labelTokens[labels[k]];
    }
}
