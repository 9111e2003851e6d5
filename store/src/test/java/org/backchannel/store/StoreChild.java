package org.backchannel.store;

import java.nio.file.Path;

/** A second process on a store, for the concurrency and crash tests: {@code hold FILE MILLIS}, {@code write FILE N}, {@code open FILE}. */
public final class StoreChild {
    private StoreChild() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "hold" -> {
                try (EventStore s = EventStore.open(file)) {
                    System.out.println("held");
                    System.out.flush();
                    Thread.sleep(Long.parseLong(args[2]));
                }
            }
            case "write" -> {
                for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                    try (EventStore s = EventStore.open(file)) {
                        s.save(EventStoreTest.sample("d" + i, "Envoys met in round " + i + "."));
                    }
                    System.out.println("saved " + i);
                    System.out.flush();
                }
            }
            case "open" -> {
                try (EventStore s = EventStore.open(file)) {
                    System.out.println("version " + s.schemaVersion());
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Starts this class in a child JVM on the test class path. */
    static Process start(String... args) throws java.io.IOException {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                StoreChild.class.getName()));
        cmd.addAll(java.util.List.of(args));
        return new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
