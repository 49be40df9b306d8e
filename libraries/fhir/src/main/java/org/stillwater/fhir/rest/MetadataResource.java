package org.stillwater.fhir.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.security.Role;
import org.stillwater.fhir.CapabilityStatements;
import org.stillwater.fhir.FhirJson;

/**
 * {@code GET /fhir/r4/metadata}: the service's CapabilityStatement, listing the FHIR types it serves
 * ({@link FhirTypes}). Asks for a token like everything else the service answers (any Stillwater role).
 */
@Path(FhirRequests.BASE_PATH + "/metadata")
@Tag(name = "FHIR R4")
public class MetadataResource {

    /** When the shape of the FHIR API last changed, the CapabilityStatement's date. */
    static final Instant RELEASED = Instant.parse("2026-11-30T00:00:00Z");

    @Inject
    FhirTypes types;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @GET
    @Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.PARTNER_ROLE, Role.PATIENT_ROLE, Role.CLINICIAN_ROLE, Role.PHARMACIST_ROLE, Role.OPS_ROLE})
    @Operation(summary = "The FHIR R4 CapabilityStatement of this service: the resource types it serves, read-only")
    @APIResponse(responseCode = "200", description = "a CapabilityStatement",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response metadata(@Context UriInfo uri) {
        return Response.ok(CapabilityStatements.capabilityStatement(service, FhirRequests.base(uri), RELEASED, types.served())).build();
    }
}
