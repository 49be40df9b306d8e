package org.stillwater.testing;

import org.stillwater.launcher.DemoAccounts;

/** Real tokens of the demo accounts, from this JVM's Keycloak: {@code given().auth().oauth2(As.drCalifornia())}. */
public final class As {

    private As() {
    }

    public static String acme() {
        return SharedInfrastructure.tokens().acme();
    }

    public static String globex() {
        return SharedInfrastructure.tokens().globex();
    }

    /** Licensed in CA and NY. */
    public static String drCalifornia() {
        return user(DemoAccounts.DR_CALIFORNIA);
    }

    /** Licensed in TX. */
    public static String drTexas() {
        return user(DemoAccounts.DR_TEXAS);
    }

    /** A clinician licensed in {@code state} (TX, or CA and NY). */
    public static String clinicianLicensedIn(String state) {
        return "TX".equals(state) ? drTexas() : drCalifornia();
    }

    /** Pharmacy sunrise, licensed in CA, NY and TX. */
    public static String pharmSunrise() {
        return user(DemoAccounts.PHARM_SUNRISE);
    }

    /** Pharmacy harbor, licensed in CA. */
    public static String pharmHarbor() {
        return user(DemoAccounts.PHARM_HARBOR);
    }

    /** The patient user whose patient_id is {@link DemoAccounts#ALEX_PATIENT_ID}. */
    public static String alex() {
        return user(DemoAccounts.PATIENT_ALEX);
    }

    public static String ops() {
        return user(DemoAccounts.OPS);
    }

    private static String user(String username) {
        return SharedInfrastructure.tokens().user(username);
    }
}
