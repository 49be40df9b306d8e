package org.stillwater.prescription.prescribing;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PageRequest;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.Role;
import org.stillwater.prescription.patient.ApprovedPatient;
import org.stillwater.prescription.patient.Patients;

/** A patient's prescriptions, page by page (one prescription and its writes are {@link PrescriptionResource}). */
@Path("/api/v1")
@Tag(name = "prescriptions")
public class PatientPrescriptionsResource {

    @Inject
    Patients patients;

    @Inject
    PrescriptionViews views;

    @GET
    @Path("/patients/{patientId}/prescriptions")
    @RolesAllowed({Role.PATIENT_ROLE, Role.PARTNER_ROLE, Role.CLINICIAN_ROLE})
    @Operation(summary = "A patient's prescriptions, newest first (size 1–100)")
    public PagedList<PrescriptionView> list(@PathParam("patientId") String patientId, @BeanParam PageParameters pages) {
        UUID id = Ids.uuid("patientId", patientId);
        PageRequest paging = pages.request();
        ApprovedPatient patient = patients.visible(id);
        var query = Prescription.<Prescription>find("patientId", Sort.descending("issuedAt").and("id"), patient.id);
        List<PrescriptionView> items = query.page(Page.of(paging.page(), paging.size())).list().stream()
                .map(prescription -> views.of(prescription, patient)).toList();
        return new PagedList<>(items, paging.page(), paging.size(), query.count());
    }
}
