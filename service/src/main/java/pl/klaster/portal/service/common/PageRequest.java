package pl.klaster.portal.service.common;

import java.io.Serializable;

/**
 * Which slice of a list to load: from row {@code offset}, at most {@code size} rows (capped at {@value #MAX_SIZE}),
 * sorted by a named field the service knows (unknown names fall back to the service's default order).
 */
public record PageRequest(int offset, int size, String sortField, boolean ascending) implements Serializable {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        offset = Math.max(0, offset);
        size = Math.max(1, Math.min(size, MAX_SIZE));
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, true);
    }
}
