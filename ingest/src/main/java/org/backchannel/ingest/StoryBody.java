package org.backchannel.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The story in the blocks of text a reader took from a page: everything after its end (comment
 * sections, wire trailers, copyright lines) goes, then furniture blocks (headings of link boxes and
 * the links under them, calls to action, captions, credits, date lines, the author's bio, a trailing
 * list of headlines), and the wire dateline and agency credit come off the paragraphs they open or
 * close. Plain text and HTML share it, so that both read a page the same way.
 */
final class StoryBody {
    /** How a block stood on the page. */
    enum Shape {
        TITLE,
        HEADING,
        ITEM,
        TEXT
    }

    /** A block of text: a paragraph (perhaps of several lines), a heading, a list item. */
    record Block(String text, Shape shape) {}

    /**
     * What is left of a page once its furniture is gone.
     *
     * @param text     the story's paragraphs, a blank line between them
     * @param removed  labels of the blocks removed
     * @param dateline the first dateline's place, or null
     * @param agency   the agency that signed the story, or null
     * @param date     the first date line among the blocks (a page's date below its headline), or null
     */
    record Story(String text, List<String> removed, String dateline, String agency, PublicationDates.DateLine date) {}

    private static final int LONG_BLOCK_WORDS = 12;
    private static final int SECTION_LINE_MAX = 120;
    private static final int SHORT_LINE_WORDS = 14;
    private static final int BIO_TAIL = 3;
    private static final Pattern TERMINAL = Pattern.compile("[.!?…\"”’'»):;]$");

    private final Furniture furniture;
    private final Datelines datelines;
    private final CommentSections comments;

    StoryBody(Furniture furniture, Datelines datelines) {
        this.furniture = furniture;
        this.datelines = datelines;
        this.comments = new CommentSections(furniture);
    }

    Story read(List<Block> blocks, String author, PublicationDates.Hints hints) {
        List<String> removed = new ArrayList<>();
        List<Block> story = untilTheEnd(blocks, removed);
        String place = null;
        String agency = null;
        PublicationDates.DateLine date = null;
        List<Block> kept = new ArrayList<>();
        boolean inFurnitureSection = false;
        for (int b = 0; b < story.size(); b++) {
            Block block = story.get(b);
            String t = block.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (block.shape() == Shape.TITLE && !furniture.isFurnitureParagraph(t)) {
                String credited = datelines.trailingAgency(t);
                agency = agency != null ? agency : credited;
                Datelines.Dateline wire = datelines.at(t, true);
                if (wire != null) {
                    agency = agency != null ? agency : wire.agency();
                    place = place != null ? place : wire.place();
                    t = t.substring(wire.end()).strip();
                }
                kept.add(new Block(datelines.cleanHeadline(t), Shape.TITLE));
                continue;
            }
            String credit = datelines.creditLine(t);
            PublicationDates.DateLine dateLine = t.contains("\n") ? null : PublicationDates.dateLine(t, hints);
            if (furniture.headingCue(firstLine(t)) != null && (t.lines().count() == 1 || shortLines(t))) {
                removed.add(label(t));
                inFurnitureSection = true;
                continue;
            }
            if (furniture.isFurnitureParagraph(t) || furniture.isCaption(t)) {
                removed.add(label(t));
                continue;
            }
            if (credit != null) {
                agency = agency != null ? agency : credit;
                removed.add(label(t));
                continue;
            }
            if (dateLine != null) {
                date = date == null
                                || (dateLine.date() != null
                                        && dateLine.kind().ordinal()
                                                < date.kind().ordinal())
                        ? dateLine
                        : date;
                removed.add(label(t));
                continue;
            }
            if (isBio(t, author, b, story.size())) {
                removed.add(label(t));
                continue;
            }
            if (inFurnitureSection
                    && (block.shape() == Shape.ITEM
                            || (block.shape() == Shape.TEXT && t.length() < SECTION_LINE_MAX && !t.contains(". ")))) {
                removed.add(label(t));
                continue;
            }
            inFurnitureSection = false;
            Datelines.Dateline d = datelines.at(t);
            if (d != null) {
                place = place != null ? place : d.place();
                agency = agency != null ? agency : d.agency();
                t = t.substring(d.end()).strip();
            }
            String trailing = datelines.trailingAgency(t);
            if (trailing != null) {
                agency = agency != null ? agency : trailing;
                t = datelines.withoutTrailingCredit(t).strip();
            }
            if (!t.isEmpty()) {
                kept.add(new Block(t, block.shape()));
            }
        }
        dropTrailingLinkList(kept, removed);
        List<String> texts = kept.stream().map(Block::text).toList();
        return new Story(String.join("\n\n", texts), removed, place, agency, date);
    }

