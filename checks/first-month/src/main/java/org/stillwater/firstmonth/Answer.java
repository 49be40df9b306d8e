package org.stillwater.firstmonth;

import com.fasterxml.jackson.databind.JsonNode;

/** An API's answer: its status and JSON body. */
public record Answer(int status, JsonNode body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body of a 2xx answer; anything else is a failure of the journey, reported with the problem. */
    public JsonNode expect(String what) {
        if (!ok()) {
            throw new JourneyFailure(what + " answered " + status + ": " + body);
        }
        return body;
    }

    public String text(String field) {
        return body.path(field).asText();
    }
}
