package org.backchannel.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.backchannel.coder.patterns.convert.CameoConversion;
import org.backchannel.nlp.Lemmas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code convert-cameo} (hidden, for development): regenerates the converted pattern files and the
 * discard list from PETRARCH2's dictionaries, and the conversion report.
 */
@Command(
        name = "convert-cameo",
        hidden = true,
        mixinStandardHelpOptions = true,
        description =
                "Convert PETRARCH2's CAMEO.2.0.txt and Phoenix.discards.txt into the coder's pattern files (development tool).")
public final class ConvertCameoCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..1",
            paramLabel = "DIR",
            description = "folder with CAMEO.2.0.txt and Phoenix.discards.txt (default: ${DEFAULT-VALUE})")
    Path reference = Path.of("../shared/reference/petrarch2");

    @Option(
            names = "--patterns",
            description =
                    "the pattern folder to read hand-written patterns and the selection from and to write to (default: ${DEFAULT-VALUE})")
    Path patterns = Path.of("coder/src/main/resources/backchannel/patterns");

    @Option(names = "--report", description = "where the conversion report goes (default: ${DEFAULT-VALUE})")
    Path report = Path.of("docs/cameo2-conversion.md");

    @Override
    public Integer call() throws Exception {
        CameoConversion.Outcome o = new CameoConversion(Lemmas::noun).run(reference, patterns, report);
        System.out.printf(
                "wrote %d constrained patterns %s, %d bare defaults, %d discard phrases; report %s%n",
                o.verbs().size(),
                CameoConversion.groups(o.verbs()),
                o.defaults().size(),
                o.discards().size(),
                report);
        return Main.OK;
    }
}
