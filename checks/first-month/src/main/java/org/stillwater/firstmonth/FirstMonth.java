package org.stillwater.firstmonth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.stillwater.launcher.DemoAccounts;
import org.stillwater.launcher.keycloak.Tokens;

/**
 * One patient's first month through the public REST APIs, the way a partner's frontend, a clinician and the
 * patient use them: intake, video evaluation, prescription, shipment, onboarding, sessions, an adjustment and the
 * week-4 follow-up. Each step waits for what it needs from the other services (they learn through events) and
 * fails with the platform's answer when a rule refuses it. Where its {@link Arrivals} bring events (the demo: by
 * webhook) it waits for the event that announces what it needs and takes what the event says (a check-in's id, the
 * units delivered, the new dose), reading only what no event says (whether the session gate is open now), and it
 * keeps track of the simulated clock it moves; else it polls the REST API for the state, and reads the clock before
 * every move. The demo narrates it; the end-to-end test and the benchmark drive it.
 */
public final class FirstMonth {

    public static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Waits for the other services at most {@link #PATIENCE}: what the demo, the end-to-end tests and the benchmark expect. */
    public static final Patience FIXED_PATIENCE = began -> Duration.between(began, Instant.now()).compareTo(PATIENCE) > 0;
    /**
     * The CloudEvents types a month whose arrivals bring events waits for: a subscription that brings these is enough,
     * and one that brings every type the partner may receive only gives webhook-service more to deliver.
     */
    public static final List<String> AWAITED_EVENT_TYPES = List.of("EvaluationApproved", "ShipmentDelivered", "CheckInScheduled",
            "CheckInCompleted", "DosageAdjusted").stream().map(name -> "stillwater." + name + ".v1").toList();
    static final String PHARMACY = "sunrise";
    static final int STRENGTH_MG = 100;
    static final int UNITS_PER_SESSION = 2;
    static final int QUANTITY_PER_FILL = 8;

    private final Endpoints endpoints;
    private final Tokens tokens;
    private final Api api;
    private final Narrator narrator;
    private final SimulatedTime time;
    private final Patience patience;
    private final Arrivals arrivals;

    private final String givenName;
    private final String familyName;
    private UUID patientId;
    private UUID intakeId;
    private UUID prescriptionId;
    private Instant approvedAt;
    private final List<UUID> sessions = new ArrayList<>();
    /** The WEEKLY check-in the last ONBOARDING or WEEKLY completion scheduled (its answer names it), while open. */
    private volatile JsonNode openWeekly;

    public FirstMonth(Endpoints endpoints, Tokens tokens, Api api, Narrator narrator, String givenName, String familyName) {
        this(endpoints, tokens, api, narrator, givenName, familyName, FIXED_PATIENCE);
    }

    /** A month that waits for the other services as long as {@code patience} allows (the fault suite's outlasts its faults). */
    public FirstMonth(Endpoints endpoints, Tokens tokens, Api api, Narrator narrator, String givenName, String familyName, Patience patience) {
        this(endpoints, tokens, api, narrator, givenName, familyName, patience, Arrivals.polling());
    }

    /**
     * A month that waits for the events {@code arrivals} bring. Where they bring events, it takes what they say instead
     * of reading it back, and keeps track of the simulated clock instead of reading it before every move
     * ({@link SimulatedTime#tracking}).
     */
    public FirstMonth(Endpoints endpoints, Tokens tokens, Api api, Narrator narrator, String givenName, String familyName, Patience patience,
                      Arrivals arrivals) {
        this(endpoints, tokens, api, narrator, givenName, familyName, patience, arrivals,
                arrivals.bringEvents() ? SimulatedTime.tracking(endpoints, tokens, api) : new SimulatedTime(endpoints, tokens, api));
    }

    /** As above, with the simulated clock of the caller (a benchmark's cohort shares one, which only its calendar moves). */
    public FirstMonth(Endpoints endpoints, Tokens tokens, Api api, Narrator narrator, String givenName, String familyName, Patience patience,
                      Arrivals arrivals, SimulatedTime time) {
        this.patience = patience;
        this.arrivals = arrivals;
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.api = api;
        this.narrator = narrator;
        this.time = time;
        this.givenName = givenName;
        this.familyName = familyName;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID intakeId() {
        return intakeId;
    }

    public UUID prescriptionId() {
        return prescriptionId;
    }

    public List<UUID> sessions() {
        return List.copyOf(sessions);
    }

    public SimulatedTime time() {
        return time;
    }

    /** The whole month of the demo, start to finish; the journey at the end. */
    public JsonNode run() {
        narrator.chapter("Week 1: intake, evaluation, prescription, shipment, onboarding");
        registerPatient();
        submitIntake();
        approveByVideo();
        prescribe();
        awaitDelivery();
        completeOnboarding();

        narrator.chapter("Week 2: the first session at home");
        letTimePass(Duration.ofDays(6));
        narrator.step("day " + day(time.now()) + ": the patient is ready for the first session");
        JsonNode first = startSession();
        completeSession(UUID.fromString(first.path("sessionId").asText()), 200, 2, 9, List.of("NAUSEA", "DISSOCIATION"),
                "Very intense for the first half hour; I felt far away. Calmer afterwards, slept well.");
        startTooSoon();
        completeIntegration(Map.of("outcome", "ADJUST", "adjustment", Map.of("doseMgPerSession", 100),
                "notes", "Session 1 too intense (9/10) with nausea: halve the dose."));
        awaitDose(100);

        narrator.chapter("Week 2: three days later, the second session at the new dose");
        letTimePass(Duration.ofHours(72));
        narrator.step("72 hours pass (simulated clock of every service)");
        JsonNode second = startSession();
        completeSession(UUID.fromString(second.path("sessionId").asText()), 100, 1, 5, List.of(),
                "Gentler. I could stay with the feelings that came up and talk about them afterwards.");
        completeIntegration(Map.of("outcome", "CONTINUE", "notes", "Tolerated well at 100 mg."));

        narrator.chapter("Week 4: follow-up evaluation");
        advanceToFollowUp();
        followUp(List.of(1, 1, 1, 0, 0, 1, 0, 0, 0), List.of(1, 1, 1, 0, 1, 0, 0), "CONTINUE",
                "PHQ-9 from 16 to 4: response and remission; well tolerated at 100 mg. Continue with weekly check-ins.");
        return journey();
    }

    public UUID registerPatient() {
        Map<String, Object> patient = Map.of(
                "givenName", givenName, "familyName", familyName, "dateOfBirth", "1987-03-14", "stateOfResidence", "CA",
                "email", givenName.toLowerCase() + "@example.org", "phone", "+1 916 555 0100",
                "shippingAddress", Map.of("line1", "500 Capitol Mall", "line2", "Apt 12", "city", "Sacramento", "state", "CA", "postalCode", "95814"),
                "emergencyContact", Map.of("name", "Kim " + familyName, "phone", "+1 916 555 0101", "relationship", "spouse"));
        JsonNode answer = api.post(endpoints.intake() + "/api/v1/patients", tokens.acme(), patient).expect("registering the patient");
        patientId = UUID.fromString(answer.path("patientId").asText());
        narrator.step("partner acme registered a patient (" + patientId + ", California)");
        return patientId;
    }

    public JsonNode submitIntake() {
        Map<String, Object> intake = new HashMap<>();
        intake.put("phq9", List.of(2, 2, 2, 2, 2, 2, 2, 2, 0));
        intake.put("gad7", List.of(2, 2, 2, 1, 1, 1, 1));
        intake.put("bloodPressure", Map.of("systolic", 124, "diastolic", 80));
        intake.put("conditions", List.of("MAJOR_DEPRESSIVE_DISORDER"));
        intake.put("otherConditions", "treatment-resistant depression: two SSRIs tried");
        intake.put("currentMedications", List.of(Map.of("medicationClass", "SSRI", "name", "sertraline", "dose", "100 mg")));
        intake.put("ketamineAllergy", false);
        intake.put("otherAllergies", List.of());
        intake.put("pregnantOrNursing", false);
        intake.put("substanceUse", Map.of("activeSubstanceUseDisorder", false, "alcoholDrinksPerWeek", 2));
        intake.put("sitter", Map.of("name", "Kim " + familyName, "adult", true));
        JsonNode answer = api.post(endpoints.intake() + "/api/v1/patients/" + patientId + "/intakes", tokens.acme(), intake)
                .expect("submitting the intake");
        intakeId = UUID.fromString(answer.path("intakeId").asText());
        JsonNode screening = answer.path("screening");
        narrator.step("intake screened: PHQ-9 " + screening.path("phq9").path("total").asInt() + " ("
                + words(screening.path("phq9").path("severity").asText()) + "), GAD-7 " + screening.path("gad7").path("total").asInt()
                + " (" + words(screening.path("gad7").path("severity").asText()) + "), "
                + (screening.path("flags").isEmpty() ? "no flags" : screening.path("flags").size() + " flag(s)"));
        return answer;
    }

    /** The clinician approves the intake after a video evaluation (adding the in-person record once the DEA flexibility has ended). */
    public JsonNode approveByVideo() {
        String clinician = clinician();
        Map<String, Object> approval = new HashMap<>(Map.of("decision", "APPROVE", "modality", "VIDEO",
                "notes", "Video evaluation: appropriate for at-home treatment; adult sitter confirmed."));
        String url = endpoints.intake() + "/api/v1/intakes/" + intakeId + "/evaluation";
        Answer answer = api.post(url, clinician, approval);
        if (answer.status() == 422 && answer.body().toString().contains("in-person-evaluation-required")) {
            narrator.detail("the DEA telemedicine flexibility has ended on the simulated clock: the in-person evaluation on record is added");
            approval.put("inPersonEvaluationOn", LocalDate.ofInstant(time.now(), ZoneOffset.UTC).minusDays(14).toString());
            answer = api.post(url, clinician, approval);
        }
        JsonNode evaluation = answer.expect("approving the intake");
        approvedAt = Instant.parse(evaluation.path("decidedAt").asText());
        JsonNode protocol = evaluation.path("protocol");
        narrator.step("dr.california approved by video: at most " + protocol.path("maxDoseMgPerSession").asInt() + " mg a session, "
                + protocol.path("minHoursBetweenSessions").asInt() + " h apart, sitter " + (protocol.path("sitterRequired").asBoolean() ? "required" : "optional")
                + ", blood pressure below " + protocol.path("bpLimitSystolic").asInt() + "/" + protocol.path("bpLimitDiastolic").asInt());
        return evaluation;
    }

    public JsonNode prescribe() {
        String clinician = clinician();
        String url = endpoints.prescription() + "/api/v1/prescriptions";
        Map<String, Object> order = Map.of(
                "patientId", patientId, "pharmacyId", PHARMACY, "strengthMg", STRENGTH_MG, "unitsPerSession", UNITS_PER_SESSION,
                "quantityPerFill", QUANTITY_PER_FILL, "refills", 2,
                "directions", "Dissolve 2 lozenges under the tongue at the start of a session, with your sitter present.");
        JsonNode prescription;
        if (announced(Arrivals.Expected.event("EvaluationApproved")).isPresent()) {
            // The approval is announced: prescribe at once. A 404 says only that prescription-service has not yet
            // consumed the same event (it creates nothing), so the order is sent again until it has.
            AtomicReference<String> lastAnswer = new AtomicReference<>("none");
            prescription = await("prescription-service learning of the approval", null, lastAnswer, () -> {
                Answer answer = api.post(url, clinician, order);
                lastAnswer.set(answer.status() + " " + answer.body());
                return answer.status() == 404 ? Optional.empty() : Optional.of(answer.expect("prescribing"));
            });
        } else {
            await("prescription-service learning of the approval", () -> okOrEmpty(
                    api.get(endpoints.prescription() + "/api/v1/patients/" + patientId + "/prescriptions", clinician)));
            prescription = api.post(url, clinician, order).expect("prescribing");
        }
        prescriptionId = UUID.fromString(prescription.path("prescriptionId").asText());
        narrator.step("dr.california prescribed ketamine HCl " + STRENGTH_MG + " mg lozenges, " + UNITS_PER_SESSION + " a session, "
                + QUANTITY_PER_FILL + " per fill, 2 refills, to pharmacy " + PHARMACY + " (DEA Schedule III)");
        return prescription;
    }

    /** Waits until the pharmacy has shipped and the delivery is signed for: session-service counts the units. */
    public JsonNode awaitDelivery() {
        Optional<JsonNode> delivered = announced(Arrivals.Expected.event("ShipmentDelivered"));
        if (delivered.isPresent()) {
            // The event says what was delivered; session-service counts the same event's units, and the first
            // session's gate check (startSession) reads them.
            narrator.step("pharmacy " + PHARMACY + " dispatched and delivered fill " + delivered.get().path("fillNumber").asInt() + ": "
                    + delivered.get().path("unitsDelivered").asInt() + " lozenges, signed for by an adult");
            return delivered.get();
        }
        AtomicReference<String> lastAnswer = new AtomicReference<>("none");
        JsonNode status = await("the signed delivery reaching session-service", null, lastAnswer, () -> {
            Answer answer = api.get(endpoints.session() + "/api/v1/patients/" + patientId + "/dosing-status", tokens.acme());
            lastAnswer.set(answer.status() + " " + answer.body());
            JsonNode dosing = answer.body();
            return dosing.path("unitsOnHand").asInt() >= QUANTITY_PER_FILL ? Optional.of(dosing) : Optional.empty();
        });
        narrator.step("pharmacy " + PHARMACY + " dispatched and delivered fill 1: " + status.path("unitsOnHand").asInt()
                + " lozenges on hand, signed for by an adult");
        return status;
    }

    public JsonNode completeOnboarding() {
        JsonNode checkIn = openCheckIn("ONBOARDING");
        JsonNode answer = complete(checkIn, Map.of("outcome", "CONTINUE",
                "notes", "Preparation: set and setting, sitter's role, what to do if it gets hard."));
        narrator.step("onboarding check-in completed by dr.california: treatment " + words(answer.path("treatmentStatus").asText()));
        return answer;
    }

    /** The pre-session safety check at home: blood pressure, an adult sitter, a safe place, no driving, nothing to drink. */
    public JsonNode startSession() {
        // the first session waits for the onboarding's completion; a later one for nothing new (time passed)
        await("the onboarding completion reaching session-service",
                sessions.isEmpty() ? Arrivals.Expected.event("CheckInCompleted", "ONBOARDING") : null, () -> {
            JsonNode dosing = api.get(endpoints.session() + "/api/v1/patients/" + patientId + "/dosing-status", tokens.acme()).body();
            return dosing.path("canStartNow").asBoolean() ? Optional.of(dosing) : Optional.empty();
        });
        JsonNode session = api.post(endpoints.session() + "/api/v1/patients/" + patientId + "/sessions", tokens.acme(), preSessionCheck(122, 78))
                .expect("starting a session");
        UUID sessionId = UUID.fromString(session.path("sessionId").asText());
        sessions.add(sessionId);
        narrator.step("session " + session.path("sessionNumber").asInt() + " started: the safety gate passed at 122/78 with an adult sitter");
        return session;
    }

    public JsonNode completeSession(UUID sessionId, int doseMg, int unitsUsed, int intensity, List<String> sideEffects, String journal) {
        Map<String, Object> log = new HashMap<>();
        log.put("doseMg", doseMg);
        log.put("unitsUsed", unitsUsed);
        log.put("onsetMinutes", 15);
        log.put("durationMinutes", 80);
        log.put("intensity", intensity);
        log.put("sideEffects", sideEffects);
        log.put("bloodPressureAfter", Map.of("systolic", 128, "diastolic", 82));
        log.put("moodBefore", 3);
        log.put("moodAfter", 6);
        log.put("journal", journal);
        JsonNode completed = api.post(endpoints.session() + "/api/v1/sessions/" + sessionId + "/completion", tokens.acme(), log)
                .expect("completing the session");
        narrator.step("session logged: " + doseMg + " mg (" + unitsUsed + " lozenge" + (unitsUsed > 1 ? "s" : "") + "), intensity "
                + intensity + "/10" + (sideEffects.isEmpty() ? "" : ", " + String.join(", ", sideEffects).toLowerCase())
                + "; the journal entry stays in session-service");
        return completed;
    }

    /** A second start right away: the gate refuses and says when it opens. */
    public JsonNode startTooSoon() {
        Answer answer = api.post(endpoints.session() + "/api/v1/patients/" + patientId + "/sessions", tokens.acme(), preSessionCheck(122, 78));
        if (answer.status() != 422) {
            throw new JourneyFailure("a second session right after the first answered " + answer.status() + ": " + answer.body());
        }
        narrator.step("a second start the same day is blocked (422), every reason given:");
        for (JsonNode reason : answer.body().path("errors")) {
            narrator.detail(reason.path("code").asText() + ": " + reason.path("message").asText());
        }
        if (answer.body().hasNonNull("retryAfter")) {
            narrator.detail("the gate opens again at " + answer.body().path("retryAfter").asText());
        }
        return answer.body();
    }

    /** The integration check-in after a session, with the clinician's decision. */
    public JsonNode completeIntegration(Map<String, Object> decision) {
        JsonNode checkIn = openCheckIn("INTEGRATION");
        JsonNode answer = complete(checkIn, decision);
        String outcome = decision.get("outcome").toString();
        narrator.step("integration check-in completed: " + outcome
                + (decision.containsKey("adjustment") ? " to " + ((Map<?, ?>) decision.get("adjustment")).get("doseMgPerSession") + " mg a session" : ""));
        return answer;
    }

    /** Waits until session-service applies the new dose (DosageAdjusted). */
    public JsonNode awaitDose(int doseMg) {
        Optional<JsonNode> adjusted = announced(Arrivals.Expected.event("DosageAdjusted"));
        if (adjusted.isPresent()) {
            // The event says the new dose; session-service applies the same event before the next session's gate check.
            int announced = adjusted.get().path("doseMgPerSession").asInt();
            if (announced != doseMg) {
                throw new JourneyFailure("the dose was adjusted to " + announced + " mg a session, not " + doseMg);
            }
            narrator.detail("DosageAdjusted announced " + announced + " mg a session from now on");
            return adjusted.get();
        }
        JsonNode dosing = await("the new dose reaching session-service", () -> {
            JsonNode status = api.get(endpoints.session() + "/api/v1/patients/" + patientId + "/dosing-status", tokens.acme()).body();
            return status.path("dosePerSessionMg").asInt() == doseMg ? Optional.of(status) : Optional.empty();
        });
        narrator.detail("session-service now allows " + dosing.path("dosePerSessionMg").asInt() + " mg ("
                + dosing.path("unitsPerSession").asInt() + " lozenge) a session");
        return dosing;
    }

    /** Lets time pass until the follow-up window opens (day 25 after approval). */
    public void advanceToFollowUp() {
        letTimePass(Duration.between(time.now(), approvedAt.plus(Duration.ofDays(25)).plus(Duration.ofHours(1))));
        narrator.step("day " + day(time.now()) + ": the follow-up window is open");
    }

    /**
     * Moves the simulated clock forward, completing on the way the WEEKLY check-ins that fall due, as the
     * clinician would (left alone, they would be marked missed).
     */
    public void letTimePass(Duration duration) {
        Instant target = time.now().plus(duration);
        while (true) {
            // where events arrive, the last completion's answer named the open WEEKLY check-in; else it is listed
            Optional<JsonNode> weekly = (arrivals.bringEvents() ? openWeekly() : openCheckInIfAny("WEEKLY"))
                    .filter(checkIn -> Instant.parse(checkIn.path("dueAt").asText()).isBefore(target));
            if (weekly.isEmpty()) {
                break;
            }
            time.advanceTo(Instant.parse(weekly.get().path("dueAt").asText()).minus(Duration.ofHours(2)));
            completeWeekly(weekly.get());
        }
        time.advanceTo(target);
    }

    /**
     * The WEEKLY check-in that the last ONBOARDING or WEEKLY completion scheduled, as that completion's answer named it
     * (the same id and due time as its CheckInScheduled event), while it is not completed; empty before the onboarding.
     */
    public Optional<JsonNode> openWeekly() {
        return Optional.ofNullable(openWeekly);
    }

    /** Completes the open WEEKLY check-in ({@link #openWeekly()}) as the clinician would: CONTINUE. */
    public JsonNode completeWeekly() {
        return completeWeekly(openWeekly().orElseThrow(() -> new JourneyFailure("no open WEEKLY check-in is known to complete")));
    }

    private JsonNode completeWeekly(JsonNode weekly) {
        JsonNode answer = complete(weekly, Map.of("outcome", "CONTINUE", "notes", "Weekly: stable mood, sessions going well."));
        narrator.step("weekly check-in completed on day " + day(time.now()) + ": CONTINUE");
        return answer;
    }

    public JsonNode followUp(List<Integer> phq9, List<Integer> gad7, String outcome, String rationale) {
        JsonNode checkIn = openCheckIn("FOLLOW_UP");
        JsonNode answer = complete(checkIn, Map.of("outcome", outcome, "phq9", phq9, "gad7", gad7, "rationale", rationale,
                "notes", "Week 4 follow-up by video."));
        JsonNode completion = answer.path("checkIn").path("completion");
        narrator.step("follow-up: PHQ-9 " + completion.path("phq9Total").asInt() + " (baseline 16), GAD-7 " + completion.path("gad7Total").asInt()
                + "; response " + yesNo(completion.path("response")) + ", remission " + yesNo(completion.path("remission"))
                + "; decision " + outcome);
        narrator.detail("rationale: " + rationale);
        return answer;
    }

    /** The patient's first month as checkin-service tells it, once it holds the follow-up. */
    public JsonNode journey() {
        return api.get(endpoints.checkin() + "/api/v1/patients/" + patientId + "/journey", tokens.acme()).expect("reading the journey");
    }

    /** Completes the check-in; the answer names the next WEEKLY one when this completion scheduled it. */
    private JsonNode complete(JsonNode checkIn, Map<String, Object> decision) {
        JsonNode answer = api.post(endpoints.checkin() + "/api/v1/checkins/" + checkIn.path("checkInId").asText() + "/completion", clinician(), decision)
                .expect("completing the " + checkIn.path("kind").asText() + " check-in");
        JsonNode weekly = openWeekly;
        if (weekly != null && weekly.path("checkInId").asText().equals(checkIn.path("checkInId").asText())) {
            openWeekly = null;
        }
        for (JsonNode scheduled : answer.path("scheduled")) {
            if (scheduled.path("kind").asText().equals("WEEKLY")) {
                openWeekly = scheduled;
            }
        }
        return answer;
    }

    /**
     * The open check-in of that kind: where events arrive, its CheckInScheduled event names it (id, kind and due time),
     * so nothing is listed; else the patient's check-ins are listed until it is there.
     */
    private JsonNode openCheckIn(String kind) {
        Optional<JsonNode> scheduled = announced(Arrivals.Expected.event("CheckInScheduled", kind));
        return scheduled.orElseGet(() -> await("an open " + kind + " check-in", () -> openCheckInIfAny(kind)));
    }

    /** The data of the next event as {@code expected} about this patient, once it arrived; empty where no events arrive. */
    private Optional<JsonNode> announced(Arrivals.Expected expected) {
        return arrivals.await(patientId, expected, patience);
    }

    /** Empty also while checkin-service has not yet learned of the patient's approval (404). */
    private Optional<JsonNode> openCheckInIfAny(String kind) {
        Answer answer = api.get(endpoints.checkin() + "/api/v1/patients/" + patientId + "/checkins?size=100", clinician());
        if (answer.status() == 404) {
            return Optional.empty();
        }
        JsonNode page = answer.expect("listing check-ins");
        JsonNode earliest = null;
        for (JsonNode checkIn : page.path("items")) {
            boolean open = List.of("SCHEDULED", "MISSED").contains(checkIn.path("status").asText());
            if (open && checkIn.path("kind").asText().equals(kind)
                    && (earliest == null || checkIn.path("dueAt").asText().compareTo(earliest.path("dueAt").asText()) < 0)) {
                earliest = checkIn;
            }
        }
        return Optional.ofNullable(earliest);
    }

    private Map<String, Object> preSessionCheck(int systolic, int diastolic) {
        Map<String, Object> check = new HashMap<>();
        check.put("bloodPressure", Map.of("systolic", systolic, "diastolic", diastolic));
        check.put("sitterPresent", true);
        check.put("sitterAdult", true);
        check.put("safeSetting", true);
        check.put("noDrivingAcknowledged", true);
        check.put("recentAlcohol", false);
        check.put("recentBenzodiazepines", false);
        return check;
    }

    private String clinician() {
        return tokens.user(DemoAccounts.DR_CALIFORNIA);
    }

    private long day(Instant at) {
        return Duration.between(approvedAt, at).toDays() + 1;
    }

    private static Optional<JsonNode> okOrEmpty(Answer answer) {
        return answer.ok() ? Optional.of(answer.body()) : Optional.empty();
    }

    private static String words(String code) {
        return code.toLowerCase().replace('_', ' ');
    }

    private static String yesNo(JsonNode value) {
        return value.asBoolean() ? "yes" : "no";
    }

    /** Polls until the other services have caught up (they learn through events), or fails once its patience is exhausted. */
    <T> T await(String what, Supplier<Optional<T>> condition) {
        return await(what, null, new AtomicReference<>(null), condition);
    }

    /** As {@link #await(String, Supplier)}, after the {@code expected} event arrived (when not null and the arrivals bring events). */
    <T> T await(String what, Arrivals.Expected expected, Supplier<Optional<T>> condition) {
        return await(what, expected, new AtomicReference<>(null), condition);
    }

    /**
     * As {@link #await(String, Arrivals.Expected, Supplier)}; a failure also says the last answer seen, so a stuck
     * journey can be diagnosed. After the event arrived the state is usually there at the first read; if the service
     * that serves it has not yet consumed the same event, it is read again until it is.
     */
    <T> T await(String what, Arrivals.Expected expected, AtomicReference<String> lastAnswer, Supplier<Optional<T>> condition) {
        if (expected != null) {
            arrivals.await(patientId, expected, patience);
        }
        Instant began = Instant.now();
        while (true) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (patience.exhausted(began)) {
                throw new JourneyFailure("waited " + Duration.between(began, Instant.now()).toSeconds() + " s for " + what
                        + (lastAnswer.get() == null ? "" : "; the last answer: " + lastAnswer.get()));
            }
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JourneyFailure("interrupted while waiting for " + what);
            }
        }
    }
}
