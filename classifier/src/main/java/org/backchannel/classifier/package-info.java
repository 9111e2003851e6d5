/**
 * The learned second opinion of the coder: {@code encoder} turns a clause into a sentence vector
 * (all-MiniLM-L6-v2 run by ONNX Runtime), {@code head} holds the softmax regression the project
 * trains over those vectors, and {@code training} builds the labelled clauses from the project's own
 * sentences and trains, measures and writes the head. {@link org.backchannel.classifier.LearnedClassifier}
 * joins encoder and head behind the coder's {@link org.backchannel.coder.learned.ClauseClassifier}.
 */
package org.backchannel.classifier;
