/**
 * Bench: the measuring harness. {@code eval} scores coded events against gold records
 * (shared/eval/FORMAT.md) at the root, code, actor and status levels; {@code bench} times the
 * pipeline stage by stage against bare CoreNLP, with memory, thread scaling, store rates and a
 * synthetic corpus generator. JMH micro-benchmarks live in {@code src/jmh}.
 */
package org.backchannel.bench;
