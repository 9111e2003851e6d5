package org.backchannel.coder.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.coder.actors.Mention;

/**
 * "A bomb exploded near the ministry in Mogadishu, and al-Shabaab claimed responsibility": a claim of
 * responsibility (CAMEO 015) that names nobody on the receiving end is aimed at whoever the claimed
 * act struck. The act is an act of force (roots 18, 19, 20) of the same sentence that is laid at the
 * claimer or at nobody else; the nearest such act wins. A claim with no such act keeps its one side.
 */
public final class ClaimedActs {
    private static final String RESPONSIBILITY = "015";

    private ClaimedActs() {}

    /** The matches, with every target-less claim of responsibility aimed at the act it claims. */
    public static List<Match> aim(List<Match> matches) {
        List<Match> out = new ArrayList<>(matches.size());
        for (Match m : matches) {
            boolean claim = RESPONSIBILITY.equals(m.predicate().code().cameo());
            out.add(claim && m.arguments().targets().isEmpty() ? aimed(m, matches) : m);
        }
        return out;
    }

    private static Match aimed(Match claim, List<Match> matches) {
        Set<String> claimers = ids(claim.arguments().sources());
        if (claimers.isEmpty()) {
            return claim;
        }
        List<Mention> best = List.of();
        int bestDistance = Integer.MAX_VALUE;
        for (Match act : matches) {
            if (act == claim || !act.predicate().code().isViolence()) {
                continue;
            }
            Set<String> doers = ids(act.arguments().sources());
            if (!doers.isEmpty() && doers.stream().noneMatch(claimers::contains)) {
                continue; // somebody else's act
            }
            List<Mention> struck = act.arguments().targets().stream()
                    .filter(t -> !claimers.contains(t.actorId()))
                    .toList();
            int distance = Math.abs(act.predicate().token() - claim.predicate().token());
            if (!struck.isEmpty() && distance < bestDistance) {
                best = struck;
                bestDistance = distance;
            }
        }
        return best.isEmpty()
                ? claim
                : new Match(claim.predicate(), claim.arguments().withTargets(best, "claimed-act"));
    }

    private static Set<String> ids(List<Mention> mentions) {
        return Set.copyOf(mentions.stream().map(Mention::actorId).toList());
    }
}
