package org.backchannel.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.model.Document;

/**
 * Plain-text articles: the first line is the headline; a byline ("By …"), a date line ("Published:
 * 20 July 2025", "Sunday, July 20th, 2025 10:14 EDT", "20 de julio de 2025") and a bare name above a
 * date may follow in the header; paragraphs are separated by blank lines. The text is repaired first
 * (entities, mojibake), then {@link StoryBody} takes off furniture, comments and the wire dateline.
 */
public final class TextReader implements DocumentReader {
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|de|da|del|la|van|von|bin|al|and|dos|le)";
    /** "By Jane Doe", "by Chief Editor", "By Ana de la Cruz and Li Wei": capitalized words, no sentence. */
    private static final Pattern NAME = Pattern.compile(NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,7}");

    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+(.+)$");
    private static final Pattern BYLINE_PARTS = Pattern.compile("\\s*(?:[|·•,]|\\s[-–—]\\s)\\s*");
    private static final Pattern BARE_NAME =
            Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+" + NAME_WORD + "){1,3}");
    private static final int HEADER_LINES = 8;
    private static final int HEADER_LONG_LINE_WORDS = 20;
    private static final int TITLE_MAX = 200;

    private final StoryBody body;
    private final Datelines datelines;
    private final Furniture furniture;

    public TextReader(Furniture furniture) {
        this.furniture = furniture;
        this.datelines = Datelines.defaults();
        this.body = new StoryBody(furniture, datelines);
    }

    @Override
    public void read(String name, String content, Sink sink) {
        sink.document(parse(DocumentIds.fromFileName(name), name, null, content));
    }

    /** Parses text whose header lines may carry title, byline and date. */
    public Document parse(String id, String origin, String url, String content) {
        return parse(id, origin, url, content, PublicationDates.Hints.NONE);
    }

    /** Parses text, reading its dates with what is known of the page's locale and crawl date. */
    public Document parse(String id, String origin, String url, String content, PublicationDates.Hints hints) {
        String[] lines = TextRepair.repair(content)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .split("\n", -1);
        String title = null;
        String author = null;
        String agency = null;
        PublicationDates.DateLine headerDate = null;
        List<String> bodyLines = new ArrayList<>();
        int nonBlankSeen = 0;
        boolean inHeader = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || !inHeader) {
                bodyLines.add(lines[i].stripTrailing());
                continue;
            }
            nonBlankSeen++;
            if (nonBlankSeen == 1
                    && line.length() <= TITLE_MAX
                    && !opensWithDateline(line)
                    && PublicationDates.dateLine(line, hints) == null
                    && !BY.matcher(line).matches()
                    && !furniture.isFurnitureParagraph(line)) {
                title = line;
                continue;
            }
            if (nonBlankSeen > HEADER_LINES || line.split("\\s+").length >= HEADER_LONG_LINE_WORDS) {
                inHeader = false;
                bodyLines.add(lines[i].stripTrailing());
                continue;
            }
            Byline by = author == null ? byline(line, hints) : null;
            if (by != null) {
                author = by.name();
                agency = agency != null ? agency : by.agency();
                headerDate = better(headerDate, by.date());
                continue;
            }
            PublicationDates.DateLine date = PublicationDates.dateLine(line, hints);
            if (date != null) {
                headerDate = better(headerDate, date);
                continue;
            }
            if (author == null && BARE_NAME.matcher(line).matches() && nextIsDateLine(lines, i, hints)) {
                author = line; // a name right above the date, as many sites print their bylines
                continue;
            }
            bodyLines.add(lines[i].stripTrailing());
        }
        List<StoryBody.Block> blocks = new ArrayList<>();
        if (title != null) {
            blocks.add(new StoryBody.Block(title, StoryBody.Shape.TITLE));
        }
        for (String paragraph : String.join("\n", bodyLines).strip().split("\n\\s*\n")) {
            blocks.add(new StoryBody.Block(paragraph, StoryBody.Shape.TEXT));
        }
        StoryBody.Story story = body.read(blocks, author, hints);
        PublicationDates.DateLine date = better(headerDate, story.date());
        LocalDate published = date == null ? null : date.date();
        agency = agency != null ? agency : story.agency() != null ? story.agency() : datelines.agencyInByline(author);
        return DocumentReader.build(
                id,
                origin,
                url,
                datelines.cleanHeadline(title),
                author,
                published,
                story.dateline(),
                agency,
                story.text(),
                story.removed());
    }

    /**
     * Whether a first line is the story's opening paragraph rather than its headline: it opens with a
     * dateline that names an agency, or with one of any kind and ends as a sentence ends ("LIMA, Peru -
     * Congress voted."), where "VENEZUELA: Secret talks revealed" stays a headline.
     */
    private boolean opensWithDateline(String line) {
        Datelines.Dateline d = datelines.at(line);
        return d != null && (d.agency() != null || line.endsWith(".") || line.endsWith(".\""));
    }

    /** The date line to keep of two: one with a date over one without, then published over unlabelled over updated. */
    static PublicationDates.DateLine better(PublicationDates.DateLine kept, PublicationDates.DateLine other) {
        if (other == null || other.date() == null) {
            return kept == null ? other : kept;
        }
        if (kept == null
                || kept.date() == null
                || other.kind().ordinal() < kept.kind().ordinal()) {
            return other;
        }
        return kept;
    }

    private static boolean nextIsDateLine(String[] lines, int i, PublicationDates.Hints hints) {
        for (int j = i + 1; j < lines.length; j++) {
            if (!lines[j].isBlank()) {
                return PublicationDates.dateLine(lines[j].strip(), hints) != null;
            }
        }
        return false;
    }

    private record Byline(String name, String agency, PublicationDates.DateLine date) {}

    /** "By Jane Doe", "By Jane Doe, Reuters", "by Chief Editor | July 20, 2025": the name, an agency and a date; or null. */
    private Byline byline(String line, PublicationDates.Hints hints) {
        Matcher by = BY.matcher(line);
        if (!by.matches()) {
            return null;
        }
        String rest = by.group(1).strip();
        if (NAME.matcher(rest).matches()) {
            return new Byline(rest, datelines.agencyInByline(rest), null);
        }
        String[] parts = BYLINE_PARTS.split(rest);
        if (!NAME.matcher(parts[0]).matches()) {
            return splitAtDate(rest, hints);
        }
        String agency = null;
        PublicationDates.DateLine date = null;
        for (int p = 1; p < parts.length; p++) {
            String a = datelines.agency(parts[p]) != null
                    ? datelines.agency(parts[p])
                    : datelines.agencyInByline(parts[p]);
            PublicationDates.DateLine d = PublicationDates.dateLine(parts[p], hints);
            if (a != null) {
                agency = agency != null ? agency : a;
            } else if (d != null) {
                date = better(date, d);
            } else if (!NAME.matcher(parts[p]).matches() && !parts[p].matches("\\p{Lu}[\\p{L} .'’-]{0,40}")) {
                return splitAtDate(rest, hints);
            }
        }
        return new Byline(parts[0], agency != null ? agency : datelines.agencyInByline(parts[0]), date);
    }

    /** "By Jane Doe July 20, 2025": a name followed by a date without a separator. */
    private Byline splitAtDate(String rest, PublicationDates.Hints hints) {
        String[] words = rest.split("\\s+");
        for (int k = Math.min(8, words.length - 1); k >= 1; k--) { // the longest name before a date
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            PublicationDates.DateLine d = PublicationDates.dateLine(
                    String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)), hints);
            if (d != null && d.date() != null && NAME.matcher(name).matches()) {
                return new Byline(name, datelines.agencyInByline(name), d);
            }
        }
        return null;
    }
}
