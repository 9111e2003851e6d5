package org.backchannel.cli;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Checks a command's {@code --format} value against the formats its help names, before the command
 * runs, so an unknown format is a bad command line (exit 2) rather than a failure after the work.
 */
final class FormatCheck {
    private FormatCheck() {}

    /** Throws a {@link CommandLine.ParameterException} when the last subcommand's --format is not one its help lists. */
    static void check(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        OptionSpec option = last.commandSpec().findOption("--format");
        if (option == null || !last.hasMatchedOption("--format")) {
            return;
        }
        Set<String> allowed = allowed(option);
        String value = String.valueOf((Object) last.matchedOptionValue("--format", null));
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            throw new CommandLine.ParameterException(
                    last.commandSpec().commandLine(),
                    "unknown --format " + value + " (one of: " + String.join(", ", allowed) + ")");
        }
    }

    /** The words of the option's description before "(default", parentheses left out: "table, json or csv" gives three. */
    static Set<String> allowed(OptionSpec option) {
        String d = String.join(" ", option.description());
        int cut = d.indexOf("(default");
        if (cut >= 0) {
            d = d.substring(0, cut);
        }
        d = d.replaceAll("\\([^)]*\\)", " ");
        Set<String> out = new LinkedHashSet<>();
        for (String w : d.toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
            if (w.matches("[a-z0-9-]+") && !w.equals("or")) {
                out.add(w);
            }
        }
        return out;
    }
}
