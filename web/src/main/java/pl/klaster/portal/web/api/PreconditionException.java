package pl.klaster.portal.web.api;

import java.io.Serial;

/** An update without {@code If-Match} (428) or with a stale one (412). */
public class PreconditionException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final String detailKey;

    public PreconditionException(ProblemType type, String detailKey) {
        super(detailKey);
        this.type = type;
        this.detailKey = detailKey;
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }
}
