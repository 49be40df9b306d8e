package org.stillwater.intake.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.r4.model.Bundle;
import org.jboss.logging.Logger;
import org.stillwater.edge.audit.CorrelationId;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.fhir.FhirJson;

/**
 * The patient's records the three other services own, for {@code Patient/{id}/$everything}: their FHIR searches,
 * called with the caller's own token (and correlation id), so each service applies its own scoping and writes
 * its own audit rows. A service that does not answer, or answers anything but a Bundle or 404 (it holds nothing
 * of the patient, e.g. not approved yet), fails the whole request with 503: an export that silently leaves out a
 * prescription or an adverse event would be worse than none.
 */
@ApplicationScoped
public class OtherServicesRecords {

    private static final Logger LOG = Logger.getLogger(OtherServicesRecords.class);
    private static final Pattern SANE_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private record Search(String service, String base, String type) {
    }

    private final List<Search> searches;
    private final Duration timeout;
    private final HttpClient http;

    OtherServicesRecords(@ConfigProperty(name = "stillwater.fhir.prescription-url") String prescription,
                         @ConfigProperty(name = "stillwater.fhir.session-url") String session,
                         @ConfigProperty(name = "stillwater.fhir.checkin-url") String checkin,
                         @ConfigProperty(name = "stillwater.fhir.everything-timeout") Duration timeout) {
        this.searches = List.of(
                new Search("prescription-service", prescription, "MedicationRequest"),
                new Search("prescription-service", prescription, "MedicationDispense"),
                new Search("session-service", session, "AdverseEvent"),
                new Search("session-service", session, "Observation"),
                new Search("checkin-service", checkin, "Encounter"),
                new Search("checkin-service", checkin, "Observation"),
                new Search("checkin-service", checkin, "QuestionnaireResponse"));
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * Every entry of the other services' searches for the patient, in a fixed order (by service and type).
     *
     * @param authorization the caller's {@code Authorization} header, as it reached this service
     * @throws ProblemException 503 {@code fhir-source-unavailable} naming the service that failed
     */
    public List<Bundle.BundleEntryComponent> of(UUID patientId, String authorization, String correlationId) {
        List<CompletableFuture<List<Bundle.BundleEntryComponent>>> answers = searches.stream()
                .map(search -> search(search, patientId, authorization, correlationId)).toList();
        List<Bundle.BundleEntryComponent> entries = new ArrayList<>();
        for (CompletableFuture<List<Bundle.BundleEntryComponent>> answer : answers) {
            try {
                entries.addAll(answer.join());
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof ProblemException problem ? problem : unavailable("a service", failed.getCause());
            }
        }
        return entries;
    }

    private CompletableFuture<List<Bundle.BundleEntryComponent>> search(Search search, UUID patientId, String authorization,
                                                                        String correlationId) {
        URI uri = URI.create(search.base() + "/" + search.type() + "?patient="
                + URLEncoder.encode("Patient/" + patientId, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", FhirJson.MEDIA_TYPE)
                .header("Authorization", authorization);
        Optional.ofNullable(correlationId).filter(id -> SANE_CORRELATION_ID.matcher(id).matches())
                .ifPresent(id -> request.header(CorrelationId.HEADER, id));
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw unavailable(search.service(), failure);
                    }
                    if (response.statusCode() == 404) {
                        return List.of();
                    }
                    if (response.statusCode() != 200) {
                        throw unavailable(search.service(), new IllegalStateException(search.type() + " search answered " + response.statusCode()));
                    }
                    return FhirJson.parse(Bundle.class, response.body()).getEntry();
                });
    }

    private static ProblemException unavailable(String service, Throwable cause) {
        LOG.warnf("Patient/$everything: %s did not answer (%s)", service, cause.toString());
        return new ProblemException(503, "fhir-source-unavailable", "Service unavailable",
                service + " did not answer; $everything answers only with every record, try again shortly", List.of());
    }
}
