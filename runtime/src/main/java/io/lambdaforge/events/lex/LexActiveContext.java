package io.lambdaforge.events.lex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * A context active in the conversation.
 *
 * @param name the context's name
 * @param contextAttributes its attributes
 * @param timeToLive how long it stays active
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LexActiveContext(String name, Map<String, String> contextAttributes, TimeToLive timeToLive) {
  /**
   * How long a context stays active.
   *
   * @param timeToLiveInSeconds seconds
   * @param turnsToLive conversation turns
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record TimeToLive(Integer timeToLiveInSeconds, Integer turnsToLive) {}
}
