package org.stillwater.edge.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.stillwater.vitals.BloodPressurePlausibility;
import org.stillwater.vitals.BloodPressurePlausibility.Implausibility;

/**
 * A {@link BloodPressureReading} the plausibility rule accepts. Each reason becomes its own violation, on the
 * value it concerns, with the rule's code ({@code out-of-range}, {@code implausible-reading}) as the problem's code.
 */
@Constraint(validatedBy = PlausibleBloodPressure.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleBloodPressure {

    String message() default "must be a plausible blood pressure reading";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleBloodPressure, BloodPressureReading> {
        @Override
        public boolean isValid(BloodPressureReading reading, ConstraintValidatorContext context) {
            if (reading == null) {
                return true;
            }
            var reasons = BloodPressurePlausibility.check(reading.systolic(), reading.diastolic());
            if (reasons.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            for (Implausibility reason : reasons) {
                hibernate.withDynamicPayload(reason.code());
                var violation = hibernate.buildConstraintViolationWithTemplate(escaped(reason.message()));
                if (reason.component().isEmpty()) {
                    violation.addConstraintViolation();
                } else {
                    violation.addPropertyNode(reason.component()).addConstraintViolation();
                }
            }
            return false;
        }

        /** The rule's message as literal text, not an expression-language template. */
        private static String escaped(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
