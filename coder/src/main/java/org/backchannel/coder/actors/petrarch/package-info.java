/**
 * PETRARCH / TABARI dictionaries: readers that load a whole {@code .actors} or {@code .agents} file
 * and report each bad line with its cause, and the rules that turn their entries into the project's
 * own people, organizations and group nouns without clobbering what the project already knows.
 */
package org.backchannel.coder.actors.petrarch;
