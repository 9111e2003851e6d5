package org.backchannel.analysis.export;

import java.time.LocalDate;
import java.util.Map;
import org.backchannel.analysis.export.SourceDocuments.SourceDocument;
import org.backchannel.model.Event;

/**
 * The day an export writes for an event, what it stands for and where it came from. Formats that
 * need a day on every record (GDELT, PLOVER) give an undated event its document's publication date,
 * else the day the document was ingested, else the export's own day, and say which.
 *
 * @param precision day, month, quarter or year (the text's precision), or day for a document's date
 * @param source    text, document (the coder dated it by the document), publication, ingested or exported
 */
public record EventDay(LocalDate day, String precision, String source) {

    public static EventDay of(Event e, Map<String, SourceDocument> documents, LocalDate exported) {
        if (e.date() != null) {
            return new EventDay(
                    e.date().day(), e.date().precision().label(), e.date().fromText() ? "text" : "document");
        }
        SourceDocument doc = documents.get(e.primaryEvidence().document());
        if (doc != null && doc.published() != null) {
            return new EventDay(doc.published(), "day", "publication");
        }
        if (doc != null) {
            return new EventDay(doc.ingested(), "day", "ingested");
        }
        return new EventDay(exported, "day", "exported");
    }
}
