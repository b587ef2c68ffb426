package io.lambdaforge.events.lex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * What Amazon Lex V2 sends a code hook
 * (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html). Unknown fields are
 * ignored: "The input format may change without a corresponding change to the messageVersion".
 *
 * @param messageVersion the event format version, {@code 1.0}
 * @param invocationSource {@code DialogCodeHook} or {@code FulfillmentCodeHook}
 * @param inputMode {@code DTMF}, {@code Speech} or {@code Text}
 * @param responseContentType the content type the client asked for
 * @param sessionId the conversation's session
 * @param inputTranscript what the user said or typed
 * @param invocationLabel the label of the code hook that invoked the function, if set
 * @param bot the bot, alias and locale
 * @param interpretations the intents Lex considered, best first
 * @param proposedNextState what Lex would do next, when it proposes something
 * @param requestAttributes request-specific attributes the client sent
 * @param sessionState the conversation's state: the current intent, its slots, session attributes
 * @param transcriptions speech transcriptions considered, for speech input
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LexEvent(
    String messageVersion,
    String invocationSource,
    String inputMode,
    String responseContentType,
    String sessionId,
    String inputTranscript,
    String invocationLabel,
    LexBot bot,
    List<LexInterpretation> interpretations,
    LexProposedNextState proposedNextState,
    Map<String, String> requestAttributes,
    LexSessionState sessionState,
    List<LexTranscription> transcriptions) {

  /** {@code invocationSource} of a dialog (initialisation and validation) call. */
  public static final String DIALOG_CODE_HOOK = "DialogCodeHook";
  /** {@code invocationSource} of a fulfillment call. */
  public static final String FULFILLMENT_CODE_HOOK = "FulfillmentCodeHook";

  /** The current intent's name ({@code sessionState.intent.name}), or {@code ""} when there is none. */
  public String intentName() {
    return sessionState == null || sessionState.intent() == null || sessionState.intent().name() == null
        ? ""
        : sessionState.intent().name();
  }

  /** Whether Lex calls the fulfillment code hook. */
  public boolean isFulfillment() {
    return FULFILLMENT_CODE_HOOK.equals(invocationSource);
  }

  /** A session attribute, or null. */
  public String sessionAttribute(String name) {
    return sessionState == null || sessionState.sessionAttributes() == null
        ? null
        : sessionState.sessionAttributes().get(name);
  }
}
