package org.stillwater.hostile;

/**
 * One generated path or query value, as it goes on the wire (percent-encoded), with the kind of value it is.
 *
 * @param kind      what was generated, e.g. {@code nul} or {@code 400 digits}; {@code plain} for an ordinary value
 * @param encoded   the value as sent, percent-encoded; {@code null} for a query parameter left out
 * @param hostility whether the services must refuse it
 * @param reroutes  the value changes which route the path matches (an empty segment, {@code .}, {@code ..}):
 *                  the request may reach another endpoint, or none
 */
record Part(String kind, String encoded, Hostility hostility, boolean reroutes) {

    static final String PLAIN = "plain";

    Part(String kind, String encoded, Hostility hostility) {
        this(kind, encoded, hostility, encoded != null && (encoded.isEmpty() || encoded.equals(".") || encoded.equals("..")));
    }

    static Part plain(String value) {
        return new Part(PLAIN, Values.encode(value), Hostility.NONE);
    }

    static Part absent() {
        return new Part("absent", null, Hostility.NONE);
    }

    boolean isPlain() {
        return hostility == Hostility.NONE;
    }

    /** How a generated part bears on the answer. */
    enum Hostility {
        /** An ordinary value. */
        NONE,
        /** Unusual but legitimate (an upper-case UUID, a huge page number): may be accepted. */
        UNUSUAL,
        /** No legitimate request carries it: must be refused with a 4xx. */
        INVALID
    }
}
