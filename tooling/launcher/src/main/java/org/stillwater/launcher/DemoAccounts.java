package org.stillwater.launcher;

import java.util.List;
import java.util.UUID;

/**
 * The demo accounts of deploy/keycloak/stillwater-realm.json. The docs, the demo, the tests and outside
 * checks rely on exactly these; a test keeps this class and the realm file in step.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "demo";
    /** The public client for the demo users' password grants. */
    public static final String DEMO_CLIENT = "stillwater-demo";

    public static final String ACME_CLIENT = "partner-acme";
    public static final String ACME_SECRET = "acme-secret";
    public static final String ACME_PARTNER_ID = "acme";
    public static final String GLOBEX_CLIENT = "partner-globex";
    public static final String GLOBEX_SECRET = "globex-secret";
    public static final String GLOBEX_PARTNER_ID = "globex";

    public static final String DR_CALIFORNIA = "dr.california";
    public static final String DR_TEXAS = "dr.texas";
    public static final String PHARM_SUNRISE = "pharm.sunrise";
    public static final String PHARM_HARBOR = "pharm.harbor";
    public static final String PATIENT_ALEX = "patient.alex";
    public static final String PATIENT_BLAIR = "patient.blair";
    public static final String OPS = "ops";

    /** The demo patients of partner acme that the dev profile seeds; patient.alex and patient.blair are them. */
    public static final UUID ALEX_PATIENT_ID = UUID.fromString("5b0a6c1e-2f4d-4e8a-9c3b-7d1e0f2a4b61");
    public static final UUID BLAIR_PATIENT_ID = UUID.fromString("8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d3e4f");

    private DemoAccounts() {
    }

    /** One line per account, for the run command's banner and the README. */
    public static List<String> describe() {
        return List.of(
                "partner clients (client credentials): partner-acme / acme-secret (partner_id acme), partner-globex / globex-secret (partner_id globex)",
                "users (password grant on public client stillwater-demo, password demo for all):",
                "  dr.california   clinician, licensed CA and NY",
                "  dr.texas        clinician, licensed TX",
                "  pharm.sunrise   pharmacist, pharmacy sunrise (licensed CA, NY, TX)",
                "  pharm.harbor    pharmacist, pharmacy harbor (licensed CA)",
                "  patient.alex    patient " + ALEX_PATIENT_ID + " (partner acme)",
                "  patient.blair   patient " + BLAIR_PATIENT_ID + " (partner acme)",
                "  ops             operations");
    }
}
