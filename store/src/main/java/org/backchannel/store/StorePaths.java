package org.backchannel.store;

import java.nio.file.Path;

/** Where the store lives when the user names none: the user's data directory. */
public final class StorePaths {
    private StorePaths() {}

    public static Path defaultDatabase() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("backchannel").resolve("backchannel.duckdb");
    }
}
