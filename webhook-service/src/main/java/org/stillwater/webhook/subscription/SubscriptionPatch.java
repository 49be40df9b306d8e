package org.stillwater.webhook.subscription;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON merge patch (RFC 7396) of a subscription: only the fields present change. {@code description: null} removes
 * the description, {@code eventTypes: null} means every type the owner may receive; {@code url} and {@code status}
 * cannot be removed. Read through setters so that a field set to null differs from one left out.
 */
public class SubscriptionPatch {

    private String url;
    private boolean urlPresent;
    @Size(max = SubscriptionRequest.MAX_EVENT_TYPES)
    private List<@jakarta.validation.constraints.NotNull String> eventTypes;
    private boolean eventTypesPresent;
    @Size(max = SubscriptionRequest.MAX_DESCRIPTION)
    private String description;
    private boolean descriptionPresent;
    private SubscriptionStatus status;
    private boolean statusPresent;

    public void setUrl(String url) {
        this.url = url;
        this.urlPresent = true;
    }

    public void setEventTypes(List<String> eventTypes) {
        this.eventTypes = eventTypes;
        this.eventTypesPresent = true;
    }

    public void setDescription(String description) {
        this.description = description;
        this.descriptionPresent = true;
    }

    public void setStatus(SubscriptionStatus status) {
        this.status = status;
        this.statusPresent = true;
    }

    public String url() {
        return url;
    }

    public boolean hasUrl() {
        return urlPresent;
    }

    /** The types asked for; empty when set to null (every type the owner may receive). */
    public List<String> eventTypes() {
        return eventTypes == null ? List.of() : eventTypes;
    }

    public boolean hasEventTypes() {
        return eventTypesPresent;
    }

    public String description() {
        return description;
    }

    public boolean hasDescription() {
        return descriptionPresent;
    }

    public SubscriptionStatus status() {
        return status;
    }

    public boolean hasStatus() {
        return statusPresent;
    }

    /**
     * The patch as it was sent: the fields present, null where set to null. What an Idempotency-Key's fingerprint
     * compares (a retry must send the same patch), so {@code {"description": null}} and {@code {}} differ.
     */
    @JsonValue
    public Map<String, Object> fieldsPresent() {
        Map<String, Object> present = new LinkedHashMap<>();
        if (urlPresent) {
            present.put("url", url);
        }
        if (eventTypesPresent) {
            present.put("eventTypes", eventTypes);
        }
        if (descriptionPresent) {
            present.put("description", description);
        }
        if (statusPresent) {
            present.put("status", status);
        }
        return present;
    }
}
