package io.lambdaforge.events.alexa;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The state of the device and the Alexa service ({@code context}); the skill needs {@code System}.
 *
 * @param system {@code context.System}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlexaContext(@JsonProperty("System") SystemState system) {
  /**
   * {@code context.System}.
   *
   * @param application the skill the request is for
   * @param user the Amazon account
   * @param device the device and its supported interfaces (as JSON)
   * @param apiEndpoint the Alexa API's endpoint for this request
   * @param apiAccessToken the token to call it with
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SystemState(
      AlexaSession.Application application, AlexaSession.User user, JsonNode device, String apiEndpoint,
      String apiAccessToken) {}
}
