package org.backchannel.spark;

import java.io.Serializable;

/** One row of one output table, its values in the table's column order (without {@code run_id}). */
record TableRow(String table, Object[] values) implements Serializable {}
