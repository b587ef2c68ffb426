package io.lambdaforge.events.lex;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One message of a response (https://docs.aws.amazon.com/lexv2/latest/APIReference/API_runtime_Message.html):
 * its content is 1 to 1,000 characters; an {@code ImageResponseCard} message carries the card
 * instead. A message that breaks these rules is refused when it is built.
 *
 * @param contentType {@code PlainText}, {@code SSML}, {@code CustomPayload} or {@code ImageResponseCard}
 * @param content the text, SSML or custom payload
 * @param imageResponseCard the card of an {@code ImageResponseCard} message (as JSON)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LexMessage(String contentType, String content, JsonNode imageResponseCard) {
  /** The longest {@code content} Lex accepts. */
  public static final int MAX_CONTENT = 1000;

  public LexMessage {
    Objects.requireNonNull(contentType, "contentType");
    switch (contentType) {
      case "PlainText":
      case "SSML":
      case "CustomPayload":
        if (content == null || content.isEmpty() || content.length() > MAX_CONTENT) {
          throw new IllegalArgumentException("a Lex " + contentType + " message has 1 to " + MAX_CONTENT
              + " characters of content, got " + (content == null ? "none" : content.length()));
        }
        break;
      case "ImageResponseCard":
        if (imageResponseCard == null || !imageResponseCard.isObject()) {
          throw new IllegalArgumentException("a Lex ImageResponseCard message needs its card");
        }
        break;
      default:
        throw new IllegalArgumentException("unknown Lex message contentType \"" + contentType
            + "\"; write PlainText, SSML, CustomPayload or ImageResponseCard");
    }
  }

  /** A plain-text message. */
  public static LexMessage plainText(String text) {
    return new LexMessage("PlainText", text, null);
  }

  /** An SSML message, e.g. {@code <speak>Hello</speak>}. */
  public static LexMessage ssml(String ssml) {
    return new LexMessage("SSML", ssml, null);
  }

  /** A custom payload the client interprets. */
  public static LexMessage customPayload(String payload) {
    return new LexMessage("CustomPayload", payload, null);
  }

  /** A response card (title, subtitle, imageUrl, buttons), as JSON. */
  public static LexMessage imageResponseCard(JsonNode card) {
    return new LexMessage("ImageResponseCard", null, card);
  }
}
