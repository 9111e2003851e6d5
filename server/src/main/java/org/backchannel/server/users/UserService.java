package org.backchannel.server.users;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.backchannel.server.auth.Passwords;
import org.backchannel.server.auth.Role;
import org.backchannel.server.service.Audit;
import org.backchannel.server.service.ServiceException;
import org.backchannel.server.service.StorePool;
import org.backchannel.store.workspace.User;
import org.backchannel.store.workspace.WorkspaceTables;

/**
 * Managing users: add with a role and a hashed password, list, change a role, remove. Each change is
 * audited under the name of who made it ("cli" from the command line); a removed user's or a changed
 * role's sessions end at once.
 */
public final class UserService {
    /** User names are plain: letters, digits and . _ @ - (at most 64), so they are safe in any log or page. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private final StorePool pool;
    private final Runnable onChange;

    /** {@code onChange} runs after every change (the session cache forgets what it held). */
    public UserService(StorePool pool, Runnable onChange) {
        this.pool = pool;
        this.onChange = onChange;
    }

    public UserView add(String by, String name, Role role, String password) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ServiceException.invalid(
                    "a user name is 1 to 64 letters, digits or . _ @ - and starts with a letter or digit");
        }
        String weak = Passwords.weakness(password);
        if (weak != null) {
            throw ServiceException.invalid(weak);
        }
        User u = new User(name, role.label(), Passwords.hash(password), Instant.now());
        boolean added = pool.write(s -> {
            WorkspaceTables t = new WorkspaceTables(s);
            return t.transaction(() -> {
                if (!t.users().add(u)) {
                    return false;
                }
                Audit.record(t, by, "user.add", name, "role " + role.label());
                return true;
            });
        });
        if (!added) {
            throw new ServiceException(ServiceException.Kind.CONFLICT, "user '" + name + "' exists");
        }
        onChange.run();
        return view(u);
    }

    public List<UserView> list() {
        return pool.read(s -> new WorkspaceTables(s)
                .users().all().stream().map(UserService::view).toList());
    }

    public void remove(String by, String name) {
        boolean removed = pool.write(s -> {
            WorkspaceTables t = new WorkspaceTables(s);
            return t.transaction(() -> {
                if (!t.users().remove(name)) {
                    return false;
                }
                t.sessions().removeUser(name);
                Audit.record(t, by, "user.remove", name, null);
                return true;
            });
        });
        if (!removed) {
            throw ServiceException.notFound("no user '" + name + "'");
        }
        onChange.run();
    }

    public UserView setRole(String by, String name, Role role) {
        UserView out = pool.write(s -> {
            WorkspaceTables t = new WorkspaceTables(s);
            return t.transaction(() -> {
                if (!t.users().setRole(name, role.label())) {
                    return null;
                }
                t.sessions().removeUser(name);
                Audit.record(t, by, "user.role", name, "role " + role.label());
                return view(t.users().find(name).orElseThrow());
            });
        });
        if (out == null) {
            throw ServiceException.notFound("no user '" + name + "'");
        }
        onChange.run();
        return out;
    }

    private static UserView view(User u) {
        return new UserView(u.name(), u.role(), u.createdAt());
    }
}
