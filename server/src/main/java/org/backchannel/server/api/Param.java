package org.backchannel.server.api;

/**
 * A documented parameter of a route.
 *
 * @param in   "query" or "path"
 * @param type an OpenAPI type: string, integer, number, boolean, or "date" (a string in YYYY-MM-DD)
 */
public record Param(String name, String in, String type, String description, boolean required) {

    public static Param query(String name, String type, String description) {
        return new Param(name, "query", type, description, false);
    }

    public static Param path(String name, String description) {
        return new Param(name, "path", "string", description, true);
    }
}
