package org.backchannel.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the {@code shared} folder that lies beside the project (acceptance checks, development gold
 * sets, the flagship article), from wherever a test or tool runs inside the project.
 */
public final class SharedFolder {
    private SharedFolder() {}

    /** The shared folder, or null when it is not beside the project. */
    public static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolveSibling("shared");
            if (Files.isDirectory(s.resolve("acceptance")) && Files.isDirectory(s.resolve("eval"))) {
                return s;
            }
        }
        return null;
    }
}
