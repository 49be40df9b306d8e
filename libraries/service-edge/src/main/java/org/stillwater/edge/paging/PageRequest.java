package org.stillwater.edge.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.function.Function;
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

    /**
     * This page of a query, each row answered as its view, with the query's total: the read shape of every list
     * (visible patient, sorted query, page, views). The query must be sorted to its last column (a unique id) so
     * that pages neither repeat nor skip rows.
     */
    public <E, V> PagedList<V> of(PanacheQuery<E> query, Function<? super E, ? extends V> view) {
        List<V> items = query.page(panache()).list().stream().<V>map(view).toList();
        return of(items, query.count());
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
