package io.lambdaforge.examples.worker;

import com.amazonaws.services.lambda.runtime.Context;
import io.lambdaforge.annotations.Function;
import io.lambdaforge.annotations.Traffic;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A worker invoked directly through the SDK: reprices a catalogue by a percentage. */
public class RepriceWorker {

  /** One item and its current price. */
  public record Item(String sku, BigDecimal price) {}

  /** The request: items and the change in percent (negative for a discount). */
  public record RepriceRequest(List<Item> items, BigDecimal percent) {}

  /** The repriced items and who did the work. */
  public record RepriceResult(List<Item> items, int count, String requestId) {}

  // A nightly batch: the timeout leaves room for large catalogues, the budget covers the usual run.
  @SuppressWarnings("lambdaforge:budget-worst-case")
  @Function(
      memory = 2048,
      timeout = 120,
      architecture = io.lambdaforge.annotations.Architecture.ARM64,
      ephemeralStorage = 1024,
      description = "Reprices catalogue items; invoked by the nightly pricing job",
      traffic = @Traffic(invocationsPerMonth = 90_000, averageDurationMs = 850),
      monthlyBudgetUsd = 10)
  public RepriceResult reprice(RepriceRequest request, Context context) {
    if (request == null || request.items() == null || request.percent() == null) {
      throw new IllegalArgumentException("items and percent are required");
    }
    BigDecimal factor = BigDecimal.ONE.add(request.percent().movePointLeft(2));
    List<Item> repriced = request.items().stream()
        .map(item -> new Item(item.sku(), item.price().multiply(factor).setScale(2, RoundingMode.HALF_EVEN)))
        .toList();
    return new RepriceResult(repriced, repriced.size(), context == null ? null : context.getAwsRequestId());
  }
}
