package org.backchannel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code backchannel} command. */
@Command(
        name = "backchannel",
        mixinStandardHelpOptions = true,
        version = "backchannel 0.1.0",
        description = "News in; political events with who says so, secrecy, mediators and disputes out.",
        subcommands = {
            DemoCommand.class,
            AnalyzeCommand.class,
            IngestCommand.class,
            QueryCommand.class,
            ClaimsCommand.class,
            NetworkCommand.class,
            BrokersCommand.class,
            BackchannelsCommand.class,
            TimelineCommand.class,
            AnalogsCommand.class,
            ExportCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            ExplainCommand.class,
            ConvertCameoCommand.class,
            TrainCommand.class,
            ServeCommand.class,
            UsersCommand.class,
            SearchCommand.class,
            RelatedCommand.class,
            SparkCommand.class,
            StoreCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done",
            "  1  done, but some input items could not be read (each is reported)",
            "  2  bad command line",
            "  3  nothing could be read",
            "  4  store or internal error",
            "  5  eval --min-f1 not reached"
        })
public final class Main implements Runnable {
    static final int OK = 0;
    static final int SOME_ITEMS_FAILED = 1;
    static final int BAD_COMMAND_LINE = 2;
    static final int NOTHING_READ = 3;
    static final int FAILED = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionStrategy(parsed -> {
            FormatCheck.check(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("backchannel: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ex instanceof BadCommandLine ? BAD_COMMAND_LINE : FAILED;
        });
        return cl.execute(args);
    }
}
