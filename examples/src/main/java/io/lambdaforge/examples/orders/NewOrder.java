package io.lambdaforge.examples.orders;

import io.lambdaforge.examples.orders.data.OrderLine;
import java.util.ArrayList;
import java.util.List;

/** The body of a create or update request. */
public record NewOrder(String customer, List<OrderLine> lines) {

  /** Every problem with this request, empty when it is valid. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (customer == null || customer.isBlank()) {
      problems.add("customer is required");
    }
    if (lines == null || lines.isEmpty()) {
      problems.add("at least one line is required");
    } else {
      for (int i = 0; i < lines.size(); i++) {
        OrderLine line = lines.get(i);
        if (line == null) {
          problems.add("lines[" + i + "] is required");
          continue;
        }
        if (line.sku() == null || line.sku().isBlank()) {
          problems.add("lines[" + i + "].sku is required");
        }
        if (line.quantity() < 1) {
          problems.add("lines[" + i + "].quantity must be at least 1");
        }
        if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
          problems.add("lines[" + i + "].unitPrice must be zero or more");
        }
      }
    }
    return problems;
  }
}
