package org.backchannel.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.backchannel.server.WorkspaceServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the analyst workspace (web page and REST API) over the store, until interrupted. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Serve the analyst workspace: the web page, the REST API (/api, /openapi.json, /swagger) over the store. Ctrl-C stops it.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    KnowledgeOptions knowledge;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description =
                    "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface, behind TLS)")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        WorkspaceServer server =
                WorkspaceServer.start(WorkspaceServer.Settings.of(store.db, host, port), knowledge::pipeline);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.println("Backchannel workspace: " + server.url(host) + "  (store " + store.db
                + "; API /openapi.json, /swagger; Ctrl-C stops)");
        if (server.services().users().list().isEmpty()) {
            System.out.println(
                    "No users yet: stop the server and add one with  ./backchannel users add NAME --role admin --db "
                            + store.db);
        }
        stopped.await();
        return Main.OK;
    }
}
