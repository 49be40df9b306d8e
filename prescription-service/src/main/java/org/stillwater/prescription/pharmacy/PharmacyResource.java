package org.stillwater.prescription.pharmacy;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "pharmacies")
public class PharmacyResource {

    @Inject
    Pharmacies pharmacies;

    @GET
    @Path("/pharmacies")
    @Authenticated
    @Operation(summary = "The pharmacies prescriptions may be sent to: id, name, DEA registration, licensed states")
    public List<Pharmacy> list() {
        return pharmacies.all();
    }
}
