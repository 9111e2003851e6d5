package org.backchannel.coder;

import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.model.ParsedDocument;

/** The coder stage: actors and CAMEO/PLOVER events out of a parsed document. */
public interface EventCoder {

    /** Codes one document; actors it mentions are added to {@code actors}. */
    CodedDocument code(ParsedDocument document, DocumentActors actors);
}
