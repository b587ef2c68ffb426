package io.lambdaforge.descriptor.pricing;

import io.lambdaforge.descriptor.model.Architecture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * AWS Lambda on-demand, storage and provisioned-concurrency prices.
 *
 * @param requestPricePerMillion price of one million requests
 * @param billingGranularityMs duration rounding of the current price model (1 ms)
 * @param durationTiers per architecture ({@code x86_64}, {@code arm64}): tiers over the aggregate
 *     monthly GB-seconds, price per GB-second
 * @param freeTier the monthly always-free allowance, once per account
 * @param ephemeralStorage storage above the included size, per GB-second
 * @param provisionedConcurrency per architecture
 */
public record LambdaPrices(
    BigDecimal requestPricePerMillion,
    int billingGranularityMs,
    Map<String, List<PriceTier>> durationTiers,
    FreeTier freeTier,
    EphemeralStorage ephemeralStorage,
    Map<String, ProvisionedConcurrencyRates> provisionedConcurrency) {

  public LambdaPrices {
    Catalogs.nonNegative(requestPricePerMillion, "lambda.requestPricePerMillion");
    if (billingGranularityMs < 1) {
      throw new IllegalArgumentException(
          "pricing catalog: lambda.billingGranularityMs must be >= 1");
    }
    Map<String, List<PriceTier>> tiers = new TreeMap<>();
    for (Architecture a : Architecture.values()) {
      tiers.put(a.samName(), PriceTier.checkTiers(
          Catalogs.notNull(durationTiers, "lambda.durationTiers").get(a.samName()),
          "lambda.durationTiers." + a.samName()));
    }
    durationTiers = Map.copyOf(tiers);
    Catalogs.notNull(freeTier, "lambda.freeTier");
    Catalogs.notNull(ephemeralStorage, "lambda.ephemeralStorage");
    Map<String, ProvisionedConcurrencyRates> pc = new TreeMap<>();
    for (Architecture a : Architecture.values()) {
      pc.put(a.samName(), Catalogs.notNull(
          Catalogs.notNull(provisionedConcurrency, "lambda.provisionedConcurrency")
              .get(a.samName()),
          "lambda.provisionedConcurrency." + a.samName()));
    }
    provisionedConcurrency = Map.copyOf(pc);
  }

  /** The duration tiers of one architecture. */
  public List<PriceTier> durationTiers(Architecture architecture) {
    return durationTiers.get(architecture.samName());
  }

  /** The provisioned-concurrency rates of one architecture. */
  public ProvisionedConcurrencyRates provisionedConcurrency(Architecture architecture) {
    return provisionedConcurrency.get(architecture.samName());
  }

  /** Monthly always-free allowance: requests and GB-seconds, shared by x86 and arm64. */
  public record FreeTier(long requests, BigDecimal gbSeconds) {
    public FreeTier {
      if (requests < 0) {
        throw new IllegalArgumentException("pricing catalog: lambda.freeTier.requests < 0");
      }
      Catalogs.nonNegative(gbSeconds, "lambda.freeTier.gbSeconds");
    }
  }

  /** Ephemeral storage: {@code includedMb} are free, the rest is billed per GB-second. */
  public record EphemeralStorage(int includedMb, BigDecimal pricePerGbSecond) {
    public EphemeralStorage {
      Catalogs.nonNegative(pricePerGbSecond, "lambda.ephemeralStorage.pricePerGbSecond");
    }
  }

  /** Provisioned concurrency: configured concurrency and the duration while enabled, per GB-s. */
  public record ProvisionedConcurrencyRates(
      BigDecimal concurrencyPerGbSecond, BigDecimal durationPerGbSecond) {
    public ProvisionedConcurrencyRates {
      Catalogs.nonNegative(concurrencyPerGbSecond, "provisionedConcurrency.concurrencyPerGbSecond");
      Catalogs.nonNegative(durationPerGbSecond, "provisionedConcurrency.durationPerGbSecond");
    }
  }
}
