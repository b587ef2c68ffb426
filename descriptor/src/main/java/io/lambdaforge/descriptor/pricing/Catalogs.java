package io.lambdaforge.descriptor.pricing;

import java.math.BigDecimal;

/** Checks shared by the catalog records. */
final class Catalogs {
  private Catalogs() {}

  static <T> T notNull(T value, String what) {
    if (value == null) {
      throw new IllegalArgumentException("pricing catalog: " + what + " is missing");
    }
    return value;
  }

  static BigDecimal nonNegative(BigDecimal value, String what) {
    if (notNull(value, what).signum() < 0) {
      throw new IllegalArgumentException("pricing catalog: " + what + " must not be negative");
    }
    return value;
  }

  static BigDecimal positive(BigDecimal value, String what) {
    if (notNull(value, what).signum() <= 0) {
      throw new IllegalArgumentException("pricing catalog: " + what + " must be positive");
    }
    return value;
  }
}
