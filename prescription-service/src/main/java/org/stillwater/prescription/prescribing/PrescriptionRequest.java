package org.stillwater.prescription.prescribing;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinician's prescription of ketamine HCl sublingual lozenges (RxNorm 6130, Schedule III). */
public record PrescriptionRequest(
        @NotNull @Schema(description = "a patient with an approved evaluation") UUID patientId,
        @NotBlank @Size(max = 64) @Schema(description = "a pharmacy of GET /api/v1/pharmacies licensed in the patient's state") String pharmacyId,
        @NotNull @Min(1) @Max(1000) @Schema(description = "mg per lozenge") Integer strengthMg,
        @NotNull @Min(1) @Max(10) @Schema(description = "lozenges per session; strength × units is the dose per session, within the protocol's maximum") Integer unitsPerSession,
        @NotNull @Min(1) @Max(100) @JsonAlias("quantity") @Schema(description = "lozenges per fill (also accepted as quantity)") Integer quantityPerFill,
        @NotNull @Min(0) @JsonAlias("refillsAuthorized") @Schema(description = "0 to 5 (Schedule III)") Integer refills,
        @NotBlank @Size(max = 1000) @Schema(description = "the directions for use printed on the label") String directions) {
}
