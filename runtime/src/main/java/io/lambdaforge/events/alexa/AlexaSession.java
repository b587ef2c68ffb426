package io.lambdaforge.events.alexa;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A skill session.
 *
 * @param isNew whether this request starts the session (the JSON property {@code new})
 * @param sessionId the session
 * @param application the skill the request is for
 * @param attributes the attributes the skill returned with its last response in this session
 * @param user the Amazon account
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlexaSession(
    @JsonProperty("new") Boolean isNew,
    String sessionId,
    Application application,
    Map<String, Object> attributes,
    User user) {

  /**
   * The skill a request is for.
   *
   * @param applicationId the skill ID, {@code amzn1.ask.skill.<uuid>}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Application(String applicationId) {}

  /**
   * The Amazon account of the user.
   *
   * @param userId the account's ID for this skill
   * @param accessToken the linked account's token, if account linking is used
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record User(String userId, String accessToken) {}
}
