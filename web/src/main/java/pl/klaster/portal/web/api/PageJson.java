package pl.klaster.portal.web.api;

import pl.klaster.portal.service.common.Page;

import java.util.List;

/**
 * One page of a list: its items, the page number (from 1) and size asked for, and the total number of items and
 * pages of the whole list (counted by the database with the same filters).
 */
public record PageJson<T>(List<T> items, int page, int size, long total, long pages) {

    public static <T> PageJson<T> of(Page<T> page, Paging paging) {
        long pages = (page.total() + paging.size() - 1) / paging.size();
        return new PageJson<>(page.rows(), paging.page(), paging.size(), page.total(), pages);
    }
}
