package org.backchannel.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Supplier;
import org.backchannel.pipeline.Pipeline;
import org.backchannel.server.api.ApiDocs;
import org.backchannel.server.api.ApiRoutes;
import org.backchannel.server.api.Routes;
import org.backchannel.server.auth.Access;
import org.backchannel.server.service.ServiceException;
import org.backchannel.server.service.Services;
import org.backchannel.server.service.StorePool;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The workspace server: the API, its OpenAPI document ({@code /openapi.json}), Swagger UI
 * ({@code /swagger}) and the web page (the classpath folder {@code web/} at {@code /}) over one store.
 * Every error is answered as JSON {@code {status, message}}; nothing internal (no stack trace) leaves.
 */
public final class WorkspaceServer implements AutoCloseable {
    /** The headers of every answer: no sniffing, no framing, no referrer, and a page that loads only from here. */
    static final String CSP =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
                    + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static final String ERROR_SET = "backchannel.error";
    private final Javalin app;
    private final StorePool pool;
    private final Services services;

    /**
     * Where and how to serve.
     *
     * @param readers how many store connections serve reads at once
     */
    public record Settings(Path db, String host, int port, int readers) {
        public static Settings of(Path db, String host, int port) {
            return new Settings(db, host, port, 8);
        }
    }

    private WorkspaceServer(Javalin app, StorePool pool, Services services) {
        this.app = app;
        this.pool = pool;
        this.services = services;
    }

    /** Opens the store and starts serving; {@code port} 0 picks a free port. */
    public static WorkspaceServer start(Settings settings, Supplier<Pipeline> pipeline) {
        StorePool pool = StorePool.open(settings.db(), settings.readers());
        try {
            Services services = Services.over(pool, memoized(pipeline));
            Javalin app = create(services);
            app.start(settings.host(), settings.port());
            // the first analysis request should not wait for every event to load: load them now, in the background
            Thread preload = new Thread(
                    () -> {
                        try {
                            services.analysis().workspace();
                        } catch (RuntimeException e) {
                            System.err.println(
                                    "backchannel serve: cannot load the events for analysis: " + e.getMessage());
                        }
                    },
                    "workspace-preload");
            preload.setDaemon(true);
            preload.start();
            return new WorkspaceServer(app, pool, services);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    static Javalin create(Services services) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = 20_000_000L;
            config.jsonMapper(new JavalinJackson(org.backchannel.server.api.ApiDocs.mapper(), false));
            config.staticFiles.enableWebjars();
            if (WorkspaceServer.class.getResource("/web") != null) {
                config.staticFiles.add(sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/web";
                    sf.location = Location.CLASSPATH;
                });
            }
            config.jetty.modifyServer(server -> {
                ErrorHandler quiet = new ErrorHandler();
                quiet.setShowStacks(false);
                quiet.setShowServlet(false);
                server.setErrorHandler(quiet);
            });
        });
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Content-Security-Policy", CSP);
            if (ctx.path().startsWith("/api/")) {
                ctx.header("Cache-Control", "no-store");
            }
        });
        app.exception(ServiceException.class, (e, ctx) -> error(ctx, e.kind().status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("backchannel serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            error(ctx, 500, "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ERROR_SET) == null) {
                error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        Access access = new Access(services.sessions());
        Routes routes = new Routes(app, access);
        ApiRoutes.declare(routes, services, access);
        ApiDocs.declare(app, routes, swaggerUiVersion());
        return app;
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(ERROR_SET, true);
        ctx.status(status)
                .json(org.backchannel.server.api.ApiDocs.error(
                        status, message == null || message.isBlank() ? "error" : message));
    }

    /** The version of the Swagger UI WebJar on the classpath (its files live under {@code /webjars/swagger-ui/VERSION/}). */
    static String swaggerUiVersion() {
        try (InputStream in =
                WorkspaceServer.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui WebJar is not on the classpath");
            }
            Properties p = new Properties();
            try (java.io.Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return p.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("the swagger-ui WebJar is not on the classpath", e);
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }

    public int port() {
        return app.port();
    }

    /** The address to open, e.g. http://127.0.0.1:8080/. */
    public String url(String host) {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    public Services services() {
        return services;
    }

    @Override
    public void close() {
        app.stop();
        services.views().close();
        pool.close();
    }
}
