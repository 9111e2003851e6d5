/**
 * Analysis: what follows from the stored events. {@code network} builds the JGraphT actor graph
 * (actor or country level, time window, status filter); {@code brokers} scores centrality and
 * Gould–Fernandez brokerage; {@code backchannels} finds secret or mediated contact between hostile
 * parties; {@code timeline} counts events per period and flags spikes; {@code analogs} retrieves
 * similar historical episodes; {@code export} writes GraphML, GEXF, GDELT TSV, PLOVER JSON, Parquet
 * and CSV; {@code render} draws the network and timelines as SVG and PNG.
 */
package org.backchannel.analysis;
