/**
 * The JSON of the analysis views (network, brokers, backchannels, timeline, analogs, claims), written
 * once for the CLI's {@code --format json} and the workspace API alike; events inside them are written
 * by the pipeline's {@code JsonOutput}, the output contract's writer.
 */
package org.backchannel.analysis.json;
