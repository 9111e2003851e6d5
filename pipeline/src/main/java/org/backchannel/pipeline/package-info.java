/**
 * Pipeline: runs the stages in order — ingest, nlp, coder, claims — over a batch and returns one
 * {@link org.backchannel.model.Analysis}, timing each stage; {@code output} writes it as the JSON of
 * the output contract, TSV or a table. The CLI, the benchmark and tests all run the pipeline
 * through {@link org.backchannel.pipeline.Pipeline}.
 */
package org.backchannel.pipeline;
