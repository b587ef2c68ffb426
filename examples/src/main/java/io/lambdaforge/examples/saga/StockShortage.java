package io.lambdaforge.examples.saga;

import io.lambdaforge.annotations.ErrorName;

/** Not enough units of a SKU: retryable once the warehouse restocks. Step Functions sees {@code OutOfStock}. */
@ErrorName("OutOfStock")
public class StockShortage extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StockShortage(String message) {
    super(message);
  }
}
