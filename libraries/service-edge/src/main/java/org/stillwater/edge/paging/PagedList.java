package org.stillwater.edge.paging;

import java.util.List;
import org.stillwater.edge.problem.ProblemException;

/** One page of a list: the items, which page of what size, and how many there are in all. */
public record PagedList<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;
    /** Far beyond any list of the API; keeps page × size an offset the database takes. */
    public static final int MAX_PAGE = 100_000;

    public static void check(int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw ProblemException.badRequest("page", "out-of-range", "page is 0 to " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("size", "out-of-range", "size is 1 to " + MAX_SIZE);
        }
    }
}
