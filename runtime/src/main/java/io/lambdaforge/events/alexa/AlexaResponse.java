package io.lambdaforge.events.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a skill answers (https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html):
 * speech, an optional reprompt, card and directives, whether the session ends, and changes to the
 * session attributes. Build it with {@link #tell}, {@link #ask} (or their SSML forms) or {@link
 * #silent}; {@code with...} return a changed copy. Speech, SSML and cards are checked when built
 * ({@link OutputSpeech}, {@link Card}); the adapter writes {@code version} {@code 1.0}, the session's
 * attributes with these changes, and refuses (as a function error) a response above the 24 KB
 * Amazon allows ("The total size of your response cannot exceed 24 kilobytes").
 */
public final class AlexaResponse {
  private final OutputSpeech speech;
  private final OutputSpeech reprompt;
  private final Card card;
  private final Boolean shouldEndSession;
  private final List<JsonNode> directives;
  private final Map<String, Object> sessionAttributes;

  private AlexaResponse(OutputSpeech speech, OutputSpeech reprompt, Card card, Boolean shouldEndSession,
      List<JsonNode> directives, Map<String, Object> sessionAttributes) {
    this.speech = speech;
    this.reprompt = reprompt;
    this.card = card;
    this.shouldEndSession = shouldEndSession;
    this.directives = Collections.unmodifiableList(directives);
    this.sessionAttributes = Collections.unmodifiableMap(sessionAttributes);
  }

  /** Says {@code text} and ends the session. */
  public static AlexaResponse tell(String text) {
    return new AlexaResponse(OutputSpeech.plainText(text), null, null, true, List.of(), Map.of());
  }

  /** Says {@code ssml} and ends the session. */
  public static AlexaResponse tellSsml(String ssml) {
    return new AlexaResponse(OutputSpeech.ssml(ssml), null, null, true, List.of(), Map.of());
  }

  /** Says {@code text}, keeps the session open and says {@code reprompt} if the user does not answer. */
  public static AlexaResponse ask(String text, String reprompt) {
    return new AlexaResponse(OutputSpeech.plainText(text), OutputSpeech.plainText(reprompt), null, false,
        List.of(), Map.of());
  }

  /** {@link #ask} in SSML. */
  public static AlexaResponse askSsml(String ssml, String repromptSsml) {
    return new AlexaResponse(OutputSpeech.ssml(ssml), OutputSpeech.ssml(repromptSsml), null, false, List.of(), Map.of());
  }

  /** Says nothing and ends the session (e.g. after a directive that plays audio: add it with {@link #withDirective}). */
  public static AlexaResponse silent() {
    return new AlexaResponse(null, null, null, true, List.of(), Map.of());
  }

  /** This response with a {@code Simple} card. */
  public AlexaResponse withSimpleCard(String title, String content) {
    return withCard(Card.simple(title, content));
  }

  /** This response with {@code card}. */
  public AlexaResponse withCard(Card card) {
    return new AlexaResponse(speech, reprompt, Objects.requireNonNull(card, "card"), shouldEndSession, directives,
        sessionAttributes);
  }

  /** This response with a directive, as raw JSON (e.g. {@code Dialog.Delegate}, {@code AudioPlayer.Play}). */
  public AlexaResponse withDirective(JsonNode directive) {
    if (directive == null || !directive.path("type").isTextual()) {
      throw new IllegalArgumentException("an Alexa directive is a JSON object with a type");
    }
    List<JsonNode> all = new ArrayList<>(directives);
    all.add(directive.deepCopy());
    return new AlexaResponse(speech, reprompt, card, shouldEndSession, all, sessionAttributes);
  }

  /** This response with session attribute {@code name} set to {@code value} (null removes it). */
  public AlexaResponse withSessionAttribute(String name, Object value) {
    Map<String, Object> all = new LinkedHashMap<>(sessionAttributes);
    all.put(Objects.requireNonNull(name, "name"), value);
    return new AlexaResponse(speech, reprompt, card, shouldEndSession, directives, all);
  }

  /** What Alexa says, or null. */
  public OutputSpeech speech() {
    return speech;
  }

  /** The reprompt, or null. */
  public OutputSpeech reprompt() {
    return reprompt;
  }

  /** The card, or null. */
  public Card card() {
    return card;
  }

  /** Whether the session ends. */
  public Boolean shouldEndSession() {
    return shouldEndSession;
  }

  /** The directives, in order. */
  public List<JsonNode> directives() {
    return directives;
  }

  /** The session attributes to set (a null value removes one), in order. */
  public Map<String, Object> sessionAttributes() {
    return sessionAttributes;
  }
}
