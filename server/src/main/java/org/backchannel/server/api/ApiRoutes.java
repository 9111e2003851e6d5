package org.backchannel.server.api;

import static org.backchannel.server.api.Param.path;
import static org.backchannel.server.api.Param.query;

import org.backchannel.server.auth.Access;
import org.backchannel.server.auth.Role;
import org.backchannel.server.service.Services;

/**
 * Every route of the API, in one list: path, documentation, least role, handler. A new endpoint is
 * one more declaration here (and its handler next to the others of its concern).
 */
public final class ApiRoutes {
    private ApiRoutes() {}

    public static void declare(Routes r, Services s, Access access) {
        EventHandlers events = new EventHandlers(s.events(), s.notes());
        DocumentHandlers documents = new DocumentHandlers(s.documents(), s.ingest());
        ActorHandlers actors = new ActorHandlers(s.actors());
        AnalysisHandlers analysis = new AnalysisHandlers(s.analysis(), s.views());
        NoteHandlers notes = new NoteHandlers(s.notes());
        AuthHandlers auth = new AuthHandlers(s.sessions(), access);
        UserHandlers users = new UserHandlers(s.users(), s.pool());
        SearchHandlers search = new SearchHandlers(org.backchannel.server.service.SearchService.over(s.pool()));

        r.get("/api/health")
                .tag("meta")
                .summary("Whether the server and its store answer")
                .handle(ctx -> ctx.json(Health.of(s.pool())));

        r.post("/api/login")
                .tag("session")
                .summary("Log in: sets the session cookie, answers the CSRF token")
                .body("application/json")
                .handle(auth::login);
        r.post("/api/logout")
                .tag("session")
                .summary("Log out")
                .role(Role.VIEWER)
                .handle(auth::logout);
        r.get("/api/session")
                .tag("session")
                .summary("Who is logged in, with the CSRF token")
                .handle(auth::session);

        r.get("/api/events")
                .tag("events")
                .summary("Events, filtered, sorted, a page at a time")
                .role(Role.VIEWER)
                .params(EventHandlers.FILTERS)
                .handle(events::list);
        r.get("/api/events/{id}")
                .tag("events")
                .summary("One event with its evidence, the events disputing it, reviews and comments")
                .role(Role.VIEWER)
                .params(path("id", "event id"))
                .handle(events::detail);
        r.post("/api/events/{id}/reviews")
                .tag("events")
                .summary("Mark an event disputed or confirmed, with a reason: {verdict, reason}")
                .role(Role.ANALYST)
                .params(path("id", "event id"))
                .body("application/json")
                .handle(events::review);
        r.get("/api/claims")
                .tag("events")
                .summary("The claims ledger: who says what, with what disputes it")
                .role(Role.VIEWER)
                .params(
                        query("actor", "string", "actor id or part of a name"),
                        query("country", "string", "ISO-3 code"),
                        query("limit", "integer", "at most this many (default 200)"))
                .handle(events::claims);

        r.get("/api/documents")
                .tag("documents")
                .summary("Stored documents, newest first")
                .role(Role.VIEWER)
                .params(
                        query("q", "string", "part of the title or id"),
                        query("offset", "integer", "skip this many"),
                        query("limit", "integer", "at most this many, 1 to 500 (default 50)"))
                .handle(documents::list);
        r.get("/api/documents/{id}")
                .tag("documents")
                .summary("One document: text, sentences and the events coded from each, comments")
                .role(Role.VIEWER)
                .params(path("id", "document id"))
                .handle(documents::detail);
        r.post("/api/documents")
                .tag("documents")
                .summary(
                        "Ingest text, HTML or JSON Lines through the pipeline; reports each item that could not be read")
                .role(Role.ANALYST)
                .params(query("name", "string", "a name for the upload (letters, digits, . _ -)"))
                .body("text/plain", "text/html", "application/x-ndjson")
                .handle(documents::upload);

        r.get("/api/search")
                .tag("search")
                .summary(
                        "Evidence search: sentences (or documents) by words and filters, with facet counts and the matches as offsets")
                .role(Role.VIEWER)
                .params(SearchHandlers.FILTERS)
                .handle(search::search);
        r.get("/api/related/{documentId}")
                .tag("search")
                .summary("Documents related to one: shared events, dyads and actors first, words only to break ties")
                .role(Role.VIEWER)
                .params(
                        path("documentId", "document id"),
                        query("limit", "integer", "at most this many, 1 to 100 (default 10)"))
                .handle(search::related);

        r.get("/api/actors")
                .tag("actors")
                .summary("Actors, most active first")
                .role(Role.VIEWER)
                .params(
                        query("q", "string", "part of a name, alias or id"), query("country", "string", "ISO-3 code"),
                        query("offset", "integer", "skip this many"),
                                query("limit", "integer", "at most this many (default 100)"))
                .handle(actors::list);
        r.get("/api/actors/{id}")
                .tag("actors")
                .summary("One actor with its dated roles, latest events and comments")
                .role(Role.VIEWER)
                .params(path("id", "actor id"), query("events", "integer", "at most this many events (default 100)"))
                .handle(actors::detail);

        r.get("/api/network")
                .tag("analysis")
                .summary("The actor network: nodes with centrality and community, dyads with counts and statuses")
                .role(Role.VIEWER)
                .params(AnalysisHandlers.VIEW)
                .params(query("events", "boolean", "list each dyad's event ids (default true)"))
                .handle(analysis::network);
        r.get("/api/brokers")
                .tag("analysis")
                .summary("Third parties ranked by brokerage, mediation and betweenness")
                .role(Role.VIEWER)
                .params(AnalysisHandlers.VIEW)
                .params(query("top", "integer", "how many (default 15)"))
                .handle(analysis::brokers);
        r.get("/api/backchannels")
                .tag("analysis")
                .summary("Secret or mediated contact between parties whose public relation is hostile")
                .role(Role.VIEWER)
                .handle(analysis::backchannels);
        r.get("/api/timeline")
                .tag("analysis")
                .summary("An actor's or a dyad's events in order, counts per period, spikes and change points")
                .role(Role.VIEWER)
                .params(
                        new Param("a", "query", "string", "actor id or country code", true),
                        query("b", "string", "a second actor or country: the dyad"),
                        query("by", "string", "day, week or month (default month)"))
                .handle(analysis::timeline);
        r.get("/api/analogs")
                .tag("analysis")
                .summary("Past episodes closest to the pattern between two countries")
                .role(Role.VIEWER)
                .params(
                        new Param("a", "query", "string", "country code", true),
                        new Param("b", "query", "string", "country code", true),
                        query("top", "integer", "how many (default 5)"))
                .handle(analysis::analogs);

        r.get("/api/comments")
                .tag("notes")
                .summary("Comments on an event, actor or document")
                .role(Role.VIEWER)
                .params(
                        new Param("kind", "query", "string", "event, actor or document", true),
                        new Param("id", "query", "string", "its id", true))
                .handle(notes::list);
        r.post("/api/comments")
                .tag("notes")
                .summary("Comment on an event, actor or document: {target_kind, target_id, body}")
                .role(Role.ANALYST)
                .body("application/json")
                .handle(notes::add);

        r.get("/api/users")
                .tag("admin")
                .summary("Users and their roles")
                .role(Role.ADMIN)
                .handle(users::list);
        r.post("/api/users")
                .tag("admin")
                .summary("Add a user: {name, role, password}")
                .role(Role.ADMIN)
                .body("application/json")
                .handle(users::add);
        r.put("/api/users/{name}/role")
                .tag("admin")
                .summary("Change a user's role: {role}")
                .role(Role.ADMIN)
                .params(path("name", "user name"))
                .body("application/json")
                .handle(users::setRole);
        r.delete("/api/users/{name}")
                .tag("admin")
                .summary("Remove a user (their sessions end)")
                .role(Role.ADMIN)
                .params(path("name", "user name"))
                .handle(users::remove);
        r.get("/api/audit")
                .tag("admin")
                .summary("The audit log, newest first: who changed what, when")
                .role(Role.ADMIN)
                .params(query("limit", "integer", "at most this many (default 100)"))
                .handle(users::audit);
    }
}
