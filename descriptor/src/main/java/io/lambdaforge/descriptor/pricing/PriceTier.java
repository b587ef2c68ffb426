package io.lambdaforge.descriptor.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * One step of a tiered price: {@code price} applies to the quantity up to the cumulative threshold
 * {@code upTo} ({@code null} = no upper bound, only allowed on the last tier). Lambda duration
 * tiers count GB-seconds with a price per GB-second; API Gateway tiers count requests with a price
 * per million requests.
 */
public record PriceTier(BigDecimal upTo, BigDecimal price) {

  public PriceTier {
    Catalogs.nonNegative(price, "tier price");
    if (upTo != null && upTo.signum() <= 0) {
      throw new IllegalArgumentException("tier upTo must be positive, got " + upTo);
    }
  }

  /**
   * The cost of {@code quantity} units priced through {@code tiers} from zero: each unit is charged
   * at the price of the tier it falls in.
   */
  public static BigDecimal cost(List<PriceTier> tiers, BigDecimal quantity) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal lower = BigDecimal.ZERO;
    for (PriceTier tier : tiers) {
      if (quantity.compareTo(lower) <= 0) {
        break;
      }
      BigDecimal upper = tier.upTo == null ? quantity : tier.upTo.min(quantity);
      total = total.add(upper.subtract(lower).multiply(tier.price));
      lower = upper;
    }
    return total;
  }

  static List<PriceTier> checkTiers(List<PriceTier> tiers, String what) {
    if (tiers == null || tiers.isEmpty()) {
      throw new IllegalArgumentException(what + " needs at least one tier");
    }
    BigDecimal previous = BigDecimal.ZERO;
    for (int i = 0; i < tiers.size(); i++) {
      PriceTier t = Catalogs.notNull(tiers.get(i), what + " tier");
      boolean last = i == tiers.size() - 1;
      if (last != (t.upTo == null)) {
        throw new IllegalArgumentException(
            what + ": only the last tier has \"upTo\": null (no upper bound)");
      }
      if (!last && t.upTo.compareTo(previous) <= 0) {
        throw new IllegalArgumentException(what + ": tier thresholds must increase");
      }
      previous = last ? previous : t.upTo;
    }
    return List.copyOf(tiers);
  }
}
