package org.stillwater.fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI FHIR's instance validator against the R4 base specification (structure, cardinality, invariants, the
 * base profiles such as vital signs, and the bindings of FHIR's own code systems). LOINC, RxNorm and the
 * Stillwater code systems are not available offline: codes of those are reported as warnings, never errors.
 */
public final class R4Validator {

    private static final FhirValidator VALIDATOR = create();

    private R4Validator() {
    }

    private static FhirValidator create() {
        var context = FhirJson.context();
        UnknownCodeSystemWarningValidationSupport unknownCodeSystems = new UnknownCodeSystemWarningValidationSupport(context);
        unknownCodeSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context),
                unknownCodeSystems);
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        return context.newValidator().registerValidatorModule(instanceValidator);
    }

    /** The errors (and fatal errors) the validator finds in the resource as a client reads it: its JSON. */
    public static List<String> errors(IBaseResource resource) {
        return errors(FhirJson.encode(resource));
    }

    /** The errors (and fatal errors) the validator finds in a resource's JSON (a Bundle's entries included). */
    public static List<String> errors(String json) {
        ValidationResult result = VALIDATOR.validateWithResult(json);
        return result.getMessages().stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL)
                .map(R4Validator::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage message) {
        return message.getSeverity() + " at " + message.getLocationString() + ": " + message.getMessage();
    }
}
