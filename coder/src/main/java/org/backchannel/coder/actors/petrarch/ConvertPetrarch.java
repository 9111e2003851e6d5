package org.backchannel.coder.actors.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.model.Actor;
import org.backchannel.model.IngestProblem;
import org.backchannel.model.Role;

/**
 * Development tool: converts PETRARCH2's Phoenix dictionaries into the project's historical knowledge
 * files ({@code people-historical.tsv}, {@code roles-historical.tsv}, {@code relations-historical.tsv},
 * {@code organizations-historical.tsv}, {@code groups-petrarch.tsv}), compared with the curated
 * knowledge so that nothing curated is overwritten. Run it from the repository root:
 * <pre>
 * mvn -q -B install -DskipTests
 * java -cp coder/target/classes:model/target/classes org.backchannel.coder.actors.petrarch.ConvertPetrarch \
 *     ../shared/reference/petrarch2 coder/src/main/resources/backchannel/actors /usr/share/dict/words
 * </pre>
 * The third argument, a list of English words (Debian's {@code wamerican}), is optional: with it,
 * one-word names of bodies that are ordinary words ("TIGERS", "YOUTH") are left out.
 */
public final class ConvertPetrarch {
    static final String[] ACTOR_FILES = {
        "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"
    };
    static final String AGENT_FILE = "Phoenix.agents.txt";
    static final String COMMAND = "java -cp coder/target/classes:model/target/classes "
            + "org.backchannel.coder.actors.petrarch.ConvertPetrarch ../shared/reference/petrarch2 "
            + "coder/src/main/resources/backchannel/actors /usr/share/dict/words";

    private ConvertPetrarch() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ConvertPetrarch PETRARCH_DIR OUT_DIR [ENGLISH_WORDS]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Set<String> words = args.length > 2 ? englishWords(Path.of(args[2])) : Set.of();

        List<ActorEntry> entries = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        for (String f : ACTOR_FILES) {
            Loaded<ActorEntry> r = ActorDictionary.read(in.resolve(f));
            entries.addAll(r.items());
            problems.addAll(r.problems());
            System.out.printf(
                    "%s: %d entries, %d lines not read%n",
                    f, r.items().size(), r.problems().size());
        }
        Loaded<AgentEntry> agents = AgentDictionary.read(in.resolve(AGENT_FILE));
        problems.addAll(agents.problems());
        System.out.printf(
                "%s: %d phrases, %d lines not read%n",
                AGENT_FILE, agents.items().size(), agents.problems().size());
        problems.forEach(p -> System.err.println("skipped " + p.item() + ": " + p.cause()));

        Ontology ontology = Ontology.defaults();
        KnowledgeBase curated = KnowledgeBase.load(ontology.countries(), false);
        PetrarchImport.Result r = new PetrarchImport(curated, ontology, words).convert(entries);
        GroupNounImport.Result g = GroupNounImport.convert(agents.items(), curated);
        write(out, r, g, words.isEmpty());

