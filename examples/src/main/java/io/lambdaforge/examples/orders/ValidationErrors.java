package io.lambdaforge.examples.orders;

import java.util.List;

/** The 400 body of a create or update that does not validate: the same shape as a binding error. */
public record ValidationErrors(String message, List<String> errors) {
  static ValidationErrors of(List<String> errors) {
    return new ValidationErrors("Bad Request", errors);
  }
}
