package org.backchannel.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.corpus.SharedFolder;
import org.backchannel.ingest.Ingestor;
import org.backchannel.model.Document;
import org.backchannel.pipeline.Pipeline;
import org.backchannel.server.auth.Role;
import org.backchannel.store.EventStore;

/**
 * One server per JVM for the API tests: a real DuckDB file in a temporary folder holding the flagship
 * article and three demo articles (analyzed once, with the one CoreNLP pipeline of the JVM), served on
 * a free loopback port, with a viewer, an analyst and an admin.
 */
final class Fixture {
    static final String PASSWORD = "correct horse battery";
    private static WorkspaceServer server;
    private static Pipeline pipeline;

    private Fixture() {}

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard();
        }
        return pipeline;
    }

    static synchronized WorkspaceServer server() throws Exception {
        if (server == null) {
            Path dir = Files.createTempDirectory("backchannel-server-test");
            Path db = dir.resolve("workspace.duckdb");
            Map<String, byte[]> items = new LinkedHashMap<>();
            Map<String, byte[]> demo = DemoCorpus.demoFiles();
            for (String name : List.of(
                    "01-doha-talks.txt",
                    "09-gaza-ceasefire-mediation.txt",
                    "13-france-expels-russian-diplomats.html")) {
                demo.entrySet().stream()
                        .filter(e -> e.getKey().endsWith(name))
                        .forEach(e -> items.put(e.getKey(), e.getValue()));
            }
            List<Document> docs =
                    new ArrayList<>(new Ingestor().readBytes(items).documents());
            Path shared = SharedFolder.locate();
            if (shared == null) {
                throw new IllegalStateException("../shared is not beside the project");
            }
            docs.addAll(new Ingestor()
                    .read(
                            List.of(shared.resolve("corpus/seed/venezuela-backchannel.txt")
                                    .toString()),
                            System.in)
                    .documents());
            try (EventStore s = EventStore.open(db)) {
                s.save(pipeline().analyze(docs, (a, b) -> {}).analysis());
            }
            server = WorkspaceServer.start(WorkspaceServer.Settings.of(db, "127.0.0.1", 0), Fixture::pipeline);
            var users = server.services().users();
            users.add("test", "viewer", Role.VIEWER, PASSWORD);
            users.add("test", "analyst", Role.ANALYST, PASSWORD);
            users.add("test", "admin", Role.ADMIN, PASSWORD);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }
}
