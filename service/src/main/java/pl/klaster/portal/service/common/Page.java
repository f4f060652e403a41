package pl.klaster.portal.service.common;

import java.io.Serializable;
import java.util.List;

/** One page of a list and how many rows the whole list has (both from the database). */
public record Page<T>(List<T> rows, long total) implements Serializable {

    public Page {
        rows = List.copyOf(rows);
    }
}
