package org.stillwater.firstmonth;

/** A step of the month did not go as the platform's rules say it should. */
public class JourneyFailure extends RuntimeException {

    public JourneyFailure(String message) {
        super(message);
    }
}
