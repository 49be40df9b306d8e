package org.stillwater.edge.security;

/**
 * Who may see or act for a patient (DESIGN §3): the patient themself; the partner the patient belongs to;
 * a clinician licensed in the patient's state of residence. Pharmacists and ops see no patient records.
 * Anything else is answered as if the patient did not exist (404), so existence is never revealed.
 */
public final class PatientAccess {

    private PatientAccess() {
    }

    public static boolean maySee(Caller caller, PatientScope patient) {
        return switch (caller.role()) {
            case PATIENT -> caller.patientId().filter(patient.patientId()::equals).isPresent();
            case PARTNER -> caller.partnerId().filter(partnerId -> partnerId.equals(patient.partnerId())).isPresent();
            case CLINICIAN -> caller.isLicensedIn(patient.state());
            case PHARMACIST, OPS -> false;
        };
    }
}
