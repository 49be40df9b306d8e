package org.stillwater.edge.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A two-letter US state code (upper case), e.g. {@code CA}. Null is left to {@code @NotNull}. */
@Constraint(validatedBy = UsState.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface UsState {

    String message() default "must be a two-letter US state code such as CA";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<UsState, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || UsStates.isState(value);
        }
    }
}
