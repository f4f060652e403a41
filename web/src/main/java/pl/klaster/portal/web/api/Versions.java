package pl.klaster.portal.web.api;

import jakarta.ws.rs.core.EntityTag;

/**
 * ETags are the optimistic-lock version of the object ({@code "v7"}): a GET answers with it, an update must send
 * it back in {@code If-Match}. Without it the update is refused with 428 (so no client overwrites by accident);
 * with an old one the service finds the version changed and the answer is 412. Nothing is ever overwritten.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag("v" + version);
    }

    /** The version an {@code If-Match} header names. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionException(ProblemType.PRECONDITION_REQUIRED, "api.problem.precondition-required.detail");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.length() < 2 || value.charAt(0) != 'v') {
            throw new PreconditionException(ProblemType.STALE, "api.problem.stale.detail");
        }
        try {
            return Long.parseLong(value.substring(1));
        } catch (NumberFormatException e) {
            throw new PreconditionException(ProblemType.STALE, "api.problem.stale.detail");
        }
    }
}
