package org.backchannel.coder.actors.petrarch;

import java.util.List;

/**
 * One phrase of a PETRARCH {@code .agents} dictionary: {@code POLICE {} [~COP]}, with substitution
 * markers ({@code CONGRESS!PERSON!}) already expanded, one entry per expansion.
 *
 * @param phrase  the root phrase, lower case, words separated by single spaces
 * @param plurals plural forms given in braces; empty for {@code {}} (no plural) and when PETRARCH
 *                would form the regular plural itself
 * @param code    the agent code without its tilde ({@code COP}, {@code GOVAGR}, {@code NGO})
 * @param suffix  true for {@code [~GOV]} (added after the actor's code), false for {@code [NGO~]}
 *                (put before it, PETRARCH's way for organization types)
 */
public record AgentEntry(String source, int line, String phrase, List<String> plurals, String code, boolean suffix) {
    public AgentEntry {
        plurals = List.copyOf(plurals);
    }
}
