package org.backchannel.claims;

import java.util.List;
import org.backchannel.coder.CodedDocument;
import org.backchannel.coder.actors.DocumentActors;

/** The claims stage: the epistemic layer over the coded documents of one batch. */
public interface ClaimsStage {

    ClaimsResult annotate(List<CodedDocument> documents, DocumentActors actors);
}
