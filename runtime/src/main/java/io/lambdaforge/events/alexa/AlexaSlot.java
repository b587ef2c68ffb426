package io.lambdaforge.events.alexa;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One slot of an intent, with its entity resolutions
 * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html).
 *
 * @param name the slot's name
 * @param value what the user said, as recognised (absent when not filled)
 * @param confirmationState {@code NONE}, {@code CONFIRMED} or {@code DENIED}
 * @param resolutions the entity-resolution results, per authority
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlexaSlot(String name, String value, String confirmationState, Resolutions resolutions) {
  /** The name of the first {@code ER_SUCCESS_MATCH} resolution value, else {@link #value()}; may be null. */
  public String resolvedValue() {
    if (resolutions != null && resolutions.resolutionsPerAuthority() != null) {
      for (Resolution resolution : resolutions.resolutionsPerAuthority()) {
        if (resolution.status() != null && "ER_SUCCESS_MATCH".equals(resolution.status().code())
            && resolution.values() != null && !resolution.values().isEmpty()
            && resolution.values().get(0).value() != null) {
          return resolution.values().get(0).value().name();
        }
      }
    }
    return value;
  }

  /**
   * {@code resolutions}.
   *
   * @param resolutionsPerAuthority one result per source of values (the slot type, dynamic entities)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Resolutions(List<Resolution> resolutionsPerAuthority) {}

  /**
   * One authority's result.
   *
   * @param authority the authority, e.g. {@code amzn1.er-authority.echo-sdk.<skill>.<SlotType>}
   * @param status {@code ER_SUCCESS_MATCH}, {@code ER_SUCCESS_NO_MATCH}, {@code ER_ERROR_TIMEOUT} or {@code ER_ERROR_EXCEPTION}
   * @param values the matched values, best first
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Resolution(String authority, Status status, List<ValueWrapper> values) {}

  /**
   * A resolution's status.
   *
   * @param code the status code
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Status(String code) {}

  /**
   * One matched value.
   *
   * @param value the slot-type value
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ValueWrapper(Value value) {}

  /**
   * A slot-type value.
   *
   * @param name its canonical name
   * @param id its ID
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Value(String name, String id) {}
}
