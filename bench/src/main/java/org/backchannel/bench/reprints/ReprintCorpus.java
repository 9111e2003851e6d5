package org.backchannel.bench.reprints;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.backchannel.model.Document;

/**
 * A synthetic corpus with planted reprints, for measuring how well syndicated copies are collapsed.
 * Each original story (a demo article, or a story made of consecutive gold sentences) is published
 * as a web page by one invented site and reprinted by others as a wire story is: with the other
 * site's page furniture, another headline, and at random one paragraph rewritten or replaced, the
 * ending trimmed, a "Read more" line and a credit line added. Follow-ups are the hard negatives: a
 * distinct story on the same topic that reuses one background paragraph of the original among new
 * paragraphs; they must not be collapsed with it. Pages are HTML, so ingest's furniture removal is
 * part of what is measured.
 */
public final class ReprintCorpus {
    /** A page of the corpus: its file name, bytes, the story it tells and whether it is the first publication. */
    public record Item(String name, byte[] html, String story, Kind kind) {}

    /** What a page is. */
    public enum Kind {
        ORIGINAL,
        REPRINT,
        FOLLOW_UP
    }

    /** A story to publish: its headline, date and paragraphs. */
    public record Story(String id, String title, LocalDate published, List<String> paragraphs) {
        public Story {
            paragraphs = List.copyOf(paragraphs);
        }

        /** A story from an ingested document: its text's blocks after the headline. */
        public static Story of(Document d) {
            List<String> blocks = new ArrayList<>();
            for (String b : d.text().split("\\n\\s*\\n")) {
                String t = b.strip();
                if (!t.isEmpty() && !t.equals(d.title())) {
                    blocks.add(t);
                }
            }
            return new Story(d.id(), d.title() == null ? blocks.get(0) : d.title(), d.published(), blocks);
        }
    }

    private static final List<String[]> SITES = List.of(
            new String[] {"harbour-times", "The Harbour Times", "World|Business|Opinion|Sport|Culture"},
            new String[] {"lake-courier", "Lake Courier", "News|Region|Politics|Weather|Podcasts"},
            new String[] {"northern-ledger", "Northern Ledger", "Home|Nation|Globe|Money|Letters"},
            new String[] {"daily-compass", "The Daily Compass", "Latest|International|Economy|Science|Video"},
            new String[] {"river-post", "River Post", "Top stories|Diplomacy|Markets|Travel|Newsletters"});
    private static final List<String> RELATED = List.of(
            "Police arrest protest leaders in capital",
            "Minister threatens to quit over budget",
            "Border clash leaves two soldiers dead",
            "Talks on trade deal collapse",
            "Opposition accuses government of fraud",
            "Navy seizes tanker near strait",
            "Envoy expelled after spy claims");
    private static final List<String> NOTES = List.of(
            "%s could not independently verify the account.",
            "The office did not respond to a request for comment from %s.",
            "Additional reporting by the %s foreign desk.",
            "This story has been updated with further details.");
    private static final List<String> LEDES = List.of(
            "Officials gave new details on %s of the matter first reported earlier this week.",
            "Reactions continued on %s to the developments reported this week, with several governments weighing in.",
            "A week of diplomacy ended on %s with few signs of a breakthrough, according to people involved.");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");

    private final Random random;

