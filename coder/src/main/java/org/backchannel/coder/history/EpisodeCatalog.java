package org.backchannel.coder.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backchannel.coder.actors.Names;
import org.backchannel.model.io.Tsv;

/** The catalog of historical episodes in {@code backchannel/history/episodes.tsv}. */
public final class EpisodeCatalog {
    private final List<Episode> episodes;
    /** Normalized surface forms per episode, computed once: they are searched in every sentence. */
    private final List<List<String>> surfaces = new ArrayList<>();

    private EpisodeCatalog(List<Episode> episodes) {
        this.episodes = List.copyOf(episodes);
        for (Episode e : this.episodes) {
            List<String> forms = new ArrayList<>();
            for (String s : e.surfaces()) {
                String n = Names.normalize(s).replace('\u2013', '-').toLowerCase(Locale.ROOT);
                if (n.length() >= 4) {
                    forms.add(n);
                }
            }
            surfaces.add(forms);
        }
    }

    private static volatile EpisodeCatalog defaults;

    public static EpisodeCatalog defaults() {
        EpisodeCatalog c = defaults;
        if (c == null) {
            synchronized (EpisodeCatalog.class) {
                if (defaults == null) {
                    defaults = load();
                }
                c = defaults;
            }
        }
        return c;
    }

    private static EpisodeCatalog load() {
        List<Episode> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.resource("/backchannel/history/episodes.tsv")) {
            if (r.cols().length < 12) {
                throw r.error("expected 12 columns, found " + r.cols().length);
            }
            out.add(new Episode(
                    r.col(0), r.col(1), r.list(2), r.col(3), r.col(4), r.list(5), r.list(6), r.list(7), r.list(8),
                    r.list(9), r.col(10), r.col(11)));
        }
        return new EpisodeCatalog(out);
    }

    public List<Episode> all() {
        return episodes;
    }

    /** Episodes a text names, each once, with the offset of its first mention. */
    public List<Hit> mentionedIn(String text) {
        String norm = Names.normalize(text).replace('\u2013', '-');
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < episodes.size(); i++) {
            int best = -1;
            for (String n : surfaces.get(i)) {
                int at = indexOfWord(norm, n);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                }
            }
            if (best >= 0) {
                out.add(new Hit(episodes.get(i), best));
            }
        }
        return out;
    }

    private static int indexOfWord(String text, String phrase) {
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return -1;
            }
            boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + phrase.length();
            boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (left && right) {
                return at;
            }
            from = at + 1;
        }
    }

    /** An episode named in a text at a character offset of the normalized text. */
    public record Hit(Episode episode, int offset) {}
}
