package io.lambdaforge.descriptor.cost;

import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.pricing.LambdaPrices;
import io.lambdaforge.descriptor.pricing.PriceTier;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Prices a set of {@link Usage}s together: duration tiers over the aggregate GB-seconds per
 * architecture, each source family's charges over its aggregate quantities ({@link FamilyCosts}),
 * and for totals the Lambda free tier once.
 */
final class Pricer {
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private final PricingCatalog catalog;

  Pricer(PricingCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The line items of {@code usages} together; {@code totals} applies the free tier and has the
   * families carry their fixed charges whole.
   */
  CostLines price(List<Usage> usages, FamilyCosts families, boolean totals) {
    LambdaPrices lambda = catalog.lambda();
    BigDecimal requests = BigDecimal.ZERO;
    BigDecimal storage = BigDecimal.ZERO;
    BigDecimal pc = BigDecimal.ZERO;
    Map<Architecture, BigDecimal> gbSeconds = new EnumMap<>(Architecture.class);
    for (Architecture a : Architecture.values()) {
      gbSeconds.put(a, BigDecimal.ZERO);
    }
    for (Usage u : usages) {
      requests = requests.add(u.requests());
      gbSeconds.merge(u.architecture(), u.onDemandGbSeconds(), BigDecimal::add);
      storage = storage.add(u.storageGbSeconds());
      LambdaPrices.ProvisionedConcurrencyRates rates =
          lambda.provisionedConcurrency(u.architecture());
      pc = pc.add(u.pcConcurrencyGbSeconds().multiply(rates.concurrencyPerGbSecond()))
          .add(u.pcDurationGbSeconds().multiply(rates.durationPerGbSecond()));
    }

    BigDecimal compute = BigDecimal.ZERO;
    for (Architecture a : Architecture.values()) {
      compute = compute.add(PriceTier.cost(lambda.durationTiers(a), gbSeconds.get(a)));
    }
    BigDecimal freeTier = totals ? freeTierCredit(requests, gbSeconds) : BigDecimal.ZERO;
    CostLines family = families.price(families.sum(usages), totals);
    return new CostLines(
        requestCost(requests),
        compute,
        storage.multiply(lambda.ephemeralStorage().pricePerGbSecond()),
        pc,
        family.apiGateway(),
        family.albCapacity(),
        family.albFixed(),
        freeTier);
  }

  private BigDecimal requestCost(BigDecimal requests) {
    return requests.multiply(catalog.lambda().requestPricePerMillion()).divide(MILLION);
  }

  /**
   * The free tier as a credit (zero or negative): free requests at the request price, free
   * GB-seconds taken off the x86 aggregate first (the dearer architecture), the rest off arm64,
   * each valued at the tier prices they would otherwise have been billed at.
   */
  private BigDecimal freeTierCredit(
      BigDecimal requests, Map<Architecture, BigDecimal> gbSeconds) {
    LambdaPrices.FreeTier free = catalog.lambda().freeTier();
    BigDecimal credit = requestCost(requests.min(BigDecimal.valueOf(free.requests())));
    BigDecimal freeLeft = free.gbSeconds();
    for (Architecture a : List.of(Architecture.X86_64, Architecture.ARM64)) {
      BigDecimal used = gbSeconds.get(a);
      BigDecimal covered = used.min(freeLeft);
      List<PriceTier> tiers = catalog.lambda().durationTiers(a);
      credit = credit.add(
          PriceTier.cost(tiers, used).subtract(PriceTier.cost(tiers, used.subtract(covered))));
      freeLeft = freeLeft.subtract(covered);
    }
    return credit.negate();
  }
}
