package org.stillwater.intake.patient;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stillwater.contracts.EventData;
import org.stillwater.contracts.intake.ShippingAddressChanged;
import org.stillwater.regulatory.refusal.Refusal;
import org.stillwater.regulatory.refusal.Refused;
import org.stillwater.regulatory.refusal.Transition;

/**
 * A patient's record as intake keeps it: registered by their partner or by ops for a named partner (DESIGN §3: a
 * partner acts for its own patients only), and their shipping address changed by them or their partner. Each
 * decides from the request and who asks, changes the patient only when done, and returns the refusal or the events
 * it causes; storing and publishing are the caller's.
 */
public final class PatientLifecycle {

    /**
     * Who registers the patient.
     *
     * @param name      the caller's name, recorded as who created the patient
     * @param partner   whether the caller is a partner (otherwise ops, who names the partner in the request)
     * @param partnerId the {@code partner_id} claim of a partner's token
     */
    public record Registrar(String name, boolean partner, Optional<String> partnerId) {
    }

    /**
     * What the registration came to.
     *
     * @param patient    the patient to store; null when refused
     * @param transition refused (422: a partner token without {@code partner_id}, or a partner naming another partner)
     *                   or done, announcing nothing (no other service knows a patient before their evaluation)
     */
    public record Registered(Patient patient, Transition<EventData> transition) {
    }

    private PatientLifecycle() {
    }

    /**
     * Registers the patient for the partner the registrar acts for: a partner's own (a partner id in the request must be
     * it), or the one ops names in the request (present: answering its absence is the request's validation).
     */
    public static Registered register(PatientRequest request, Registrar registrar, Instant now) {
        String partnerId = request.partnerId();
        if (registrar.partner()) {
            if (registrar.partnerId().isEmpty()) {
                return refused(new Refused(Refused.Kind.RULE, "partner-id-missing", "the partner token carries no partner_id claim",
                        List.of()));
            }
            String own = registrar.partnerId().get();
            if (partnerId != null && !partnerId.equals(own)) {
                return refused(new Refused(Refused.Kind.RULE, "foreign-partner", "a partner registers patients for itself only",
                        List.of(new Refusal("partnerId", "foreign-partner", "must be " + own + " or left out"))));
            }
            partnerId = own;
        }
        Patient patient = new Patient();
        patient.id = UUID.randomUUID();
        patient.partnerId = partnerId;
        patient.givenName = request.givenName().trim();
        patient.familyName = request.familyName().trim();
        patient.dateOfBirth = request.dateOfBirth();
        patient.email = request.email();
        patient.phone = request.phone();
        patient.stateOfResidence = request.stateOfResidence();
        patient.shippingLine1 = request.shippingAddress().line1().trim();
        patient.shippingLine2 = request.shippingAddress().line2();
        patient.shippingCity = request.shippingAddress().city().trim();
        patient.shippingState = request.shippingAddress().state();
        patient.shippingPostalCode = request.shippingAddress().postalCode();
        patient.emergencyContactName = request.emergencyContact().name().trim();
        patient.emergencyContactPhone = request.emergencyContact().phone();
        patient.emergencyContactRelation = request.emergencyContact().relationship().trim();
        patient.createdAt = now;
        patient.createdBy = registrar.name();
        return new Registered(patient, Transition.done());
    }

    /**
     * Ships the patient's fills to {@code address} from now on (the state of residence stays), announced as
     * ShippingAddressChanged: prescription-service redirects a fill not yet dispatched, or cancels it when its pharmacy
     * may not ship there. A blank second line is no second line.
     *
     * @param changedBy who changes it (the caller's name)
     */
    public static Transition<EventData> changeShippingAddress(Patient patient, PatientRequest.Address address, String changedBy,
                                                              Instant now) {
        patient.shippingLine1 = address.line1().trim();
        patient.shippingLine2 = address.line2() == null || address.line2().isBlank() ? null : address.line2().trim();
        patient.shippingCity = address.city().trim();
        patient.shippingState = address.state();
        patient.shippingPostalCode = address.postalCode();
        return Transition.done(new ShippingAddressChanged(patient.id, patient.partnerId, patient.stateOfResidence,
                patient.shippingAddress(), changedBy, now));
    }

    private static Registered refused(Refused refused) {
        return new Registered(null, Transition.refused(refused));
    }
}
