package org.backchannel.coder.actors.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.NameIndex;
import org.backchannel.coder.actors.Names;
import org.backchannel.coder.ontology.Country;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Role;

/**
 * Turns PETRARCH actor entries into people with dated roles and into organizations and groups, by the
 * {@link ImportRules}, and fits them to a knowledge base without clobbering it: a person it already
 * knows keeps its id, name and roles and only gains roles that do not overlap them; a name it already
 * gives to someone else stays theirs.
 */
public final class PetrarchImport {
    /**
     * What an import yields.
     *
     * @param people        people, under the knowledge base's id where it knew them (then with only the
     *                      aliases and roles to add)
     * @param organizations organizations and groups new to the knowledge base
     * @param dropped       how many names, codes, roles or entries each rule left out
     * @param horizon       the last date the dictionaries mention: open terms are taken to end there
     */
    public record Result(
            List<Actor> people, List<Actor> organizations, Map<String, Integer> dropped, LocalDate horizon) {}

    /** An actor being built from one or more entries. */
    private static final class Draft {
        final ActorType type;
        final String source;
        String primary;
        final LinkedHashSet<String> aliases = new LinkedHashSet<>();
        String nationality;
        final List<Role> roles = new ArrayList<>();
        String code;
        String agent;
        String existingId;
        boolean dead;

        Draft(ActorType type, String source, String primary) {
            this.type = type;
            this.source = source;
            this.primary = primary;
        }

        boolean person() {
            return type == ActorType.PERSON;
        }
    }

    private final KnowledgeBase kb;
    private final ImportRules rules;
    private final Set<String> agents;
    private final Map<String, String> agentNames;
    private final Set<String> countries;
    private final Map<String, String> bodiesByCode = new HashMap<>();
    private final Map<String, String> knownSlugs = new HashMap<>();
    private final Map<String, Integer> dropped = new TreeMap<>();

    /** @param englishWords ordinary English words for the one-word-name rule; may be empty */
    public PetrarchImport(KnowledgeBase kb, Ontology ontology, Set<String> englishWords) {
        this.kb = kb;
        this.agentNames = new HashMap<>(ontology.agents().names());
        agentNames.putIfAbsent("LEG", "Legislature");
        this.agents = agentNames.keySet();
        this.countries = new HashSet<>();
        Set<String> countryWords = new HashSet<>();
        for (Country c : ontology.countries().all()) {
            countries.add(c.code());
            c.aliases().forEach(a -> countryWords.add(Names.normalize(a)));
            c.demonyms().forEach(d -> countryWords.add(Names.normalize(d)));
            countryWords.add(Names.normalize(c.name()));
            if (c.capital() != null) {
                countryWords.add(Names.normalize(c.capital()));
            }
        }
        Set<String> titles = new HashSet<>(ontology.agents().cues());
        titles.addAll(kb.groupPhrases());
        this.rules = new ImportRules(titles, countryWords, englishWords);
        for (Actor a : kb.all()) {
            knownSlugs.putIfAbsent(Names.slug(a.name()), a.id());
            a.aliases().forEach(al -> knownSlugs.putIfAbsent(Names.slug(al), a.id()));
            if (a.type() == ActorType.ORGANIZATION
                    && a.code() != null
                    && a.code().startsWith("IGO")) {
                bodiesByCode.putIfAbsent(a.code(), a.name());
            }
        }
    }

