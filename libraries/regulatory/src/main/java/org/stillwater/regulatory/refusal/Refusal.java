package org.stillwater.regulatory.refusal;

/**
 * One reason a rule refuses a request, as a rule class returns it: plain data, no web framework, so a rule
 * stays testable on its own. service-edge answers a list of them as the {@code errors} of a problem+json.
 *
 * @param field   the request field the refusal is about, as the client wrote it (e.g. {@code adjustment.doseMgPerSession}),
 *                or the rule's subject for a refusal about the whole request (e.g. {@code treatment})
 * @param code    a stable code for the failure (e.g. {@code dose-above-protocol-maximum}); clients act on it
 * @param message what is wrong, for a human; may be null when the code says all there is
 */
public record Refusal(String field, String code, String message) {
}
