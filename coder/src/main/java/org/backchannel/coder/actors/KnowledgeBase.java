package org.backchannel.coder.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backchannel.coder.actors.petrarch.ActorDictionary;
import org.backchannel.coder.actors.petrarch.ActorEntry;
import org.backchannel.coder.actors.petrarch.Loaded;
import org.backchannel.coder.actors.petrarch.PetrarchImport;
import org.backchannel.coder.ontology.Countries;
import org.backchannel.coder.ontology.Country;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.IngestProblem;
import org.backchannel.model.Role;
import org.backchannel.model.io.Tsv;

/**
 * Everything known about actors: people with dated roles and family ties, organizations, states, and
 * the generic group nouns ("officials", "oil companies") with their sector. Built from the files under
 * {@code backchannel/actors/} (hand-curated parts, and parts converted from PETRARCH2's dictionaries),
 * optionally extended by a user's file or PETRARCH {@code .actors} dictionary.
 */
public final class KnowledgeBase {
    /** A family tie: relation is sibling, spouse, parent or child. */
    public record Relation(String relation, String otherId) {}

    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, List<Relation>> relations = new HashMap<>();
    private final Map<String, String> groupAgents = new HashMap<>();
    private final java.util.Set<String> equipment = new java.util.HashSet<>();
    private final NameIndex names = new NameIndex();
    private final List<NameIndex.Entry> surfaces = new ArrayList<>();
    /** People first listed by a converted part (not curated by hand): only their full names and aliases are looked up. */
    private final java.util.Set<String> converted = new java.util.HashSet<>();

    private final List<IngestProblem> problems = new ArrayList<>();
    /** People with a role in each country: title lookups ask about one country among 20,000 people. */
    private final Map<String, List<Actor>> roleHolders = new HashMap<>();

    /** The built-in knowledge over the given countries: curated and converted parts. */
    public static KnowledgeBase load(Countries countries) {
        return load(countries, true);
    }

    /**
     * The built-in knowledge; without the parts converted from other projects' dictionaries when
     * {@code withConverted} is false (what a converter compares its output with).
     */
    public static KnowledgeBase load(Countries countries, boolean withConverted) {
        KnowledgeBase kb = new KnowledgeBase();
        for (Country c : countries.all()) {
            kb.addState(c);
        }
        for (Tsv.Row part : Tsv.resource("/backchannel/actors/manifest.tsv")) {
            String name = part.col(0);
            boolean isConverted = "converted".equals(part.col(1));
            if (isConverted && !withConverted) {
                continue;
            }
            java.util.Set<String> before = new java.util.HashSet<>(kb.actors.keySet());
            kb.addPeople(Tsv.resource("/backchannel/actors/people-" + name + ".tsv"));
            if (isConverted) {
                kb.actors.keySet().stream().filter(id -> !before.contains(id)).forEach(kb.converted::add);
            }
            kb.addRoles(Tsv.resource("/backchannel/actors/roles-" + name + ".tsv"));
            kb.addRelations(Tsv.resource("/backchannel/actors/relations-" + name + ".tsv"));
        }
        kb.addOrganizations(Tsv.resource("/backchannel/actors/organizations.tsv"));
        kb.addGroups(Tsv.resource("/backchannel/actors/groups.tsv"));
        for (Tsv.Row r : Tsv.resource("/backchannel/actors/equipment.tsv")) {
            kb.groupAgents.putIfAbsent(Names.normalize(r.col(0)), r.col(1));
            kb.equipment.add(Names.normalize(r.col(0)));
        }
        if (withConverted) {
            kb.addOrganizations(Tsv.resource("/backchannel/actors/organizations-historical.tsv"));
            kb.addGroups(Tsv.resource("/backchannel/actors/groups-petrarch.tsv"));
        }
        kb.reindex();
        return kb;
    }

