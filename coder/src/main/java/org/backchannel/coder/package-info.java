/**
 * Coder: finds actor mentions, resolves them to actors with the role held on the event's date, and
 * codes events in CAMEO and PLOVER from dependency trees with patterns kept as data. Entry point:
 * {@link org.backchannel.coder.EventCoder}. Sub-packages: {@code ontology} (codebook, countries,
 * agents, contexts), {@code actors} (knowledge base, mentions, in-document resolution),
 * {@code patterns} (verb and noun patterns, argument finding), {@code dates} (date expressions),
 * {@code places} (the GeoNames gazetteer and where each event happened).
 */
package org.backchannel.coder;
