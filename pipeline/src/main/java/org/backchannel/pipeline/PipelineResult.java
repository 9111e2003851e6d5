package org.backchannel.pipeline;

import java.util.List;
import org.backchannel.model.Analysis;

/** An analysis with how long each stage took and what ingest skipped as duplicates. */
public record PipelineResult(Analysis analysis, StageTimings timings, List<String> duplicates) {}
