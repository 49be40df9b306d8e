package org.stillwater.prescription.paging;

import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.problem.ProblemException;

/**
 * The {@code page} and {@code size} query parameters of a list, read from text so that a value that is not a
 * number is a 400 naming the parameter (not the 404 an unconvertible {@code int} parameter would give).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public static PageRequest of(String page, String size) {
        PageRequest request = new PageRequest(number("page", page, 0), number("size", size, DEFAULT_SIZE));
        PagedList.check(request.page, request.size);
        return request;
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