    public ReprintCorpus(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The pages for the stories: each story once as an original, with up to {@code maxReprints}
     * reprints, and a follow-up for those of three paragraphs or more, built with paragraphs from
     * {@code freshParagraphs} (text not used by any story). Pages come in shuffled order.
     */
    public List<Item> generate(List<Story> stories, List<String> freshParagraphs, int maxReprints) {
        List<Item> items = new ArrayList<>();
        int fresh = 0;
        for (Story s : stories) {
            int home = random.nextInt(SITES.size());
            items.add(page(
                    s.id() + "--original", s, s.title(), s.paragraphs(), s.published(), home, Kind.ORIGINAL, s.id()));
            int reprints = 1 + random.nextInt(maxReprints);
            for (int r = 0; r < reprints; r++) {
                int site = (home + 1 + r) % SITES.size();
                items.add(reprint(s, r, site));
            }
            if (s.paragraphs().size() >= 3 && fresh + 4 <= freshParagraphs.size()) {
                List<String> body = new ArrayList<>();
                body.add(String.format(LEDES.get(random.nextInt(LEDES.size())), DAYS.get(random.nextInt(DAYS.size()))));
                body.addAll(freshParagraphs.subList(fresh, fresh + 2));
                body.add(s.paragraphs()
                        .get(1 + random.nextInt(s.paragraphs().size() - 2))); // background from the original
                body.addAll(freshParagraphs.subList(fresh + 2, fresh + 4));
                fresh += 4;
                LocalDate later = s.published() == null ? null : s.published().plusDays(2);
                items.add(page(
                        s.id() + "--follow-up",
                        s,
                        "What comes next after: " + s.title(),
                        body,
                        later,
                        random.nextInt(SITES.size()),
                        Kind.FOLLOW_UP,
                        s.id() + "--follow-up"));
            }
        }
        Collections.shuffle(items, random);
        return items;
    }

    private Item reprint(Story s, int number, int site) {
        List<String> body = new ArrayList<>(s.paragraphs());
        String siteName = SITES.get(site)[1];
        if (body.size() >= 3 && random.nextDouble() < 0.5) {
            int i = 1 + random.nextInt(body.size() - 2);
            body.set(
                    i,
                    random.nextBoolean()
                            ? rewrite(body.get(i))
                            : String.format(NOTES.get(random.nextInt(NOTES.size())), siteName));
        }
        if (body.size() >= 3 && random.nextDouble() < 0.6) {
            int cut = 1 + random.nextInt(Math.max(1, body.size() / 3));
            body = new ArrayList<>(body.subList(0, body.size() - cut));
        }
        if (body.size() >= 2 && random.nextDouble() < 0.4) {
            body.add(1 + random.nextInt(body.size() - 1), "Read more: " + RELATED.get(random.nextInt(RELATED.size())));
        }
        if (random.nextDouble() < 0.4) {
            body.add("Reporting by the " + siteName + " desk; editing by staff.");
        }
        String title =
                switch (random.nextInt(4)) {
                    case 0 -> "UPDATE " + (1 + random.nextInt(3)) + "-" + s.title();
                    case 1 -> firstWords(s.paragraphs().get(0), 9);
                    case 2 -> s.title() + " - officials";
                    default -> "WORLD NEWS: " + s.title();
                };
        LocalDate date = s.published() == null || random.nextDouble() < 0.2
                ? null
                : s.published().plusDays(random.nextInt(3));
        return page(s.id() + "--reprint-" + (number + 1), s, title, body, date, site, Kind.REPRINT, s.id());
    }

    /** A paragraph said again in other words: clauses reordered, reporting verbs and connectives changed. */
    private String rewrite(String paragraph) {
        String t = paragraph
                .replace(" said ", " told reporters ")
                .replace(" says ", " told reporters ")
                .replace(" on Monday", " earlier in the week")
                .replace(" on Tuesday", " this week")
                .replace(" and ", " as well as ")
                .replace(" but ", " although ");
        int comma = t.indexOf(", ");
        if (comma > 20 && comma < t.length() - 20) {
            String head = t.substring(0, comma);
            String tail = t.substring(comma + 2).replaceFirst("[.]$", "");
            t = Character.toUpperCase(tail.charAt(0)) + tail.substring(1) + ", while "
                    + Character.toLowerCase(head.charAt(0)) + head.substring(1) + ".";
        }
        return t;
    }

    private static String firstWords(String text, int n) {
        String[] w = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
    }

    private Item page(
            String name,
            Story s,
            String title,
            List<String> paragraphs,
            LocalDate date,
            int site,
            Kind kind,
            String story) {
        String[] st = SITES.get(site);
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append(" | ")
                .append(st[1])
                .append("</title>");
        if (date != null) {
            b.append("<meta property=\"article:published_time\" content=\"")
                    .append(date)
                    .append("T08:00:00Z\">");
        }
        b.append("<link rel=\"canonical\" href=\"https://www.")
                .append(st[0])
                .append(".example/")
                .append(name)
                .append("\"></head><body>");
        b.append("<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all</div><nav>");
        for (String section : st[2].split("\\|")) {
            b.append("<a href=\"/")
                    .append(section.toLowerCase().replace(' ', '-'))
                    .append("\">")
                    .append(section)
                    .append("</a>");
        }
        b.append("</nav><article><h1>").append(esc(title)).append("</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(esc(p)).append("</p>");
        }
        b.append("<p>Share this article</p></article><aside class=\"related-stories\"><h3>Related stories</h3><ul>");
        for (int i = 0; i < 3; i++) {
            b.append("<li><a href=\"/r")
                    .append(i)
                    .append("\">")
                    .append(RELATED.get(random.nextInt(RELATED.size())))
                    .append("</a></li>");
        }
        b.append("</ul></aside><footer>© 2025 ").append(st[1]).append(". All rights reserved.</footer></body></html>");
        return new Item(name + ".html", b.toString().getBytes(StandardCharsets.UTF_8), story, kind);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
