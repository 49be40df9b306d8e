package org.stillwater.webhook.subscription;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A subscription to create.
 *
 * @param url         where to POST the events: absolute https (http only in dev and test), at most 2048 characters, a
 *                    host whose every address is public (checked by {@link org.stillwater.webhook.callback.CallbackUrlPolicy})
 * @param eventTypes  CloudEvents types (e.g. {@code stillwater.EvaluationApproved.v1}) the caller may receive; absent or
 *                    empty = every type it may receive
 * @param description the owner's note, at most 200 characters
 */
public record SubscriptionRequest(
        @NotNull String url,
        @Size(max = SubscriptionRequest.MAX_EVENT_TYPES) List<@NotNull String> eventTypes,
        @Size(max = SubscriptionRequest.MAX_DESCRIPTION) String description) {

    public static final int MAX_DESCRIPTION = 200;
    /** More than the catalog has, so a list of every type with a few repeats still fits. */
    public static final int MAX_EVENT_TYPES = 100;
}
