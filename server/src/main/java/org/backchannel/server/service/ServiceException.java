package org.backchannel.server.service;

/** A request the workspace refuses, with the kind of refusal (the API turns it into a status code). */
public final class ServiceException extends RuntimeException {
    /** Why a request was refused. */
    public enum Kind {
        INVALID(400),
        UNAUTHORIZED(401),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;

    public ServiceException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static ServiceException invalid(String message) {
        return new ServiceException(Kind.INVALID, message);
    }

    public static ServiceException notFound(String message) {
        return new ServiceException(Kind.NOT_FOUND, message);
    }
}
