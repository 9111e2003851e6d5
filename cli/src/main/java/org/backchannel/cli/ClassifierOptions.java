package org.backchannel.cli;

import org.backchannel.classifier.ClassifierSettings;
import picocli.CommandLine.Option;

/** The learned second opinion's switches; shared by every command that runs the coder. */
final class ClassifierOptions {
    @Option(
            names = "--no-classifier",
            description = "code with the patterns alone: no learned second opinion (see --classifier)")
    boolean noClassifier;

    @Option(
            names = "--classifier",
            paramLabel = "USES",
            description =
                    "the learned second opinion's uses, comma-separated: propose (events for uncoded verbs with an actor on either side), "
                            + "flag=mark or flag=drop (coded events it all but rules out), none (default: those on in the shipped uses.tsv)")
    String uses;

    /** The uses the options ask for. */
    ClassifierSettings settings() {
        if (noClassifier) {
            return ClassifierSettings.OFF;
        }
        return uses == null ? ClassifierSettings.defaults() : ClassifierSettings.parse(uses);
    }
}
