package org.backchannel.coder.actors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Role;

/**
 * Reads PETRARCH-style {@code .actors} dictionaries: an entry line {@code NAME_WITH_UNDERSCORES
 * [CODE] [CODE >YYYYMMDD] [CODE <YYYYMMDD] [CODE YYYYMMDD-YYYYMMDD]}, {@code +ALIAS} lines under it,
 * and {@code #} comments. Six-digit dates are read as YYMMDD.
 */
public final class PetrarchActors {
    private static final Pattern CODE = Pattern.compile("\\[\\s*([A-Z0-9]{3,})\\s*([<>]?\\s*\\d{6,8})?(?:\\s*-\\s*(\\d{6,8}))?\\s*\\]");

    private PetrarchActors() {
    }

    public static List<Actor> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
        List<Actor> out = new ArrayList<>();
        String name = null;
        List<String> aliases = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.replaceAll("#.*$", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("+")) {
                if (name != null) {
                    aliases.add(words(line.substring(1)));
                }
                continue;
            }
            if (name != null) {
                out.add(actor(name, aliases, roles));
            }
            int bracket = line.indexOf('[');
            name = words(bracket < 0 ? line : line.substring(0, bracket));
            aliases = new ArrayList<>();
            roles = new ArrayList<>();
            Matcher m = CODE.matcher(line);
            while (m.find()) {
                String code = m.group(1);
                LocalDate from = null;
                LocalDate to = null;
                String first = m.group(2) == null ? null : m.group(2).replace(" ", "");
                if (first != null && first.startsWith(">")) {
                    from = date(first.substring(1));
                } else if (first != null && first.startsWith("<")) {
                    to = date(first.substring(1));
                } else if (first != null) {
                    from = date(first);
                    to = m.group(3) == null ? null : date(m.group(3));
                }
                String country = code.length() >= 3 ? code.substring(0, 3) : null;
                String agent = code.length() >= 6 ? code.substring(3, 6) : null;
                roles.add(new Role(code, country, agent, from, to));
            }
        }
        if (name != null) {
            out.add(actor(name, aliases, roles));
        }
        return out;
    }

    private static Actor actor(String name, List<String> aliases, List<Role> roles) {
        String country = roles.isEmpty() ? null : roles.get(0).country();
        String code = roles.isEmpty() ? null : roles.get(roles.size() - 1).code();
        return new Actor(Names.slug(name), titleCase(name), aliases, ActorType.PERSON, country, null, code, null, roles);
    }

    private static String words(String s) {
        return s.strip().replace('_', ' ').replaceAll("\\s+", " ");
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                b.append(b.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }

    private static LocalDate date(String d) {
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            d = (yy > 50 ? "19" : "20") + d;
        }
        return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6, 8)));
    }
}