    /** Group nouns; a phrase already known keeps its sector (curated files are read first). */
    private void addGroups(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            groupAgents.putIfAbsent(Names.normalize(r.col(0)), r.col(1));
        }
    }

    /**
     * Adds a user's file: rows whose first column says what they are —
     * {@code person id name aliases gender country}, {@code role person_id title country agent from to},
     * {@code org id name aliases type country agent code}, {@code relation id relation other_id},
     * {@code group phrase agent}.
     */
    public void addUserFile(Path file) {
        for (Tsv.Row r : Tsv.file(file)) {
            try {
                addUserRow(r);
            } catch (RuntimeException e) {
                // one bad row is reported and skipped; the rest of the file is still read
                String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                String prefix = r.source() + ":" + r.line() + ": ";
                problems.add(new IngestProblem(
                        r.source() + ":" + r.line(),
                        cause.startsWith(prefix) ? cause.substring(prefix.length()) : cause));
            }
        }
        reindex();
    }

    private void addUserRow(Tsv.Row r) {
        String[] rest = java.util.Arrays.copyOfRange(r.cols(), 1, r.cols().length);
        Tsv.Row row = new Tsv.Row(r.source(), r.line(), rest);
        switch (r.col(0)) {
            case "person" -> addPeople(List.of(row));
            case "role" -> addRoles(List.of(row));
            case "org" -> addOrganizations(List.of(row));
            case "relation" -> addRelations(List.of(row));
            case "group" -> groupAgents.put(Names.normalize(row.col(0)), row.col(1));
            default -> throw r.error("unknown row kind '" + r.col(0) + "' (person, role, org, relation, group)");
        }
    }

    /**
     * Adds the actors of a PETRARCH-style {@code .actors} dictionary, by the same rules the converter
     * of the built-in historical knowledge follows ({@link PetrarchImport}). Lines that cannot be read
     * are reported in {@link #problems()}; the rest is loaded.
     */
    public void addPetrarchActors(Path file, Ontology ontology) {
        Loaded<ActorEntry> read = ActorDictionary.read(file);
        problems.addAll(read.problems());
        PetrarchImport.Result r = new PetrarchImport(this, ontology, java.util.Set.of()).convert(read.items());
        for (Actor a : r.people()) {
            Actor existing = actors.get(a.id());
            if (existing == null) {
                put(a);
                converted.add(a.id());
                continue;
            }
            List<Role> roles = new ArrayList<>(existing.roles());
            roles.addAll(a.roles());
            java.util.Set<String> aliases = new java.util.LinkedHashSet<>(existing.aliases());
            aliases.addAll(a.aliases());
            actors.put(
                    a.id(),
                    new Actor(
                            existing.id(),
                            existing.name(),
                            new ArrayList<>(aliases),
                            existing.type(),
                            existing.country(),
                            existing.agent(),
                            existing.code(),
                            existing.gender(),
                            roles));
        }
        r.organizations().forEach(o -> actors.putIfAbsent(o.id(), o));
        reindex();
    }

    /**
     * The country of an actor id: the knowledge base's, or for a group made for one document
     * ("uga-reb", "usa-gov") the country its id starts with; null when neither says.
     */
    public String countryOf(String id) {
        String c = get(id).map(Actor::country).orElse(null);
        if (c == null && id.length() > 3 && id.charAt(3) == '-') {
            c = id.substring(0, 3).toUpperCase(java.util.Locale.ROOT);
        }
        return c;
    }

    /** Lines of user dictionaries that could not be read (item {@code file:line}, and the cause). */
    public List<IngestProblem> problems() {
        return List.copyOf(problems);
    }

    private void addState(Country c) {
        String id = c.code().toLowerCase(java.util.Locale.ROOT);
        put(new Actor(id, c.name(), c.aliases(), ActorType.STATE, c.code(), null, c.code(), null, List.of()));
        c.demonyms().forEach(d -> surfaces.add(new NameIndex.Entry(d, id, NameIndex.Kind.DEMONYM)));
        if (c.capital() != null) {
            surfaces.add(new NameIndex.Entry(c.capital(), id, NameIndex.Kind.CAPITAL));
        }
        c.metonyms().forEach(m -> surfaces.add(new NameIndex.Entry(m, id, NameIndex.Kind.METONYM)));
    }

    private void addPeople(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            String id = r.col(0);
            if (id.isEmpty() || r.col(1).isEmpty()) {
                throw r.error("person needs an id and a name");
            }
            String country = r.optional(4);
            Actor existing = actors.get(id);
            if (existing != null) {
                // listed in two parts: the first entry's name stands, aliases are pooled
                java.util.Set<String> aliases = new java.util.LinkedHashSet<>(existing.aliases());
                aliases.addAll(r.list(2));
                actors.put(
                        id,
                        new Actor(
                                id,
                                existing.name(),
                                new ArrayList<>(aliases),
                                existing.type(),
                                existing.country(),
                                existing.agent(),
                                existing.code(),
                                existing.gender() != null ? existing.gender() : r.optional(3),
                                existing.roles()));
                continue;
            }
            put(new Actor(id, r.col(1), r.list(2), ActorType.PERSON, country, null, country, r.optional(3), List.of()));
        }
    }

    private void addRoles(List<Tsv.Row> rows) {
        Map<String, List<Role>> byPerson = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            if (!actors.containsKey(r.col(0))) {
                throw r.error("role for unknown person " + r.col(0));
            }
            byPerson.computeIfAbsent(r.col(0), k -> new ArrayList<>())
                    .add(new Role(r.col(1), r.optional(2), r.optional(3), date(r, 4), date(r, 5)));
        }
        byPerson.forEach((id, roles) -> {
            Actor a = actors.get(id);
            List<Role> all = new ArrayList<>(a.roles());
            for (Role role : roles) {
                boolean same = all.stream()
                        .anyMatch(x -> x.title().equalsIgnoreCase(role.title())
                                && java.util.Objects.equals(x.from(), role.from()));
                if (!same) {
                    all.add(role);
                }
            }
            actors.put(id, a.withRoles(all));
        });
    }

    private void addRelations(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            relations.computeIfAbsent(r.col(0), k -> new ArrayList<>()).add(new Relation(r.col(1), r.col(2)));
        }
    }

    private void addOrganizations(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            ActorType type = r.col(3).equalsIgnoreCase("group") ? ActorType.GROUP : ActorType.ORGANIZATION;
            String country = r.optional(4);
            String agent = r.optional(5);
            String code = r.optional(6);
            if (code == null) {
                code = (country == null ? "" : country) + (agent == null ? "" : agent);
            }
            put(new Actor(r.col(0), r.col(1), r.list(2), type, country, agent, code, null, List.of()));
        }
    }

    private static LocalDate date(Tsv.Row r, int col) {
        String s = r.col(col);
        if (s.isEmpty()) {
            return null;
        }
        try {
            if (s.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(s), 1, 1);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(s + "-01");
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw r.error("bad date " + s);
        }
    }

    private void put(Actor a) {
        actors.put(a.id(), a);
    }

    private void reindex() {
        // Rebuilt after every change: cheap, and keeps the index in step with the actors.
        names.clear();
        for (Actor a : actors.values()) {
            // a converted person's last name is not a surname to look up on its own: thousands of
            // ministers would make common surnames point at the wrong person ("Kim" at a Kazakh minister);
            // the dictionary's own one-word aliases ("Yeltsin") say which bare names news uses
            boolean surname = !converted.contains(a.id());
            for (String n : surfaceForms(a)) {
                NameIndex.Kind kind = n.equals(a.name()) ? NameIndex.Kind.NAME : NameIndex.Kind.ALIAS;
                names.add(new NameIndex.Entry(n, a.id(), kind), surname);
            }
        }
        surfaces.forEach(names::add);
        roleHolders.clear();
        for (Actor a : actors.values()) {
            if (a.type() == ActorType.PERSON) {
                a.roles().stream()
                        .map(Role::country)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .forEach(c -> roleHolders
                                .computeIfAbsent(c, k -> new ArrayList<>())
                                .add(a));
            }
        }
    }

    private static List<String> surfaceForms(Actor a) {
        List<String> out = new ArrayList<>();
        out.add(a.name());
        out.addAll(a.aliases());
        return out;
    }

    public Optional<Actor> get(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    public Collection<Actor> all() {
        return actors.values();
    }

    public List<Relation> relations(String personId) {
        return relations.getOrDefault(personId, List.of());
    }

    /** The country of the state a word names ("Sudan", "Liberian", "Kremlin" is none), or null. */
    public String stateNamed(String word) {
        for (NameIndex.Entry e : names().lookup(NameIndex.key(word))) {
            Actor a = get(e.actorId()).orElse(null);
            if (a != null && a.type() == ActorType.STATE) {
                return a.country();
            }
        }
        return null;
    }

    /** The sector of a generic group noun phrase in lemma form ("oil company" → BUS), or null. */
    public String groupAgent(String lemmaPhrase) {
        return groupAgents.get(Names.normalize(lemmaPhrase));
    }

    /**
     * Whether a group phrase is a weapon, vehicle or craft ({@code equipment.tsv}): it stands for its
     * owner's forces only when the owner is named with it.
     */
    public boolean isEquipment(String lemmaPhrase) {
        return equipment.contains(Names.normalize(lemmaPhrase));
    }

    /** Every generic group phrase known, in the normalized lemma form of {@code groups.tsv}. */
    public java.util.Set<String> groupPhrases() {
        return java.util.Collections.unmodifiableSet(groupAgents.keySet());
    }

    public NameIndex names() {
        return names;
    }

    /** People who held a role whose title contains all {@code words} in {@code country} on {@code day}. */
    public List<Actor> holders(String country, List<String> words, LocalDate day) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : roleHolders.getOrDefault(country, List.of())) {
            for (Role r : a.roles()) {
                if (country.equals(r.country())
                        && (day == null ? r.to() == null : r.heldOn(day))
                        && TitleWords.matches(r.title(), words)) {
                    out.add(a);
                    break;
                }
            }
        }
        out.sort(Comparator.comparing(Actor::id));
        return out;
    }

    /**
     * People with a role that starts in each decade (1940 for the 1940s), from the earliest to the
     * latest decade with any; a person counts once in every decade in which one of their terms starts.
     */
    public java.util.SortedMap<Integer, Integer> peopleByDecade() {
        java.util.SortedMap<Integer, Integer> out = new java.util.TreeMap<>();
        for (Actor a : actors.values()) {
            if (a.type() != ActorType.PERSON) {
                continue;
            }
            a.roles().stream()
                    .filter(r -> r.from() != null)
                    .map(r -> r.from().getYear() / 10 * 10)
                    .distinct()
                    .forEach(d -> out.merge(d, 1, Integer::sum));
        }
        if (!out.isEmpty()) {
            for (int d = out.firstKey(); d <= out.lastKey(); d += 10) {
                out.putIfAbsent(d, 0);
            }
        }
        return out;
    }

    /** Number of people, and of roles over all of them. */
    public int[] size() {
        int people = 0;
        int roles = 0;
        for (Actor a : actors.values()) {
            if (a.type() == ActorType.PERSON) {
                people++;
                roles += a.roles().size();
            }
        }
        return new int[] {people, roles};
    }
}
