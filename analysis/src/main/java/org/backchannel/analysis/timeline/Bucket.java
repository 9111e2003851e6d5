package org.backchannel.analysis.timeline;

import java.time.LocalDate;

/**
 * One period of a timeline.
 *
 * @param spike       true when the count stands out from the periods before it (see {@link SpikeDetector})
 * @param changePoint true when the Goldstein balance shifts its level here (see {@link ChangePointDetector})
 */
public record Bucket(LocalDate start, int count, double goldstein, boolean spike, boolean changePoint) {}
