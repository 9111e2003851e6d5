/**
 * The analyst workspace's tables in the store (schema version 3): users, sessions, comments,
 * reviews and the audit log, each read and written by its own small class over one connection.
 * Passwords and session tokens arrive here already hashed; roles are plain names checked by the server.
 */
package org.backchannel.store.workspace;
