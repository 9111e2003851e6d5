/**
 * NLP: Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner, depparse) behind {@link
 * org.backchannel.nlp.SentenceParser}, one shared pipeline per JVM, documents parsed in parallel.
 */
package org.backchannel.nlp;
