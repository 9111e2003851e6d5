package org.backchannel.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.backchannel.model.SyndicatedCopy;

/** A syndicated copy as it travels from the executors to the driver (the model's records are not serializable). */
record SourceCopy(
        String keptId,
        String keptHash,
        String id,
        String publisher,
        String url,
        String origin,
        String title,
        LocalDate published,
        String contentHash,
        double similarity)
        implements Serializable {

    static SourceCopy of(SyndicatedCopy c) {
        return new SourceCopy(
                c.keptId(),
                c.keptHash(),
                c.id(),
                c.publisher(),
                c.url(),
                c.origin(),
                c.title(),
                c.published(),
                c.contentHash(),
                c.similarity());
    }

    SyndicatedCopy toCopy() {
        return new SyndicatedCopy(
                keptId, keptHash, id, publisher, url, origin, title, published, contentHash, similarity);
    }
}
