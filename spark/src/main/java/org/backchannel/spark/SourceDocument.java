package org.backchannel.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.Document;

/** A read document as it travels between Spark tasks (the model's records are not serializable). */
public record SourceDocument(
        String id,
        String origin,
        String url,
        String title,
        String author,
        LocalDate published,
        String dateline,
        String agency,
        String text,
        ArrayList<String> boilerplateRemoved,
        String contentHash)
        implements Serializable {

    static SourceDocument of(Document d) {
        return new SourceDocument(
                d.id(),
                d.origin(),
                d.url(),
                d.title(),
                d.author(),
                d.published(),
                d.dateline(),
                d.agency(),
                d.text(),
                new ArrayList<>(d.boilerplateRemoved()),
                d.contentHash());
    }

    Document toDocument() {
        return new Document(
                id,
                origin,
                url,
                title,
                author,
                published,
                dateline,
                agency,
                text,
                List.copyOf(boilerplateRemoved),
                contentHash);
    }

    SourceDocument withId(String newId) {
        return new SourceDocument(
                newId, origin, url, title, author, published, dateline, agency, text, boilerplateRemoved, contentHash);
    }
}
