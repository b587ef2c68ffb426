package io.lambdaforge.examples.saga;

import io.lambdaforge.annotations.ErrorName;

/**
 * The order cannot be taken (no lines, a bad quantity). Step Functions sees it as {@code
 * OrderRejected}, whatever this class is called or wherever it moves.
 */
@ErrorName("OrderRejected")
public class OrderRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  public OrderRejectedException(String message) {
    super(message);
  }
}
