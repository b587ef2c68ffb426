package io.lambdaforge.events.alexa;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * What Alexa says (https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html):
 * {@code PlainText} with {@code text} or {@code SSML} with {@code ssml}, at most 8,000 characters
 * ("The outputSpeech response cannot exceed 8000 characters"). SSML must be well-formed XML whose root
 * is {@code <speak>} (https://developer.amazon.com/en-US/docs/alexa/custom-skills/speech-synthesis-markup-language-ssml-reference.html).
 * A speech that breaks these rules is refused when it is built.
 *
 * @param type {@code PlainText} or {@code SSML}
 * @param text the text of a {@code PlainText} speech
 * @param ssml the markup of an {@code SSML} speech
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutputSpeech(String type, String text, String ssml) {
  /** The longest speech Alexa accepts, in characters. */
  public static final int MAX_CHARACTERS = 8000;

  public OutputSpeech {
    Objects.requireNonNull(type, "type");
    String content = switch (type) {
      case "PlainText" -> text;
      case "SSML" -> ssml;
      default -> throw new IllegalArgumentException("outputSpeech type is PlainText or SSML, got \"" + type + "\"");
    };
    if (content == null || content.isBlank() || content.length() > MAX_CHARACTERS) {
      throw new IllegalArgumentException("Alexa speech is 1 to " + MAX_CHARACTERS + " characters, got "
          + (content == null ? "none" : content.isBlank() ? "blank" : content.length()));
    }
    if (type.equals("SSML")) {
      checkSsml(ssml);
    }
  }

  /** Plain text. */
  public static OutputSpeech plainText(String text) {
    return new OutputSpeech("PlainText", text, null);
  }

  /** SSML, e.g. {@code <speak>Hello <break time="1s"/> there</speak>}. */
  public static OutputSpeech ssml(String ssml) {
    return new OutputSpeech("SSML", null, ssml);
  }

  private static void checkSsml(String ssml) {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setNamespaceAware(true);
      factory.setExpandEntityReferences(false);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // errors throw; nothing printed
      document = builder.parse(new ByteArrayInputStream(ssml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalArgumentException("Alexa SSML is not well-formed XML: " + e.getMessage(), e);
    }
    if (!document.getDocumentElement().getTagName().equals("speak")) {
      throw new IllegalArgumentException("Alexa SSML has <speak> as its root, got <"
          + document.getDocumentElement().getTagName() + ">");
    }
  }
}
