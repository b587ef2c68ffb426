package io.lambdaforge.descriptor.family;

/**
 * The fields of a trigger besides its source, as a family validates and normalises them.
 *
 * @param method the HTTP method, or {@code ANY} when the family has none
 * @param path the route template, or empty when the family has none
 * @param albPriority ALB listener-rule priority, {@code 0} when not an ALB trigger
 * @param albMultiValueHeaders ALB multi-value headers, {@code false} when not an ALB trigger
 */
public record TriggerFields(String method, String path, int albPriority,
    boolean albMultiValueHeaders) {

  /** The fields of a trigger that has no route: {@code ANY}, empty path, no ALB settings. */
  public static final TriggerFields NO_ROUTE = new TriggerFields("ANY", "", 0, false);
}
