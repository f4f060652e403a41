package pl.klaster.portal.web.api;

/**
 * The kinds of problem the API answers with; each has its status, a stable URN as the RFC 9457 {@code type}
 * and a bundle key for its title.
 */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request"),
    VALIDATION(400, "validation"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    CROSS_SITE(403, "cross-site"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    STALE(412, "stale"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    RULE(422, "business-rule"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    SERVER_ERROR(500, "server-error"),
    UNAVAILABLE(503, "unavailable");

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "urn:klaster-portal:problem:" + slug;
    }

    public String titleKey() {
        return "api.problem." + slug;
    }

    /** The type for a status the JAX-RS runtime chose itself (unknown path, wrong method...). */
    public static ProblemType ofStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION && type != CROSS_SITE) {
                return type;
            }
        }
        return status >= 500 ? SERVER_ERROR : BAD_REQUEST;
    }
}
