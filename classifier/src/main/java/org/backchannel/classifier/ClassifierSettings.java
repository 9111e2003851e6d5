package org.backchannel.classifier;

import java.util.Locale;
import org.backchannel.classifier.head.HeadFile;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.learned.SecondOpinion;
import org.backchannel.model.io.Tsv;

/**
 * Which uses of the learned second opinion are on: proposing events where no pattern fired, and what
 * becomes of coded events it doubts. The defaults are {@code /backchannel/classifier/uses.tsv},
 * decided by measuring each use with {@code backchannel eval}; the thresholds come with the head.
 */
public record ClassifierSettings(boolean propose, SecondOpinion.Flag flag) {
    public static final String RESOURCE = "/backchannel/classifier/uses.tsv";
    /** No second opinion: the encoder is never loaded. */
    public static final ClassifierSettings OFF = new ClassifierSettings(false, SecondOpinion.Flag.OFF);

    /** The shipped defaults. */
    public static ClassifierSettings defaults() {
        boolean propose = false;
        SecondOpinion.Flag flag = SecondOpinion.Flag.OFF;
        for (Tsv.Row r : Tsv.resource(RESOURCE)) {
            switch (r.col(0)) {
                case "propose" -> propose = switch (r.col(1)) {
                    case "on" -> true;
                    case "off" -> false;
                    default -> throw r.error("propose is on or off");
                };
                case "flag" -> flag = flag(r.col(1));
                default -> throw r.error("unknown use " + r.col(0) + " (propose, flag)");
            }
        }
        return new ClassifierSettings(propose, flag);
    }

    /**
     * Settings from a command line's list: "propose", "flag=mark", "flag=drop", comma-separated; "none"
     * for no use.
     */
    public static ClassifierSettings parse(String uses) {
        boolean propose = false;
        SecondOpinion.Flag flag = SecondOpinion.Flag.OFF;
        for (String u : uses.split(",")) {
            String s = u.strip().toLowerCase(Locale.ROOT);
            if (s.equals("propose")) {
                propose = true;
            } else if (s.startsWith("flag=")) {
                flag = flag(s.substring(5));
            } else if (!s.equals("none") && !s.isEmpty()) {
                throw new IllegalArgumentException(
                        "unknown classifier use " + u + " (propose, flag=mark, flag=drop, none)");
            }
        }
        return new ClassifierSettings(propose, flag);
    }

    private static SecondOpinion.Flag flag(String s) {
        return switch (s) {
            case "off" -> SecondOpinion.Flag.OFF;
            case "mark" -> SecondOpinion.Flag.MARK;
            case "drop" -> SecondOpinion.Flag.DROP;
            default -> throw new IllegalArgumentException("flag is off, mark or drop, not " + s);
        };
    }

    public boolean any() {
        return propose || flag != SecondOpinion.Flag.OFF;
    }

    /** The coder's second opinion under these settings; the model is loaded only when some use is on. */
    public SecondOpinion opinion(Knowledge knowledge) {
        if (!any()) {
            return SecondOpinion.NONE;
        }
        var t = HeadFile.shipped().thresholds();
        return new SecondOpinion(
                knowledge,
                LearnedClassifier.shipped(),
                new SecondOpinion.Uses(propose, t.proposeAt(), flag, t.flagAt(), t.flagCodedBelow()));
    }

    /** "propose, flag=drop", or "none". */
    public String describe() {
        if (!any()) {
            return "none";
        }
        return (propose ? "propose" : "")
                + (propose && flag != SecondOpinion.Flag.OFF ? ", " : "")
                + (flag != SecondOpinion.Flag.OFF ? "flag=" + flag.name().toLowerCase(Locale.ROOT) : "");
    }
}
