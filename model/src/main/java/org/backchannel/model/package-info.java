/**
 * Immutable records shared by every stage of Backchannel: documents, parsed sentences, actors with
 * dated roles, coded events with their epistemic layer, and the evidence that ties each datum to text.
 * This module has no dependencies.
 */
package org.backchannel.model;
