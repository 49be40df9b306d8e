package org.stillwater.edge.paging;

import java.util.List;
import org.stillwater.edge.problem.ProblemException;

/** One page of a list: the items, which page of what size, and how many there are in all. */
public record PagedList<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public static void check(int page, int size) {
        if (page < 0) {
            throw ProblemException.badRequest("page", "out-of-range", "page starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("size", "out-of-range", "size is 1 to " + MAX_SIZE);
        }
    }
}
