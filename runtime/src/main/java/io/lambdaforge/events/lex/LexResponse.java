package io.lambdaforge.events.lex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an intent handler answers: one dialog action, its messages, and changes to the session
 * (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html). Build it with {@link
 * #close}, {@link #delegate}, {@link #elicitSlot}, {@link #confirmIntent} or {@link #elicitIntent};
 * {@code with...} return a changed copy. The rules of the response format are enforced here, when
 * the method builds the response (an {@link IllegalArgumentException} in the method), so the adapter
 * never sends an invalid one: {@code ConfirmIntent} and {@code ElicitIntent} need at least one
 * message, {@code ElicitSlot} names its slot, {@code Close} says whether the intent was fulfilled.
 *
 * <p>The adapter writes {@code sessionState} (always present) from the event: the current intent
 * with its slots (changed by {@link #withSlot}) and its state set by the action, the session
 * attributes (changed by {@link #withSessionAttribute}) and the active contexts, plus {@code
 * dialogAction}; {@code ElicitIntent} sends no intent, as Lex then waits for a new one.
 */
public final class LexResponse {
  /** The dialog action's {@code type}. */
  public enum Action {
    /** {@code Close}: the intent ends; no response is expected from the user. */
    Close,
    /** {@code ConfirmIntent}: ask the user to confirm the intent (messages required). */
    ConfirmIntent,
    /** {@code Delegate}: Lex decides the next step from the bot's configuration. */
    Delegate,
    /** {@code ElicitIntent}: ask the user for a new intent (messages required). */
    ElicitIntent,
    /** {@code ElicitSlot}: ask the user for a slot's value. */
    ElicitSlot
  }

  /** How a closed intent ended: the intent's {@code state}. */
  public enum Outcome {
    /** {@code Fulfilled}. */
    Fulfilled,
    /** {@code Failed}: Lex plays the code hook's failure response. */
    Failed
  }

  private final Action action;
  private final String slotToElicit;
  private final Outcome outcome;
  private final List<LexMessage> messages;
  private final Map<String, String> sessionAttributes;
  private final Map<String, String> slots;

  private LexResponse(Action action, String slotToElicit, Outcome outcome, List<LexMessage> messages,
      Map<String, String> sessionAttributes, Map<String, String> slots) {
    this.action = action;
    this.slotToElicit = slotToElicit;
    this.outcome = outcome;
    this.messages = Collections.unmodifiableList(messages);
    this.sessionAttributes = Collections.unmodifiableMap(sessionAttributes);
    this.slots = Collections.unmodifiableMap(slots);
  }

  /** Ends the intent as {@code outcome}, with optional plain-text messages. */
  public static LexResponse close(Outcome outcome, String... messages) {
    Objects.requireNonNull(outcome, "outcome: say whether the intent was Fulfilled or Failed");
    return of(Action.Close, null, outcome, messages);
  }

  /** Lets Lex choose the next step. */
  public static LexResponse delegate() {
    return of(Action.Delegate, null, null, new String[0]);
  }

  /** Asks the user for slot {@code slot}, with optional plain-text messages (else the slot's own prompt). */
  public static LexResponse elicitSlot(String slot, String... messages) {
    if (slot == null || slot.isBlank()) {
      throw new IllegalArgumentException("ElicitSlot names the slot to elicit");
    }
    return of(Action.ElicitSlot, slot, null, messages);
  }

  /** Asks the user to confirm the current intent with {@code message} (Lex requires a message). */
  public static LexResponse confirmIntent(String message, String... more) {
    return of(Action.ConfirmIntent, null, null, prepend(message, more));
  }

  /** Asks the user what they want to do next with {@code message} (Lex requires a message). */
  public static LexResponse elicitIntent(String message, String... more) {
    return of(Action.ElicitIntent, null, null, prepend(message, more));
  }

  /** This response with {@code message} added (e.g. SSML or a response card). */
  public LexResponse withMessage(LexMessage message) {
    List<LexMessage> all = new ArrayList<>(messages);
    all.add(Objects.requireNonNull(message, "message"));
    return new LexResponse(action, slotToElicit, outcome, all, sessionAttributes, slots);
  }

  /** This response with session attribute {@code name} set to {@code value} (null removes it). */
  public LexResponse withSessionAttribute(String name, String value) {
    Map<String, String> all = new LinkedHashMap<>(sessionAttributes);
    all.put(Objects.requireNonNull(name, "name"), value);
    return new LexResponse(action, slotToElicit, outcome, messages, all, slots);
  }

  /**
   * This response with slot {@code name} of the current intent set to {@code interpretedValue}
   * (null clears it, e.g. before eliciting it again).
   */
  public LexResponse withSlot(String name, String interpretedValue) {
    if (action == Action.ElicitIntent) {
      throw new IllegalArgumentException("ElicitIntent sends no intent, so it sets no slot");
    }
    Map<String, String> all = new LinkedHashMap<>(slots);
    all.put(Objects.requireNonNull(name, "name"), interpretedValue);
    return new LexResponse(action, slotToElicit, outcome, messages, sessionAttributes, all);
  }

  /** The dialog action. */
  public Action action() {
    return action;
  }

  /** The slot {@code ElicitSlot} asks for, else null. */
  public String slotToElicit() {
    return slotToElicit;
  }

  /** How {@code Close} ended the intent, else null. */
  public Outcome outcome() {
    return outcome;
  }

  /** The messages, in order. */
  public List<LexMessage> messages() {
    return messages;
  }

  /** The session attributes to set (a null value removes one), in order. */
  public Map<String, String> sessionAttributes() {
    return sessionAttributes;
  }

  /** The slots to set (a null value clears one), in order. */
  public Map<String, String> slots() {
    return slots;
  }

  private static LexResponse of(Action action, String slot, Outcome outcome, String[] texts) {
    List<LexMessage> messages = new ArrayList<>();
    for (String text : texts) {
      messages.add(LexMessage.plainText(text));
    }
    if ((action == Action.ConfirmIntent || action == Action.ElicitIntent) && messages.isEmpty()) {
      throw new IllegalArgumentException(action + " needs at least one message");
    }
    return new LexResponse(action, slot, outcome, messages, new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  private static String[] prepend(String first, String[] more) {
    String[] all = new String[more.length + 1];
    all[0] = first;
    System.arraycopy(more, 0, all, 1, more.length);
    return all;
  }
}
