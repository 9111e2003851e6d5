package org.backchannel.spark;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.backchannel.store.EventStore;
import org.backchannel.store.ParquetImport;
import org.backchannel.store.StoreException;

/**
 * The store's tables as Spark sees them. The schemas are read from a scratch store of the current
 * schema version and rows are copied out of one, so the Parquet files always carry exactly the columns
 * {@link EventStore#save} writes and the import reads them back by name.
 */
final class StoreTables {
    /** The column that says which run wrote a row; only rows of finished runs count. */
    static final String RUN_ID = "run_id";

    /** Documents that could not be analysed, with everything needed to analyse them again alone. */
    static final StructType FAILURES = new StructType()
            .add("id", DataTypes.StringType)
            .add("origin", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("author", DataTypes.StringType)
            .add("published", DataTypes.DateType)
            .add("dateline", DataTypes.StringType)
            .add("agency", DataTypes.StringType)
            .add("body", DataTypes.StringType)
            .add("boilerplate_removed", DataTypes.StringType)
            .add("content_hash", DataTypes.StringType)
            .add("error", DataTypes.StringType)
            .add(RUN_ID, DataTypes.StringType);

    private StoreTables() {}

    /** Each data table's Spark schema and the band keys', {@code run_id} last. */
    static Map<String, StructType> schemas() {
        Map<String, StructType> out = new LinkedHashMap<>();
        try (EventStore scratch = EventStore.inMemory();
                Statement st = scratch.connection().createStatement()) {
            List<String> tables = new ArrayList<>(EventStore.DATA_TABLES);
            tables.add(ParquetImport.BANDS);
            for (String table : tables) {
                List<StructField> fields = new ArrayList<>();
                try (ResultSet rs = st.executeQuery(
                        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '" + table
                                + "' ORDER BY ordinal_position")) {
                    while (rs.next()) {
                        fields.add(DataTypes.createStructField(rs.getString(1), sparkType(rs.getString(2)), true));
                    }
                }
                fields.add(DataTypes.createStructField(RUN_ID, DataTypes.StringType, true));
                out.put(table, DataTypes.createStructType(fields));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the store's schema: " + e.getMessage(), e);
        }
        return out;
    }

    private static DataType sparkType(String duckdb) {
        return switch (duckdb.toUpperCase(Locale.ROOT)) {
            case "VARCHAR" -> DataTypes.StringType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "BIGINT" -> DataTypes.LongType;
            case "DOUBLE" -> DataTypes.DoubleType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            case "DATE" -> DataTypes.DateType;
            case "TIMESTAMP" -> DataTypes.TimestampType;
            default -> throw new IllegalStateException("no Spark type for the store's column type " + duckdb);
        };
    }

    /** Hands every row of a scratch store's table to {@code sink} in the order they were saved, as values Spark's rows accept. */
    static void rows(EventStore scratch, String table, Consumer<Object[]> sink) {
        try (Statement st = scratch.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY rowid")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = sparkValue(rs.getObject(i + 1));
                }
                sink.accept(row);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + table + ": " + e.getMessage(), e);
        }
    }

    /** JDBC's value as Spark's external type: dates as java.sql.Date, timestamps as java.sql.Timestamp. */
    static Object sparkValue(Object v) {
        if (v instanceof LocalDate d) {
            return java.sql.Date.valueOf(d);
        }
        if (v instanceof LocalDateTime t) {
            return java.sql.Timestamp.valueOf(t);
        }
        if (v instanceof OffsetDateTime t) {
            return java.sql.Timestamp.from(t.toInstant());
        }
        return v;
    }
}
