package io.lambdaforge.processor.model;

import java.util.Objects;

/**
 * The {@code @Prime} method of a function's class, which a SnapStart adapter calls before the
 * snapshot ({@code io.lambdaforge.annotations.Prime}).
 *
 * @param methodName the method's name
 * @param isStatic whether it is static (otherwise it is called on the function's instance)
 */
public record PrimeModel(String methodName, boolean isStatic) {
  public PrimeModel {
    Objects.requireNonNull(methodName, "methodName");
  }
}
