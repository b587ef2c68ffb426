package io.lambdaforge.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * An exception type in a function's {@code throws} clause, with the error name a Step Functions
 * state matches it by.
 *
 * @param type the exception type
 * @param binaryName its binary name, the {@code errorType} Lambda reports when it is thrown as is
 * @param errorName its {@code @ErrorName}, or its simple name when it has none
 * @param annotated whether the name comes from {@code @ErrorName}
 */
public record DeclaredError(TypeName type, String binaryName, String errorName, boolean annotated) {
  public DeclaredError {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(binaryName, "binaryName");
    Objects.requireNonNull(errorName, "errorName");
  }

  /** Whether the thrown class itself already reports {@link #errorName} (its binary name is it). */
  public boolean reportsItsName() {
    return binaryName.equals(errorName);
  }
}
