package io.distconnect.orchestrator.api;

import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UnknownUnitException;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A unit-of-measure code the canonical model knows (EA, CS, KG, or an alias such as PCE, C62). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidUnit.Validator.class)
public @interface ValidUnit {
  String message() default "is not a known unit of measure";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Accepts null (use @NotBlank to require a value). */
  class Validator implements ConstraintValidator<ValidUnit, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      try {
        UnitOfMeasure.parse(value);
        return true;
      } catch (UnknownUnitException e) {
        return false;
      }
    }
  }
}
