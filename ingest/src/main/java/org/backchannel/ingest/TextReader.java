package org.backchannel.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles: the first line is the headline, a "By …" line the byline, a "Published: …"
 * line the date; paragraphs are separated by blank lines. Furniture paragraphs are dropped.
 */
public final class TextReader implements DocumentReader {
    /** "By Jane Doe", "by Chief Editor", "By Ana de la Cruz and Li Wei": capitalized words, no sentence. */
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+((?:\\p{Lu}[\\p{L}.'’-]*|de|da|del|la|van|von|bin|al|and|,)(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|da|del|la|van|von|bin|al|and|,)){0,7})$");
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^(?:published|posted|date|updated|first published)\\s*:?\\s*(.+)$");
    private static final int HEADER_LINES = 6;

    private final Furniture furniture;

    public TextReader(Furniture furniture) {
        this.furniture = furniture;
    }

    @Override
    public void read(String name, String content, Sink sink) {
        sink.document(parse(DocumentIds.fromFileName(name), name, null, content));
    }

    /** Parses text whose header lines may carry title, byline and date. */
    public org.backchannel.model.Document parse(String id, String origin, String url, String content) {
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String title = null;
        String author = null;
        LocalDate published = null;
        List<String> body = new ArrayList<>();
        int nonBlankSeen = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (!line.isEmpty() && nonBlankSeen < HEADER_LINES) {
                nonBlankSeen++;
                Matcher by = BYLINE.matcher(line);
                Matcher date = DATE_LINE.matcher(line);
                if (author == null && by.matches()) {
                    author = by.group(1).strip();
                    continue;
                }
                if (published == null && date.matches() && PublicationDates.parse(date.group(1)) != null) {
                    published = PublicationDates.parse(date.group(1));
                    continue;
                }
                if (title == null && nonBlankSeen == 1 && line.length() <= 200) {
                    title = line;
                }
            }
            body.add(raw.stripTrailing());
        }
        List<String> removed = new ArrayList<>();
        String text = dropFurniture(String.join("\n", body), removed);
        return DocumentReader.build(id, origin, url, title, author, published, text, removed);
    }

    /** Removes furniture paragraphs; a furniture heading also takes the short lines under it. */
    String dropFurniture(String text, List<String> removed) {
        String[] paragraphs = text.strip().split("\n\\s*\n");
        List<String> kept = new ArrayList<>();
        boolean inFurnitureSection = false;
        for (String p : paragraphs) {
            String para = p.strip();
            if (para.isEmpty()) {
                continue;
            }
            String cue = furniture.headingCue(para.lines().findFirst().orElse(""));
            if (cue != null) {
                removed.add(firstLine(para));
                inFurnitureSection = true;
                continue;
            }
            if (furniture.isFurnitureParagraph(para)) {
                removed.add(firstLine(para));
                continue;
            }
            if (inFurnitureSection && para.length() < Furniture.HEADING_MAX * 2 && !para.contains(". ")) {
                removed.add(firstLine(para));
                continue;
            }
            inFurnitureSection = false;
            kept.add(para);
        }
        return String.join("\n\n", kept);
    }

    private static String firstLine(String para) {
        String first = para.lines().findFirst().orElse(para).strip();
        return first.length() > 80 ? first.substring(0, 80) + "…" : first;
    }
}
