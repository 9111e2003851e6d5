package org.backchannel.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.backchannel.server.auth.Role;
import org.backchannel.server.service.ServiceException;
import org.backchannel.server.service.StorePool;
import org.backchannel.server.users.UserService;
import org.backchannel.server.users.UserView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code users add|list|remove}: the workspace's users, in the store (while no server holds it open). */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Manage the workspace's users: add (password from standard input), list, remove.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class})
public final class UsersCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs a change on the store's users, answering 2 for a refused request and 4 for a store error. */
    static int withUsers(StoreOptions store, java.util.function.Function<UserService, Integer> work) {
        try (StorePool pool = StorePool.open(store.db, 1)) {
            return work.apply(new UserService(pool, () -> {}));
        } catch (ServiceException e) {
            System.err.println("backchannel users: " + e.getMessage());
            return 2;
        }
    }

    /** {@code users add NAME --role ROLE}. */
    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Add a user; the password is read from standard input (not echoed on a terminal).")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "user name: letters, digits, . _ @ -")
        String name;

        @Option(names = "--role", required = true, description = "viewer, analyst or admin")
        String role;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() throws Exception {
            Role r;
            try {
                r = Role.parse(role);
            } catch (IllegalArgumentException e) {
                System.err.println("backchannel users: " + e.getMessage());
                return 2;
            }
            String password = readPassword();
            if (password == null) {
                System.err.println("backchannel users: no password on standard input");
                return 2;
            }
            return withUsers(store, users -> {
                UserView u = users.add("cli", name, r, password);
                System.out.println("added " + u.name() + " (" + u.role() + ") to " + store.db);
                return Main.OK;
            });
        }

        private static String readPassword() throws Exception {
            Console console = System.console();
            if (console != null) {
                char[] p = console.readPassword("Password for the new user: ");
                return p == null ? null : new String(p);
            }
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }

    /** {@code users list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            return withUsers(store, users -> {
                for (UserView u : users.list()) {
                    System.out.printf("%-24s %-8s %s%n", u.name(), u.role(), u.createdAt());
                }
                return Main.OK;
            });
        }
    }

    /** {@code users remove NAME}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user; their sessions end.")
    static final class Remove implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            return withUsers(store, users -> {
                users.remove("cli", name);
                System.out.println("removed " + name);
                return Main.OK;
            });
        }
    }
}
