/**
 * The pipeline as an Apache Spark job: documents partitioned across executors, one CoreNLP pipeline
 * per executor JVM, the store's tables written as Parquet; see docs/spark.md.
 */
package org.backchannel.spark;
