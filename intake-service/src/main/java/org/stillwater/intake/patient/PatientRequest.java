package org.stillwater.intake.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stillwater.edge.validation.UsState;

/** What a partner sends to register a patient. Text fields have documented upper limits. */
@Schema(description = "A patient to register. partnerId is taken from a partner's token; ops must name it.")
public record PatientRequest(
        @Schema(description = "ops only: the partner the patient belongs to") @Size(max = 64) String partnerId,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull @Past LocalDate dateOfBirth,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{7,20}", message = "must be a phone number") String phone,
        @NotNull @UsState @Schema(description = "two-letter US state code") String stateOfResidence,
        @NotNull @Valid Address shippingAddress,
        @NotNull @Valid EmergencyContact emergencyContact) {

    public record Address(
            @NotBlank @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String city,
            @NotNull @UsState String state,
            @NotNull @Pattern(regexp = "[0-9]{5}(-[0-9]{4})?", message = "must be a US ZIP code") String postalCode) {
    }

    public record EmergencyContact(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "\\+?[0-9 ()-]{7,20}", message = "must be a phone number") String phone,
            @NotBlank @Size(max = 50) String relationship) {
    }
}
