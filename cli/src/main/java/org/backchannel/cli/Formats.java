package org.backchannel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.backchannel.pipeline.output.EventTable;

/** Prints rows as a table, CSV or JSON: the one place the listing commands choose their output. */
final class Formats {
    private Formats() {}

    static void print(
            String format, List<String> columns, List<List<String>> rows, Supplier<JsonNode> json, int width) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        switch (format) {
            case "json" -> out.println(json.get().toPrettyString());
            case "csv" -> out.print(EventTable.csv(columns, rows));
            case "table" -> out.print(EventTable.table(columns, rows, width));
            default -> throw new BadCommandLine("unknown format " + format + " (table, json, csv)");
        }
    }
}
