/**
 * Near-duplicate detection for syndicated copies: word shingles, MinHash signatures, LSH banding
 * and the collapse rule ({@link org.backchannel.ingest.dedupe.Reprints}). Pure Java with no state
 * beyond its parameters, so a distributed job can compute signatures and band keys the same way.
 */
package org.backchannel.ingest.dedupe;
