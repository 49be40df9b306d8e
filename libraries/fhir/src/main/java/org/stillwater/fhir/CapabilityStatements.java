package org.stillwater.fhir;

import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;

/** What a service's {@code /fhir/r4} answers, as its {@code metadata} CapabilityStatement. */
public final class CapabilityStatements {

    private static final String PATIENT_EVERYTHING = "http://hl7.org/fhir/OperationDefinition/Patient-everything";

    private CapabilityStatements() {
    }

    /**
     * One resource type a service serves.
     *
     * @param readable whether {@code [type]/{id}} is read (else only searched)
     */
    public record Served(String type, boolean readable, String documentation) {
    }

    /**
     * @param service  the serving service (e.g. {@code prescription-service})
     * @param base     the absolute FHIR base of the service
     * @param released when this statement was last changed (the service's build)
     */
    public static CapabilityStatement capabilityStatement(String service, String base, Instant released, List<Served> served) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDateElement(Times.dateTime(released));
        statement.setPublisher("Stillwater");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("Stillwater " + service);
        statement.getImplementation().setDescription("Stillwater " + service + ": read-only FHIR R4 for EHRs and payers").setUrl(base);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Read-only. The same OAuth2 bearer tokens (Keycloak realm stillwater, audience stillwater), "
                + "the same scoping (a patient, their partner, a clinician licensed in their state) and the same HIPAA audit "
                + "as the service's /api/v1. A record the caller may not see is 404.");
        rest.getSecurity().addService(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")));
        rest.getSecurity().setDescription("OAuth2 bearer token from the Keycloak realm stillwater");
        for (Served type : served) {
            CapabilityStatementRestResourceComponent resource = rest.addResource();
            resource.setType(type.type());
            resource.setProfile("http://hl7.org/fhir/StructureDefinition/" + type.type());
            resource.setDocumentation(type.documentation());
            if (type.readable()) {
                resource.addInteraction().setCode(TypeRestfulInteraction.READ);
            }
            if (!type.type().equals("Patient")) {
                resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
                resource.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE)
                        .setDocumentation("required: the patient whose records are listed (Patient/{id} or {id})");
            }
            if (type.type().equals("Patient")) {
                resource.addOperation().setName("everything").setDefinition(PATIENT_EVERYTHING);
            }
        }
        return statement;
    }
}
