/**
 * Claims: the epistemic layer. For each coded event, who says so and with what status (asserted,
 * reported, claimed, denied, hypothetical, negated, corrected, uncertain, question), whether it was
 * secret, who brokered it, what disputes it; consistency warnings against the knowledge base;
 * historical episodes the text invokes; and the merge of one event told by many articles. Entry
 * point: {@link org.backchannel.claims.ClaimsStage}.
 */
package org.backchannel.claims;
