package org.stillwater.edge.paging;

import io.quarkus.panache.common.Page;
import java.util.List;
import org.stillwater.edge.problem.ProblemException;

/**
 * The {@code page} and {@code size} query parameters of a list, read from text so that a value that is not a
 * number is a 400 naming the parameter (an {@code int} parameter that cannot be converted would be a 404).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public static PageRequest of(String page, String size) {
        PageRequest request = new PageRequest(number("page", page, 0), number("size", size, DEFAULT_SIZE));
        PagedList.check(request.page, request.size);
        return request;
    }

    /** The same page for a Panache query. */
    public Page panache() {
        return Page.of(page, size);
    }

    /** This page of a list of {@code total} items. */
    public <T> PagedList<T> of(List<T> items, long total) {
        return new PagedList<>(items, page, size, total);
    }

    private static int number(String parameter, String value, int absent) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(parameter, "not-a-number", parameter + " must be a whole number");
        }
    }
}
