package org.backchannel.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.backchannel.model.Status;
import org.backchannel.server.service.ServiceException;

/** Query parameters read strictly: a value that does not parse is a 400 naming the parameter, never a default. */
final class Params {
    static final int MAX_LENGTH = 500;

    private Params() {}

    /** The parameter trimmed, or null when absent or blank. */
    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_LENGTH) {
            throw ServiceException.invalid(name + " is longer than " + MAX_LENGTH + " characters");
        }
        return v.trim();
    }

    static String required(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            throw ServiceException.invalid(name + " is required");
        }
        return v;
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ServiceException.invalid(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ServiceException.invalid(name + " must be a whole number, not '" + v + "'");
        }
    }

    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ServiceException.invalid(name + " must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    static Boolean bool(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Boolean.TRUE;
            case "false", "0", "no" -> Boolean.FALSE;
            default -> throw ServiceException.invalid(name + " must be true or false, not '" + v + "'");
        };
    }

    /** Comma-separated epistemic statuses, each checked. */
    static Set<String> statuses(Context ctx, String name) {
        String v = text(ctx, name);
        Set<String> out = new LinkedHashSet<>();
        if (v == null) {
            return out;
        }
        for (String s : v.split(",")) {
            if (s.isBlank()) {
                continue;
            }
            try {
                out.add(Status.parse(s).label());
            } catch (IllegalArgumentException e) {
                throw ServiceException.invalid(name + ": unknown status '" + s.trim() + "'");
            }
        }
        return out;
    }

    /** Runs a parse that signals bad input with IllegalArgumentException, as a 400 about {@code name}. */
    static <T> T parse(String name, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalid(name + ": " + e.getMessage());
        }
    }
}
