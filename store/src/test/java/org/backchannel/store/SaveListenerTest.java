package org.backchannel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveListenerTest {
    @Test
    void listenersHearTheIdsEachSaveAddedAndCloseWithTheStore(@TempDir Path dir) {
        List<List<String>> heard = new ArrayList<>();
        AtomicBoolean closed = new AtomicBoolean();
        try (EventStore s = EventStore.open(dir.resolve("s.duckdb"))) {
            s.onSave(new SaveListener() {
                @Override
                public void saved(EventStore store, List<String> ids) {
                    assertEquals(
                            ids.size(),
                            ids.stream()
                                    .filter(id -> !store.rows("SELECT id FROM documents WHERE id = '" + id + "'")
                                            .isEmpty())
                                    .count(),
                            "the documents are committed when the listener hears of them");
                    heard.add(ids);
                }

                @Override
                public void close() {
                    closed.set(true);
                }
            });
            s.save(EventStoreTest.sample("a", "Secret talks between US officials and Caracas."));
            s.save(EventStoreTest.sample("a", "Secret talks between US officials and Caracas."));
            s.save(EventStoreTest.sample("a", "Another article about Caracas."));
        }
        assertEquals(List.of(List.of("a"), List.of("a-2")), heard, "a save that adds nothing is not announced");
        assertTrue(closed.get());
    }
}
