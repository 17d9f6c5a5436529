package com.ocpizza.auth.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A new password: 12 to 128 characters, and not one of the {@link CommonPasswords}. */
@Documented
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

  int MIN_LENGTH = 12;
  int MAX_LENGTH = 128;

  String message() default "must have 12 to 128 characters and not be a commonly used password";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks length and the common-password list (a Spring bean, so it gets the list injected). */
  class Validator implements ConstraintValidator<AcceptablePassword, String> {

    private final CommonPasswords commonPasswords;

    Validator(CommonPasswords commonPasswords) {
      this.commonPasswords = commonPasswords;
    }

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
      if (password == null) {
        return false;
      }
      int length = password.codePointCount(0, password.length());
      return length >= MIN_LENGTH && length <= MAX_LENGTH && !commonPasswords.contains(password);
    }
  }
}
