/**
 * Repairs of known, checkable parser mistakes, applied to every parsed sentence before the coder reads
 * it: each repair rewrites a small part of the dependency graph where the words prove the parse wrong.
 */
package org.backchannel.nlp.repair;
