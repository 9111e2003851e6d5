package org.backchannel.analysis.timeline;

import java.time.LocalDate;

/**
 * One period of a timeline.
 *
 * @param spike true when the count stands out from the periods before it (see {@link SpikeDetector})
 */
public record Bucket(LocalDate start, int count, double goldstein, boolean spike) {
}
