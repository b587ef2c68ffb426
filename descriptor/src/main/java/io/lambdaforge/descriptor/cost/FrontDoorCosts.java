package io.lambdaforge.descriptor.cost;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What each HTTP front door would cost a month if it carried all of one function's HTTP traffic
 * (the function alone: its own API Gateway tiers, its own CloudFront allowance, its share of the
 * ALB's hourly charge), and whether it would serve the function's routes with the same features.
 * Every door can serve any route: a gateway routes by method and path, and an ALB or function URL
 * hands every request to the adapter, which routes. The assumptions are in
 * docs/descriptor-and-cost.md ("Front doors").
 *
 * @param httpInvocations the function's monthly invocations through its HTTP triggers
 * @param options one per front door, in {@link Door} order
 */
public record FrontDoorCosts(BigDecimal httpInvocations, List<Option> options) {

  /** The front doors compared. */
  public enum Door {
    HTTP_API("HTTP API"),
    REST_API("REST API"),
    ALB("ALB share"),
    FUNCTION_URL("Function URL"),
    FUNCTION_URL_CLOUDFRONT("Function URL + CloudFront");

    private final String label;

    Door(String label) {
      this.label = label;
    }

    /** The name in reports and notes. */
    public String label() {
      return label;
    }
  }

  /**
   * One front door.
   *
   * @param door which
   * @param monthlyUsd its monthly charge for all the function's HTTP traffic
   * @param inUse whether the function's triggers use it today
   * @param unavailable why it would not serve the same features, empty when it would
   */
  public record Option(Door door, BigDecimal monthlyUsd, boolean inUse, String unavailable) {
    public Option {
      Objects.requireNonNull(door, "door");
      Objects.requireNonNull(monthlyUsd, "monthlyUsd");
      unavailable = unavailable == null ? "" : unavailable;
    }

    /** Whether it would serve the function's routes with the same features. */
    public boolean servesSameFeatures() {
      return unavailable.isEmpty();
    }
  }

  /**
   * A cheaper front door than the one in use.
   *
   * @param current the door in use
   * @param cheaper the cheapest door that serves the same routes and features
   * @param monthlySaving what moving saves a month
   */
  public record Saving(Option current, Option cheaper, BigDecimal monthlySaving) {}

  public FrontDoorCosts {
    Objects.requireNonNull(httpInvocations, "httpInvocations");
    options = List.copyOf(options);
  }

  /** The option of {@code door}. */
  public Option option(Door door) {
    return options.stream().filter(o -> o.door() == door).findFirst().orElseThrow();
  }

  /**
   * The cheapest door serving the same routes and features, when the function uses exactly one
   * front door and that door costs at least one cent a month more. A function on several doors
   * (say an ALB for internal callers and an HTTP API for partners) gets no saving: its doors serve
   * different callers, so merging them is a design choice, not a price.
   */
  public Optional<Saving> saving() {
    List<Option> used = options.stream().filter(Option::inUse).toList();
    if (used.size() != 1) {
      return Optional.empty();
    }
    Option current = used.get(0);
    return options.stream()
        .filter(o -> !o.inUse() && o.servesSameFeatures())
        .min(Comparator.comparing(Option::monthlyUsd).thenComparing(Option::door))
        .map(cheaper -> new Saving(current, cheaper, current.monthlyUsd().subtract(cheaper.monthlyUsd())))
        .filter(s -> s.monthlySaving().compareTo(new BigDecimal("0.01")) >= 0);
  }
}