    /** The blocks before the story's end: a comment section, a wire trailer or a copyright line, found once the story has begun. */
    private List<Block> untilTheEnd(List<Block> blocks, List<String> removed) {
        int begun = -1;
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b).shape() != Shape.TITLE && words(blocks.get(b).text()) >= LONG_BLOCK_WORDS) {
                begun = b;
                break;
            }
        }
        if (begun < 0) {
            return blocks;
        }
        List<String> lines = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        int fromLine = -1;
        for (int b = 0; b < blocks.size(); b++) {
            String[] ls = blocks.get(b).text().strip().split("\n");
            if (b == begun + 1) {
                fromLine = lines.size();
            }
            for (int l = 0; l < ls.length; l++) {
                lines.add(ls[l]);
                where.add(new int[] {b, l});
            }
            lines.add("");
            where.add(new int[] {b, ls.length});
        }
        int endBlock = blocks.size();
        int endLine = 0;
        for (int b = begun + 1; b < blocks.size(); b++) {
            String t = blocks.get(b).text().strip();
            if (furniture.endCue(t) != null || furniture.endCue(firstLine(t)) != null) {
                endBlock = b;
                break;
            }
        }
        if (fromLine >= 0) {
            int c = comments.start(lines, fromLine);
            if (c >= 0 && (where.get(c)[0] < endBlock)) {
                endBlock = where.get(c)[0];
                endLine = where.get(c)[1];
            }
        }
        if (endBlock == blocks.size()) {
            return blocks;
        }
        List<Block> story = new ArrayList<>(blocks.subList(0, endBlock));
        Block cut = blocks.get(endBlock);
        String[] cutLines = cut.text().strip().split("\n");
        if (endLine > 0) {
            story.add(new Block(String.join("\n", java.util.Arrays.copyOfRange(cutLines, 0, endLine)), cut.shape()));
        }
        removed.add(label(cutLines[Math.min(endLine, cutLines.length - 1)]));
        for (Block after : blocks.subList(endBlock + 1, blocks.size())) {
            if (!after.text().isBlank()) {
                removed.add(label(after.text().strip()));
            }
        }
        return story;
    }

    /** Short blocks without a sentence's end after the story's last paragraph: related headlines, tags, links. */
    private void dropTrailingLinkList(List<Block> kept, List<String> removed) {
        int lastStory = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).shape() != Shape.TITLE && !shortLines(kept.get(i).text())) {
                lastStory = i;
            }
        }
        if (lastStory < 0) {
            return;
        }
        while (kept.size() > lastStory + 1) {
            Block tail = kept.get(kept.size() - 1);
            if (!shortLines(tail.text())) {
                break;
            }
            removed.add(label(tail.text()));
            kept.remove(kept.size() - 1);
        }
    }

    /** Whether every line of a block is short and ends without a sentence's punctuation (a headline, a link, a tag). */
    private static boolean shortLines(String block) {
        return block.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .allMatch(l ->
                        words(l) <= SHORT_LINE_WORDS && !TERMINAL.matcher(l).find());
    }

    /** The author's bio at the story's foot: "Jane Doe is a reporter ...", "Doe covers ...". */
    private static boolean isBio(String block, String author, int index, int count) {
        if (author == null || author.isBlank() || index < count - BIO_TAIL) {
            return false;
        }
        String[] names = author.strip().split("\\s+");
        String surname = names[names.length - 1];
        for (String who : List.of(author.strip(), surname)) {
            if (who.length() > 2
                    && block.matches(
                            "(?s)" + Pattern.quote(who) + "\\s+(?:is|was|covers|writes|reports|has|joined)\\b.*")) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String firstLine(String block) {
        return block.strip().lines().findFirst().orElse("");
    }

    static String label(String block) {
        String first = firstLine(block).strip();
        return first.length() > 80 ? first.substring(0, 80) + "…" : first;
    }
}
