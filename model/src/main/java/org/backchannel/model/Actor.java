package org.backchannel.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person, state, organization or group, with the roles it held over time.
 *
 * @param id      stable slug ("delcy-rodriguez", "usa")
 * @param country ISO 3166-1 alpha-3 code, or null for international actors
 * @param agent   CAMEO agent code when the actor has one fixed sector (GOV, BUS, OPP, …), else null
 * @param code    default CAMEO actor code (country + agent)
 */
public record Actor(
        String id,
        String name,
        List<String> aliases,
        ActorType type,
        String country,
        String agent,
        String code,
        String gender,
        List<Role> roles) {
    public Actor {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    /** The role held on {@code day}; the highest-ranked (first listed) one when several overlap. */
    public Optional<Role> roleOn(LocalDate day) {
        if (day == null) {
            return latestRole();
        }
        return roles.stream().filter(r -> r.heldOn(day)).findFirst();
    }

    /** The most recently started role, for texts that give no date. */
    public Optional<Role> latestRole() {
        return roles.stream().max(Comparator.comparing(r -> r.from() == null ? LocalDate.MIN : r.from()));
    }

    /** The CAMEO code of this actor on {@code day}: its role there, else its own code. */
    public String codeOn(LocalDate day) {
        String c = roleOn(day).map(Role::code).orElse(null);
        return c != null ? c : code;
    }

    public Actor withRoles(List<Role> newRoles) {
        return new Actor(id, name, aliases, type, country, agent, code, gender, newRoles);
    }
}
