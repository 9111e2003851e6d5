/**
 * A learned second opinion on the coder's reading of a clause: the {@link
 * org.backchannel.coder.learned.ClauseClassifier} seam (implemented outside the coder, so that the
 * coder needs no neural runtime), the clause text it reads, and {@link
 * org.backchannel.coder.learned.SecondOpinion}, which decides from its scores what to propose where no
 * pattern fired and which coded events to doubt.
 */
package org.backchannel.coder.learned;
