/**
 * The analyst workspace: one process serving the REST API ({@code api}), its OpenAPI document,
 * Swagger UI and the web page over the embedded store. Handlers stay thin; what they do lives in
 * {@code service} (store access, analysis, ingest, notes) and {@code auth} (users, sessions, roles).
 */
package org.backchannel.server;
