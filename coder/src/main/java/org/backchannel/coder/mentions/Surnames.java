package org.backchannel.coder.mentions;

import java.util.List;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Names;
import org.backchannel.model.Actor;

/** Who a bare surname names when the document has not introduced anyone of that name. */
final class Surnames {
    private Surnames() {
    }

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
            List<String> inOffice = ids.stream().filter(id -> kb.get(id).map(a -> a.roleOn(day).isPresent()).orElse(false)).toList();
            if (inOffice.size() == 1) {
                return inOffice.get(0);
            }
        }
        List<String> leaders = ids.stream().filter(id -> kb.get(id).map(Surnames::ledAState).orElse(false)).toList();
        return leaders.size() == 1 ? leaders.get(0) : null;
    }

    static boolean ledAState(Actor a) {
        return a.roles().stream().anyMatch(r -> {
            String t = Names.normalize(r.title());
            boolean top = t.startsWith("president") || t.startsWith("prime minister") || t.equals("chancellor") || t.startsWith("emir")
                    || t.startsWith("king") || t.startsWith("supreme leader");
            return top && !t.matches(".*(assembly|senate|congress|parliament|court|council|commission|bank|party|chamber|house|league|committee|federation|tribunal).*");
        });
    }
}
