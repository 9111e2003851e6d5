package org.backchannel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.backchannel.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code users add|list|remove} on a real store: the password from standard input, hashed, audited. */
class UsersCommandTest {

    private static String run(int expectedExit, String stdin, String... args) {
        PrintStream oldOut = System.out;
        InputStream oldIn = System.in;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            assertEquals(expectedExit, Main.execute(args), "exit code of " + String.join(" ", args));
        } finally {
            System.setOut(oldOut);
            System.setIn(oldIn);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void usersAreAddedListedAndRemoved(@TempDir Path dir) {
        String db = dir.resolve("w.duckdb").toString();
        assertTrue(run(0, "a long passphrase\n", "users", "add", "alice", "--role", "analyst", "--db", db)
                .contains("added alice (analyst)"));
        run(2, "short\n", "users", "add", "bob", "--role", "viewer", "--db", db);
        run(2, "a long passphrase\n", "users", "add", "carol", "--role", "emperor", "--db", db);
        run(2, "a long passphrase\n", "users", "add", "alice", "--role", "viewer", "--db", db);
        String list = run(0, "", "users", "list", "--db", db);
        assertTrue(list.contains("alice") && list.contains("analyst"), list);
        assertFalse(list.contains("bob"));
        try (EventStore s = EventStore.open(Path.of(db))) {
            String hash = s.rows("SELECT password_hash FROM users WHERE name = 'alice'")
                    .get(0)
                    .get(0);
            assertTrue(hash.startsWith("$2a$12$") && !hash.contains("passphrase"), hash);
            assertEquals(
                    "cli user.add alice",
                    String.join(
                            " ",
                            s.rows("SELECT user_name, action, target FROM audit")
                                    .get(0)));
        }
        run(0, "", "users", "remove", "alice", "--db", db);
        run(2, "", "users", "remove", "alice", "--db", db);
        assertFalse(run(0, "", "users", "list", "--db", db).contains("alice"));
    }
}