    /** Converts entries read from one or more dictionaries. */
    public Result convert(List<ActorEntry> entries) {
        LocalDate horizon = horizon(entries);
        List<Draft> drafts = new ArrayList<>();
        for (ActorEntry e : entries) {
            Draft d = draft(e, horizon);
            if (d != null) {
                drafts.add(d);
            }
        }
        drafts = mergeDuplicates(drafts);
        for (Draft d : drafts) {
            if (d.person()) {
                matchKnownPerson(d);
            }
        }
        resolveNames(drafts);
        List<Actor> people = new ArrayList<>();
        List<Actor> orgs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Draft d : drafts) {
            if (d.dead) {
                continue;
            }
            if (d.person()) {
                people.add(person(d, ids));
            } else {
                orgs.add(organization(d, ids));
            }
        }
        return new Result(people, orgs, new LinkedHashMap<>(dropped), horizon);
    }

    /** The latest date any code mentions: a dictionary knows nothing after it. */
    static LocalDate horizon(List<ActorEntry> entries) {
        LocalDate max = ImportRules.EARLIEST;
        for (ActorEntry e : entries) {
            for (DatedCode c : e.codes()) {
                for (LocalDate d : new LocalDate[] {c.from(), c.to()}) {
                    if (d != null && d.isAfter(max)) {
                        max = d;
                    }
                }
            }
        }
        return max;
    }

    // ---- one entry ----------------------------------------------------------------------------

    private Draft draft(ActorEntry e, LocalDate horizon) {
        if (e.codes().stream().allMatch(DatedCode::isNull)) {
            return drop("entry marked [---] (not an actor)");
        }
        List<DatedCode> coded = new ArrayList<>();
        for (DatedCode c : e.codes()) {
            if (!c.isNull() && ImportRules.split(c.code(), agents) != null) {
                coded.add(c);
            }
        }
        if (coded.isEmpty()) {
            return drop("state or place entry (countries come from the project's own list)");
        }
        List<String> names = new ArrayList<>();
        for (String n : e.names()) {
            String why = ImportRules.unusable(n);
            if (why == null) {
                names.add(n);
            } else {
                drop("name " + why);
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        ImportRules.Code first = ImportRules.split(coded.get(0).code(), agents);
        if (ImportRules.isCompany(first)) {
            return drop("company (MNC)");
        }
        if (isPerson(names.get(0), coded)) {
            return personDraft(e, names, coded, horizon);
        }
        if (coded.stream().allMatch(DatedCode::undated) && rules.looksLikePerson(rules.personName(names.get(0)))) {
            // "GILLIAN MELLSOP [IGOUNOKID]" or "MUSLIM AID [NGOGBRMOS]": without dates a person cannot be
            // told from a body, and a person typed as a body misleads pronouns and listings
            return drop("undated entry with a person-like name (person or body?)");
        }
        return bodyDraft(e, names, coded);
    }

    /**
     * A person: a name that looks like one, or one distinctive word with dated offices (Suharto); either
     * way with dated codes, since the dictionaries date people's terms and list bodies undated (an undated
     * "AL QA'IDA" or "MUSLIM AID" is a body, not a person).
     */
    private boolean isPerson(String primary, List<DatedCode> codes) {
        if (codes.stream().allMatch(DatedCode::undated)) {
            return false;
        }
        String name = rules.personName(primary);
        if (rules.looksLikePerson(name)) {
            return true;
        }
        boolean datedOffice =
                codes.stream().anyMatch(c -> !c.undated() && ImportRules.isOffice(ImportRules.split(c.code(), agents)));
        return ImportRules.tokens(name).size() == 1
                && datedOffice
                && !rules.isGeneric(name)
                && ImportRules.INSTITUTION_WORDS.stream()
                        .noneMatch(w -> ImportRules.tokens(name).contains(w));
    }

    private Draft personDraft(ActorEntry e, List<String> names, List<DatedCode> codes, LocalDate horizon) {
        Draft d = new Draft(
                ActorType.PERSON, e.source() + ":" + e.line(), ImportRules.display(rules.personName(names.get(0))));
        for (String n : names.subList(1, names.size())) {
            String name = rules.personName(n);
            if (ImportRules.tokens(name).size() < 2) {
                if (rules.usableOneWordAlias(name)) {
                    d.aliases.add(ImportRules.display(name));
                } else {
                    drop("one-word alias of a person that is short or an ordinary word");
                }
            } else if (!rules.looksLikePerson(name)) {
                drop("alias of a person that names a body or office");
            } else {
                d.aliases.add(ImportRules.display(name));
            }
        }
        d.aliases.remove(d.primary);
        boolean anyDated =
                codes.stream().anyMatch(c -> !c.undated() && ImportRules.isOffice(ImportRules.split(c.code(), agents)));
        boolean afterEarliest = false;
        for (DatedCode c : codes) {
            ImportRules.Code code = ImportRules.split(c.code(), agents);
            if (c.to() == null || !c.to().isBefore(ImportRules.EARLIEST)) {
                afterEarliest = true;
            }
            if (d.nationality == null && countries.contains(code.prefix())) {
                d.nationality = code.prefix();
            }
            Role r = role(code, c, anyDated, horizon);
            if (r != null) {
                d.roles.add(r);
            }
        }
        if (!afterEarliest) {
            return drop("person whose codes all end before 1945");
        }
        if (d.nationality == null && d.roles.isEmpty()) {
            return drop("person with no country and no office to code by");
        }
        return d;
    }

    /** A role from a code, or null (counted) when a rule leaves it out. */
    private Role role(ImportRules.Code code, DatedCode c, boolean anyDated, LocalDate horizon) {
        if (!ImportRules.isOffice(code)) {
            drop("ELI code (a standing, not an office)");
            return null;
        }
        boolean international = ImportRules.INTERNATIONAL.contains(code.prefix());
        if (!international && !countries.contains(code.prefix())) {
            drop("code of a country or body the ontology does not know");
            return null;
        }
        if (ImportRules.isCompany(code)) {
            drop("company (MNC) code of a person");
            return null;
        }
        if (c.undated() && anyDated) {
            drop("undated code beside dated ones (PETRARCH's fallback would hold an office outside its dates)");
            return null;
        }
        LocalDate to = c.from() != null && c.to() == null ? horizon : c.to();
        if (to != null && to.isBefore(ImportRules.EARLIEST)) {
            drop("role ended before 1945");
            return null;
        }
        return new Role(title(code), code.prefix(), code.agent(), c.from(), to);
    }

    /** "Government", "Government (Agriculture)", "Official of the United Nations". */
    private String title(ImportRules.Code code) {
        if (ImportRules.INTERNATIONAL.contains(code.prefix())) {
            String body = bodiesByCode.get(code.roleCode());
            if (body == null && code.roleCode().length() > 6) {
                body = bodiesByCode.get(code.roleCode().substring(0, 6));
            }
            return body != null
                    ? "Official of " + body + " (" + code.roleCode() + ")"
                    : "Official of " + code.roleCode();
        }
        StringBuilder t = new StringBuilder(agentNames.getOrDefault(code.agent(), code.agent()));
        List<String> more = new ArrayList<>();
        for (int k = 0; k + 3 <= code.rest().length(); k += 3) {
            String sub = code.rest().substring(k, k + 3);
            more.add(agentNames.getOrDefault(sub, sub));
        }
        if (!more.isEmpty()) {
            t.append(" (").append(String.join(", ", more)).append(')');
        }
        return t.toString();
    }

    private Draft bodyDraft(ActorEntry e, List<String> names, List<DatedCode> codes) {
        DatedCode chosen = latest(codes);
        ImportRules.Code code = ImportRules.split(chosen.code(), agents);
        boolean international = ImportRules.INTERNATIONAL.contains(code.prefix());
        if (!international && !countries.contains(code.prefix())) {
            return drop("body of a country the ontology does not know");
        }
        if (chosen.to() != null && chosen.to().isBefore(ImportRules.EARLIEST)) {
            return drop("body whose code ended before 1945");
        }
        ActorType type = ImportRules.isGroupSector(code) ? ActorType.GROUP : ActorType.ORGANIZATION;
        Draft d = null;
        for (String n : names) {
            List<String> forms = new ArrayList<>();
            forms.add(ImportRules.withoutParentheses(n));
            forms.addAll(ImportRules.parentheticals(n));
            for (String f : forms) {
                if (rules.isGeneric(f)) {
                    drop("generic name of a body (would fire on any country's sentences)");
                    continue;
                }
                String shown = ImportRules.display(f);
                if (d == null) {
                    d = new Draft(type, e.source() + ":" + e.line(), shown);
                } else {
                    d.aliases.add(shown);
                }
            }
        }
        if (d == null) {
            return null;
        }
        d.aliases.remove(d.primary);
        d.code = chosen.code();
        if (international) {
            d.nationality = null; // international bodies have no home country, as in organizations.tsv
            d.agent = code.prefix().equals("IMG") ? "REB" : code.prefix();
        } else {
            d.nationality = code.prefix();
            d.agent = code.agent();
            d.code = code.prefix() + code.agent();
        }
        return d;
    }

    /** Organizations have one code: the one in force at the end of the dictionary's knowledge. */
    private static DatedCode latest(List<DatedCode> codes) {
        return codes.stream()
                .max(Comparator.comparing((DatedCode c) -> c.to() == null ? LocalDate.MAX : c.to()))
                .orElseThrow();
    }

    // ---- across entries -----------------------------------------------------------------------

    /**
     * The same person or body listed twice (same name, same country) becomes one; so does a body listed
     * once by name and once by its initials with the same code ("ORGANIZATION OF AFRICAN UNITY", "OAU").
     */
    private List<Draft> mergeDuplicates(List<Draft> drafts) {
        Map<String, List<Draft>> byKey = new LinkedHashMap<>();
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            List<Draft> same = byKey.computeIfAbsent(d.type + " " + NameIndex.key(d.primary), k -> new ArrayList<>());
            Draft twin = same.stream().filter(x -> compatible(x, d)).findFirst().orElse(null);
            if (twin == null && !d.person()) {
                twin = out.stream()
                        .filter(x -> !x.person() && Objects.equals(x.code, d.code) && abbreviates(x, d))
                        .findFirst()
                        .orElse(null);
                if (twin != null && d.primary.length() > twin.primary.length()) {
                    twin.aliases.add(twin.primary); // the full name becomes the name, the initials an alias
                    twin.primary = d.primary;
                    twin.aliases.remove(d.primary);
                }
            }
            if (twin == null) {
                same.add(d);
                out.add(d);
                continue;
            }
            twin.aliases.addAll(d.aliases);
            twin.roles.addAll(d.roles);
            if (twin.nationality == null) {
                twin.nationality = d.nationality;
            }
            drop("duplicate entry merged");
        }
        return out;
    }

    private static boolean abbreviates(Draft a, Draft b) {
        String ia = ImportRules.initials(a.primary);
        String ib = ImportRules.initials(b.primary);
        return ia.length() >= 2 && ia.equalsIgnoreCase(b.primary.replace(".", ""))
                || ib.length() >= 2 && ib.equalsIgnoreCase(a.primary.replace(".", ""));
    }

    private static boolean compatible(Draft a, Draft b) {
        if (!a.person()) {
            return Objects.equals(a.code, b.code);
        }
        return a.nationality == null || b.nationality == null || a.nationality.equals(b.nationality);
    }

    /** A person the knowledge base already has (same name or alias, a country in common) keeps its id. */
    private void matchKnownPerson(Draft d) {
        Set<String> candidates = new LinkedHashSet<>();
        for (String n : names(d)) {
            for (NameIndex.Entry en : kb.names().lookup(NameIndex.key(n))) {
                kb.get(en.actorId())
                        .filter(a -> a.type() == ActorType.PERSON && sharesCountry(a, d))
                        .ifPresent(a -> candidates.add(a.id()));
            }
        }
        if (candidates.size() > 1) {
            d.dead = true;
            drop("person matching several known people");
            return;
        }
        if (candidates.size() == 1) {
            d.existingId = candidates.iterator().next();
        }
    }

    private static boolean sharesCountry(Actor known, Draft d) {
        Set<String> theirs = new HashSet<>();
        if (known.country() != null) {
            theirs.add(known.country());
        }
        known.roles().forEach(r -> theirs.add(r.country()));
        if (d.nationality != null && theirs.contains(d.nationality)) {
            return true;
        }
        return d.roles.stream().anyMatch(r -> theirs.contains(r.country()));
    }

    /**
     * Each name must point at one actor: a name the knowledge base gives to someone else stays theirs,
     * and a name several new actors share is dropped from all but the one whose own name it is.
     * An actor left without its own name is dropped.
     */
    private void resolveNames(List<Draft> drafts) {
        Map<String, List<Draft>> owners = new HashMap<>();
        Map<String, Integer> primaries = new HashMap<>();
        for (Draft d : drafts) {
            if (d.dead) {
                continue;
            }
            for (String n : names(d)) {
                owners.computeIfAbsent(NameIndex.key(n), k -> new ArrayList<>()).add(d);
            }
            primaries.merge(NameIndex.key(d.primary), 1, Integer::sum);
        }
        for (Draft d : drafts) {
            if (d.dead) {
                continue;
            }
            String own = NameIndex.key(d.primary);
            if (takenInKnowledgeBase(own, d)) {
                d.dead = true;
                drop(d.existingId == null ? "name already given to another known actor" : "known person's name");
                continue;
            }
            if (owners.get(own).size() > 1 && primaries.get(own) > 1) {
                d.dead = true;
                drop("name shared by several dictionary actors");
                continue;
            }
            d.aliases.removeIf(a -> {
                String k = NameIndex.key(a);
                boolean taken = takenInKnowledgeBase(k, d);
                boolean shared = owners.get(k).size() > 1 && !k.equals(own);
                if (taken || shared) {
                    drop(
                            taken
                                    ? "alias already naming another known actor"
                                    : "alias shared by several dictionary actors");
                    return true;
                }
                return false;
            });
        }
    }

    private boolean takenInKnowledgeBase(String key, Draft d) {
        if (kb.names().lookup(key).stream().anyMatch(en -> !en.actorId().equals(d.existingId))) {
            return true;
        }
        if (!key.contains(" ") && !kb.names().bySurname(key).isEmpty()) {
            return true; // a curated person's bare surname: theirs, or no one's if they share it
        }
        String owner = knownSlugs.get(Names.slug(key));
        return owner != null && !owner.equals(d.existingId); // "Inter American" is "Inter-American"
    }

    private static List<String> names(Draft d) {
        List<String> out = new ArrayList<>();
        out.add(d.primary);
        out.addAll(d.aliases);
        return out;
    }

    // ---- output -------------------------------------------------------------------------------

    private Actor person(Draft d, Set<String> ids) {
        List<Role> roles = tidy(d.roles);
        if (d.existingId != null) {
            Actor known = kb.get(d.existingId).orElseThrow();
            List<Role> added = new ArrayList<>();
            for (Role r : roles) {
                if (known.roles().stream().anyMatch(k -> overlaps(k, r))) {
                    drop("role overlapping a curated role of the same person");
                } else {
                    added.add(r);
                }
            }
            Set<String> aliases = new LinkedHashSet<>(d.aliases);
            aliases.add(d.primary);
            aliases.remove(known.name());
            aliases.removeAll(known.aliases());
            ids.add(known.id());
            return new Actor(
                    known.id(),
                    known.name(),
                    new ArrayList<>(aliases),
                    ActorType.PERSON,
                    known.country(),
                    null,
                    known.country(),
                    known.gender(),
                    added);
        }
        String id = id(d, ids);
        return new Actor(
                id,
                d.primary,
                new ArrayList<>(d.aliases),
                ActorType.PERSON,
                d.nationality,
                null,
                d.nationality,
                null,
                roles);
    }

    private Actor organization(Draft d, Set<String> ids) {
        return new Actor(
                id(d, ids),
                d.primary,
                new ArrayList<>(d.aliases),
                d.type,
                d.nationality,
                d.agent,
                d.code,
                null,
                List.of());
    }

    /** The slug of the name; a country suffix (then the dictionary line) where the slug is taken. */
    private String id(Draft d, Set<String> ids) {
        String base = Names.slug(d.primary);
        String id = base;
        if (ids.contains(id) || kb.get(id).isPresent()) {
            String suffix = d.nationality != null ? d.nationality : d.code != null ? d.code.substring(0, 3) : "x";
            id = base + "-" + suffix.toLowerCase(Locale.ROOT);
        }
        if (ids.contains(id) || kb.get(id).isPresent()) {
            id = base + "-" + d.source.replaceAll(".*:", "");
        }
        ids.add(id);
        return id;
    }

    /**
     * Roles in the order the coder should prefer them when terms overlap: state offices before posts in
     * international bodies (a minister chairing an EU council still speaks for the state), then by start;
     * overlapping terms with the same code joined into one.
     */
    static List<Role> tidy(List<Role> roles) {
        List<Role> sorted = new ArrayList<>(roles);
        sorted.sort(Comparator.comparing((Role r) -> ImportRules.INTERNATIONAL.contains(r.country()))
                .thenComparing(r -> r.from() == null ? LocalDate.MIN : r.from()));
        List<Role> out = new ArrayList<>();
        for (Role r : sorted) {
            Role last = out.stream()
                    .filter(x -> x.code().equals(r.code()) && overlaps(x, r))
                    .findFirst()
                    .orElse(null);
            if (last == null) {
                out.add(r);
                continue;
            }
            LocalDate from = last.from() == null || r.from() == null ? null : min(last.from(), r.from());
            LocalDate to = last.to() == null || r.to() == null ? null : max(last.to(), r.to());
            out.set(out.indexOf(last), new Role(last.title(), last.country(), last.agent(), from, to));
        }
        return out;
    }

    static boolean overlaps(Role a, Role b) {
        LocalDate aFrom = a.from() == null ? LocalDate.MIN : a.from();
        LocalDate bFrom = b.from() == null ? LocalDate.MIN : b.from();
        LocalDate aTo = a.to() == null ? LocalDate.MAX : a.to();
        LocalDate bTo = b.to() == null ? LocalDate.MAX : b.to();
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private <T> T drop(String why) {
        dropped.merge(why, 1, Integer::sum);
        return null;
    }
}
