package org.backchannel.coder.mentions;

import java.util.List;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Names;
import org.backchannel.model.Actor;

/** Who a bare surname names when the document has not introduced anyone of that name. */
final class Surnames {
    private Surnames() {}

    /**
     * The only known person of that surname; else the only one holding an office on the story's day
     * ("Mubarak" in 1995 is Hosni Mubarak); else the only one who led a state or government; or null.
     */
    static String known(KnowledgeBase kb, String normalizedSurname, java.time.LocalDate day) {
        List<String> ids = kb.names().bySurname(normalizedSurname);
        if (ids.size() == 1) {
            return ids.get(0);
        }
        if (day != null) {
            List<String> inOffice = ids.stream()
                    .filter(id -> kb.get(id).map(a -> a.roleOn(day).isPresent()).orElse(false))
                    .toList();
            if (inOffice.size() == 1) {
                return inOffice.get(0);
            }
        }
        List<String> leaders = ids.stream()
                .filter(id -> kb.get(id).map(Surnames::ledAState).orElse(false))
                .toList();
        if (leaders.size() == 1) {
            return leaders.get(0);
        }
        if (leaders.size() > 1
                && day != null
                && leaders.stream()
                                .map(id -> kb.get(id).map(Actor::country).orElse(""))
                                .distinct()
                                .count()
                        == 1) {
            // "President Bush" in 2000: both Bushes led the same state; the one whose term lies nearest
            return leaders.stream()
                    .min(java.util.Comparator.comparingLong(
                            id -> distance(kb.get(id).orElseThrow(), day)))
                    .orElse(null);
        }
        return null;
    }

    /** Days from {@code day} to the nearest day of any of a person's terms. */
    private static long distance(Actor a, java.time.LocalDate day) {
        long best = Long.MAX_VALUE;
        for (var r : a.roles()) {
            java.time.LocalDate from = r.from() == null ? java.time.LocalDate.MIN.plusYears(1) : r.from();
            java.time.LocalDate to = r.to() == null ? java.time.LocalDate.MAX.minusYears(1) : r.to();
            long d = day.isBefore(from)
                    ? java.time.temporal.ChronoUnit.DAYS.between(day, from)
                    : day.isAfter(to) ? java.time.temporal.ChronoUnit.DAYS.between(to, day) : 0;
            best = Math.min(best, d);
        }
        return best;
    }

    static boolean ledAState(Actor a) {
        return a.roles().stream().anyMatch(r -> {
            String t = Names.normalize(r.title());
            boolean top = t.startsWith("president")
                    || t.startsWith("prime minister")
                    || t.equals("chancellor")
                    || t.startsWith("emir")
                    || t.startsWith("king")
                    || t.startsWith("supreme leader");
            return top
                    && !t.matches(
                            ".*(assembly|senate|congress|parliament|court|council|commission|bank|party|chamber|house|league|committee|federation|tribunal).*");
        });
    }
}
