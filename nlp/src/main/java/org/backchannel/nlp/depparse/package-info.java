/**
 * The dependency parse, run by the project's own inference over Stanford CoreNLP's neural
 * (Chen and Manning 2014) arc-standard model: the same model file, the same features and the same
 * arithmetic, computed with contiguous, vectorisable loops and lock-free caches instead of
 * CoreNLP's synchronized least-recently-used cache. See {@link
 * org.backchannel.nlp.depparse.NeuralDependencyParser}.
 */
package org.backchannel.nlp.depparse;