        long known =
                r.people().stream().filter(p -> curated.get(p.id()).isPresent()).count();
        System.out.printf(
                "people: %d (%d of them curated people gaining roles or aliases), roles: %d, organizations and groups: %d,"
                        + " group nouns: %d; open terms end %s%n",
                r.people().size(),
                known,
                r.people().stream().mapToInt(p -> p.roles().size()).sum(),
                r.organizations().size(),
                g.nouns().size(),
                r.horizon());
        System.out.println("left out (actors):");
        r.dropped().forEach((why, n) -> System.out.printf("  %6d  %s%n", n, why));
        System.out.println("left out (agent nouns):");
        g.dropped().forEach((why, n) -> System.out.printf("  %6d  %s%n", n, why));
    }

    static Set<String> englishWords(Path file) throws IOException {
        Set<String> out = new HashSet<>();
        for (String w : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            // lower-case entries only: capitalized ones are names ("Gordon", "Jordan")
            if (!w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT)) && !w.contains("'")) {
                out.add(w);
            }
        }
        return out;
    }

    static void write(Path dir, PetrarchImport.Result r, GroupNounImport.Result g, boolean withoutWords)
            throws IOException {
        String source =
                "converted from PETRARCH2 Phoenix dictionaries, (c) 2014 Open Event Data Alliance, MIT (see NOTICE)";
        String regenerate =
                "# Generated, do not edit: change the rules (org.backchannel.coder.actors.petrarch) or the curated files\n"
                        + "# and regenerate from the repository root with\n#   " + COMMAND + "\n"
                        + (withoutWords ? "# (this run had no English word list)\n" : "");
        StringBuilder people = new StringBuilder();
        people.append("# Backchannel actor knowledge base: people who held office from 1945 to early 2015, ")
                .append(source)
                .append(".\n")
                .append("# Source files: ")
                .append(String.join(", ", ACTOR_FILES))
                .append(" (openeventdata/petrarch2, commit 676801c).\n")
                .append(
                        "# Facts only: names, the countries and CAMEO codes of their offices, and dates. Offices are in roles-historical.tsv.\n")
                .append(
                        "# A row with the id of a curated person (people-*.tsv) only adds aliases: the curated name, roles and ties stand.\n")
                .append(
                        "# Aliases: |-separated, titles removed (the mention finder reads titles itself); bare surnames are derived by the\n")
                .append(
                        "# program, and yield to curated people's surnames. gender: unknown (empty). country: ISO 3166-1 alpha-3 (ISO 3166-3\n")
                .append("# for former states) of the first state the person served.\n")
                .append(regenerate)
                .append("# id\tname\taliases\tgender\tcountry\n");
        StringBuilder roles = new StringBuilder();
        roles.append("# Backchannel actor knowledge base: offices of the people in people-historical.tsv, ")
                .append(source)
                .append(".\n")
                .append(
                        "# One row per term. title: the CAMEO sector of the code, with its sub-sectors in parentheses (PETRARCH's codes do not\n")
                .append(
                        "# say which office: \"Government\" is a head of state or a minister alike); for posts in international bodies,\n")
                .append(
                        "# \"Official of\" the body. country: ISO-3 of the state, or IGO / NGO for international bodies, with agent the rest of\n")
                .append(
                        "# the code (IGO + UNO = IGOUNO). agent: CAMEO sector (GOV, MIL, LEG, JUD, OPP, REB, ...). from/to: ISO dates; an empty\n")
                .append(
                        "# from is a term that began before the dictionary's records; a term PETRARCH leaves open (>date) ends at the last date\n")
                .append("# the dictionaries mention (")
                .append(r.horizon())
                .append("), since they know nothing later. Terms overlapping a curated\n")
                .append("# term of the same person are left out.\n")
                .append(regenerate)
                .append("# person_id\ttitle\tcountry\tagent\tfrom\tto\n");
        for (Actor p : r.people()) {
            if (p.aliases().isEmpty() && p.roles().isEmpty()) {
                continue; // a curated person the dictionaries add nothing to
            }
            people.append(String.join("\t", p.id(), p.name(), String.join("|", p.aliases()), "", nz(p.country())))
                    .append('\n');
            for (Role role : p.roles()) {
                roles.append(String.join(
                                "\t",
                                p.id(),
                                role.title(),
                                nz(role.country()),
                                nz(role.agent()),
                                date(role.from()),
                                date(role.to())))
                        .append('\n');
            }
        }
        String relations =
                "# Backchannel actor knowledge base: family ties among the people in people-historical.tsv.\n"
                        + "# PETRARCH's dictionaries record none; the file exists because every part of the manifest has one.\n"
                        + "# Columns: person_id\trelation\tother_id\n";
        StringBuilder orgs = new StringBuilder();
        orgs.append("# Backchannel actor knowledge base: organizations and groups, ")
                .append(source)
                .append(".\n")
                .append("# Source files: ")
                .append(String.join(", ", ACTOR_FILES))
                .append(". Bodies the curated organizations.tsv names are\n")
                .append(
                        "# left out (the curated row stands), and so are companies, generic names and names several bodies share.\n")
                .append(
                        "# Columns as in organizations.tsv: id, name, aliases (|-separated; abbreviations in capitals), type (organization or\n")
                .append(
                        "# group), country (ISO-3; empty for international bodies), agent (CAMEO sector; IGO or NGO for international bodies, REB\n")
                .append(
                        "# for international militarized groups), code (the PETRARCH code; one code per body: the one in force last).\n")
                .append(regenerate)
                .append("# id\tname\taliases\ttype\tcountry\tagent\tcode\n");
        for (Actor o : r.organizations()) {
            orgs.append(String.join(
                            "\t",
                            o.id(),
                            o.name(),
                            String.join("|", o.aliases()),
                            o.type().label(),
                            nz(o.country()),
                            nz(o.agent()),
                            nz(o.code())))
                    .append('\n');
        }
        StringBuilder groups = new StringBuilder();
        groups.append("# Backchannel actor knowledge base: generic group nouns, ")
                .append(source)
                .append(".\n")
                .append("# Source: ")
                .append(AGENT_FILE)
                .append(" (agent nouns and their sector codes). Read after groups.tsv: a phrase it has keeps\n")
                .append(
                        "# the curated sector. Left out: generic nouns (man, team, boss), vehicles and weapons, religions, nouns of single\n")
                .append("# bodies, phrases of more than three words, and phrases the dictionary gives two sectors.\n")
                .append(
                        "# Columns as in groups.tsv: phrase (lower case, the dictionary's singular root), agent (CAMEO sector of the first\n")
                .append("# code: GOVAGR gives GOV), note (the dictionary line).\n")
                .append(regenerate)
                .append("# phrase\tagent\tnote\n");
        for (GroupNounImport.GroupNoun n : g.nouns()) {
            groups.append(String.join("\t", n.phrase(), n.agent(), n.source())).append('\n');
        }
        Files.writeString(dir.resolve("people-historical.tsv"), people, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("roles-historical.tsv"), roles, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("relations-historical.tsv"), relations, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("organizations-historical.tsv"), orgs, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("groups-petrarch.tsv"), groups, StandardCharsets.UTF_8);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
