package pl.klaster.portal.web.api;

import pl.klaster.portal.service.common.PageRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code page} (from 1, default 1), {@code size} (1-{@value PageRequest#MAX_SIZE}, default 20), {@code sort}
 * and {@code order} (asc/desc) query parameters of a list; out-of-range values are a 400 with the field named,
 * never silently changed.
 */
public record Paging(int page, int size, String sort, boolean ascending) {

    public static final int DEFAULT_SIZE = 20;

    public static Paging of(Integer page, Integer size, String sort, String order) {
        List<ApiInputException.Field> errors = new ArrayList<>();
        int p = page == null ? 1 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 1) {
            errors.add(new ApiInputException.Field("page", "api.paging.page"));
        }
        if (s < 1 || s > PageRequest.MAX_SIZE) {
            errors.add(new ApiInputException.Field("size", "api.paging.size", PageRequest.MAX_SIZE));
        }
        if (order != null && !order.equalsIgnoreCase("asc") && !order.equalsIgnoreCase("desc")) {
            errors.add(new ApiInputException.Field("order", "api.paging.order"));
        }
        if (!errors.isEmpty()) {
            throw new ApiInputException(errors);
        }
        return new Paging(p, s, sort, order == null || order.equalsIgnoreCase("asc"));
    }

    public PageRequest request() {
        long offset = (long) (page - 1) * size;
        if (offset > Integer.MAX_VALUE) {
            throw ApiInputException.of("page", "api.paging.page");
        }
        return new PageRequest((int) offset, size, sort, ascending);
    }
}
