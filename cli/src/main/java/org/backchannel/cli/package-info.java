/**
 * CLI: one picocli class per command ({@code analyze}, {@code ingest}, {@code query}, {@code demo},
 * {@code eval}, {@code bench}, …). Commands parse options, call the pipeline, store or analysis
 * services, and print; they hold no logic of their own.
 */
package org.backchannel.cli;
