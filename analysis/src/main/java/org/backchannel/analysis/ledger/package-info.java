/** The claims ledger read from the store: each claim beside the events that dispute it. */
package org.backchannel.analysis.ledger;
