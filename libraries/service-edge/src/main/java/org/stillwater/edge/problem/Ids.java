package org.stillwater.edge.problem;

import java.util.UUID;

/** Ids arrive as text in paths; a malformed one is a 400 that names the parameter, not an anonymous 404. */
public final class Ids {

    private Ids() {
    }

    public static UUID uuid(String parameter, String value) {
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException(value);
            }
            return id;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badRequest(parameter, "not-a-uuid", parameter + " must be a UUID");
        }
    }
}
